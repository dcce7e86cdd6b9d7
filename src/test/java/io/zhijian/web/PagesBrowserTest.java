package io.zhijian.web;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.evaluation.ChatEvaluationApiTest;
import io.zhijian.evaluation.EvaluationApiTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every main page, as an administrator in Chinese on a phone, and the pages of one call, ticket, chat, question and
 * calibration in English on a phone and as a team lead in Chinese: no console error, no sideways scrolling, axe clean,
 * no internal key or raw instant.
 */
@QuarkusTest
class PagesBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    private static final List<String> PAGES = List.of("/", "/scorecards", "/exams", "/calls", "/tickets", "/search",
            "/evaluations", "/qa/queue", "/qa/plans", "/calibrations", "/notifications", "/question-banks",
            "/training/exams", "/admin/users", "/admin/teams", "/admin/audit", "/admin/speech-models", "/admin/search",
            "/kpis", "/performance/2026-10", "/operations/import", "/performance/rules", "/account/password");

    @Test
    void everyMainPageIsSoundOnAPhoneInChinese() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("admin", "zh");
        List<String> problems = new ArrayList<>();
        check(PAGES, problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void detailPagesAreSoundInEnglishOnAPhoneAndForALead() {
        String ticket = EvaluationApiTest.importTicket("agent1", java.time.LocalDate.now() + " 09:30");
        int call = EvaluationApiTest.uploadCall("agent1");
        long chat = ChatEvaluationApiTest.chatId(ChatEvaluationApiTest.importChat("agent1",
                java.time.LocalDate.now().toString(), "包裹"));
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'scripts' }.id");
        int question = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract().path("[0].id");
        int calibration = as("qa").contentType("application/json").body(java.util.Map.of("interactionType", "TICKET",
                        "interactionId", ticket, "scorecardKey", "ticket-quality", "inspectors", List.of("qa", "qa2"),
                        "title", "Week 48"))
                .post("/api/calibrations").then().statusCode(201).extract().path("id");
        List<String> details = List.of("/tickets/" + ticket, "/calls/" + call, "/chats/" + chat,
                "/question-banks/" + bank, "/question-banks/" + bank + "/questions/" + question,
                "/calibrations/" + calibration, "/scorecards/call-quality", "/reports", "/auto-qa", "/chats");

        chromium.viewport(Chromium.PHONE);
        chromium.signIn("admin", "en");
        List<String> problems = new ArrayList<>();
        check(details, problems);
        // A team lead's day in Chinese: home, the team's dashboard, KPIs, evaluations, the queue, a team member's ticket.
        chromium.signIn("lead", "zh");
        check(List.of("/", "/reports", "/kpis", "/evaluations", "/qa/queue", "/tickets/" + ticket, "/chats/" + chat),
                problems);
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> pages, List<String> problems) {
        for (String page : pages) {
            chromium.open(page);
            try {
                chromium.assertSound();
                chromium.assertNoInternals();
            } catch (AssertionError e) {
                problems.add(page + ": " + e.getMessage());
            }
        }
    }
}
