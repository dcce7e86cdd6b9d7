package io.zhijian.web;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every main page, as an administrator in Chinese on a phone: no console error, no sideways scrolling, axe clean. */
@QuarkusTest
class PagesBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    private static final List<String> PAGES = List.of("/", "/scorecards", "/exams", "/calls", "/tickets", "/search",
            "/evaluations", "/qa/queue", "/qa/plans", "/calibrations", "/notifications", "/question-banks",
            "/training/exams", "/admin/users", "/admin/teams", "/admin/audit", "/admin/speech-models", "/admin/search",
            "/kpis", "/performance/2026-10", "/operations/import", "/performance/rules");

    @Test
    void everyMainPageIsSoundOnAPhoneInChinese() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("admin", "zh");
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            chromium.open(page);
            try {
                chromium.assertSound();
                chromium.assertNoInternals();
            } catch (AssertionError e) {
                problems.add(page + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }
}
