package io.zhijian.autoqa;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: an inspector reads a ticket's auto-QA result (zh), scores it taking one suggestion and then
 * all of them, changes one by hand; the evaluation records what was taken. The trainer reads the work page (en).
 */
@QuarkusTest
class AutoQaBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void anInspectorTakesSuggestionsWithTheirEvidence() {
        String no = "AB-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                工单号,类型,类型细分,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,反馈内容,创建时间,反馈时间,agent
                %s,直派,投递延误,北京投递部,张三,北京市朝阳区,,华北,包裹未到,已送达,2026-04-01 09:00,2026-04-01 10:00,agent1
                """.formatted(no);
        as("qa").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(200);

        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("qa", "zh");
        chromium.open("/tickets/" + no);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("auto-qa")));
        String section = chromium.find("#auto-qa").getText();
        assertTrue(section.contains("自动质检建议") && section.contains("客户信息") && section.contains("联系电话")
                && section.contains("15 分"), section);
        assertFalse(section.contains("customer_phone") || section.contains("customer-info"), "no keys: " + section);
        chromium.assertSound();
        chromium.assertNoInternals();

        int id = as("qa").contentType("application/json")
                .body(Map.of("interactionType", "TICKET", "interactionId", no, "scorecardKey", "ticket-quality"))
                .post("/api/evaluations").then().statusCode(201).extract().path("id");
        chromium.open("/evaluations/" + id);
        WebElement info = chromium.find(".suggestion[data-item='customer-info']");
        assertTrue(info.getText().contains("联系电话"), info.getText());
        chromium.assertSound();
        chromium.assertNoInternals();

        info.findElement(By.cssSelector(".take-suggestion")).click();
        assertEquals("15", new Select(chromium.find("#a-customer-info")).getFirstSelectedOption().getAttribute("value"));
        awaitTaken(id, List.of("customer-info"));

        chromium.find("#take-all").click();
        List<String> suggested = chromium.all(".suggestion").stream().map(e -> e.getAttribute("data-item")).toList();
        assertTrue(suggested.containsAll(List.of("customer-info", "classification", "other")), suggested.toString());
        awaitTaken(id, suggested);

        // Changed by hand: no longer taken from the suggestion, and the mark goes.
        new Select(chromium.find("#a-classification")).selectByValue("0");
        List<String> rest = suggested.stream().filter(s -> !s.equals("classification")).toList();
        awaitTaken(id, rest);
        assertFalse(chromium.find(".suggestion[data-item='classification'] .taken-mark").isDisplayed());

        chromium.open("/evaluations/" + id);
        assertTrue(chromium.find(".suggestion[data-item='other'] .taken-mark").isDisplayed(), "kept after reload");
        assertEquals(rest.size(), chromium.all("input[name=taken]").size());
    }

    @Test
    void theTrainerFollowsReRunsOnTheWorkPage() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("trainer", "en");
        chromium.open("/auto-qa");
        String text = chromium.text();
        assertTrue(text.contains("Auto-QA work") && text.contains("Waiting to be checked"), text);
        assertTrue(chromium.all("#auto-qa-work progress").size() > 0, "the seed scorecards' re-runs are listed");
        chromium.assertSound();
        chromium.assertNoInternals();
        chromium.open("/scorecards/ticket-quality");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("auto-agreement")));
        assertTrue(chromium.find("#auto-agreement").getText().contains("Auto-QA agreement with inspectors"));
        chromium.assertSound();
        chromium.assertNoInternals();
    }

    private static void awaitTaken(int id, List<String> expected) {
        long until = System.nanoTime() + 10_000_000_000L;
        List<String> taken = null;
        while (System.nanoTime() < until) {
            taken = as("qa").get("/api/evaluations/" + id).then().statusCode(200).extract().path("suggestionsTaken");
            if (taken.stream().sorted().toList().equals(expected.stream().sorted().toList())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("taken " + taken + ", expected " + expected);
    }
}
