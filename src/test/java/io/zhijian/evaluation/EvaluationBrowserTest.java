package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static io.zhijian.evaluation.EvaluationApiTest.importTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: an inspector works through the queue in Chinese (autosave, live total, submit, next item), and
 * the agent disputes an item on a phone in English.
 */
@QuarkusTest
class EvaluationBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void anInspectorWorksThroughTheQueueAndTheAgentDisputesOnAPhone() {
        importTicket("agent2", "2026-10-06 10:00");
        importTicket("agent2", "2026-10-07 11:00");
        String plan = "浏览器抽检 " + System.nanoTime();
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("qa", "zh");
        // The plan is made with pickers: nothing but its name and period is typed.
        chromium.open("/qa/plans");
        chromium.assertSound();
        chromium.find("input[name=name]").sendKeys(plan);
        chromium.find("input[name=period]").sendKeys("2026-W41");
        chromium.find("input[name=channels][value=CALL]").click();
        assertTrue(chromium.find("input[name=inspectors][value=qa]").isSelected(), "the inspector is picked for themself");
        assertEquals("工单质量评分表", new Select(chromium.find("select[name=ticketScorecard]")).getFirstSelectedOption().getText());
        WebElement seed = chromium.find("input[name=seed]");
        seed.sendKeys("41");
        chromium.find("input[name=perAgent]").clear();
        chromium.find("input[name=perAgent]").sendKeys("50");
        seed.submit();
        chromium.waitFor(d -> d.findElement(By.tagName("body")).getText().contains(plan));
        chromium.assertSound();
        chromium.assertNoInternals();
        chromium.open("/qa/queue");
        chromium.assertSound();
        chromium.assertNoInternals();
        assertFalse(chromium.text().contains("ticket-quality"), "a scorecard key in the queue: " + chromium.text());
        startFirstOf(plan);

        assertTrue(chromium.find("#live-total").getText().contains("尚未评分"), chromium.find("#live-total").getText());
        chromium.assertSound();
        String evaluationUrl = chromium.driver().getCurrentUrl();
        List<WebElement> fields = chromium.all("#evaluation-form select, #evaluation-form input[type=number]");
        assertTrue(fields.size() >= 2, "items on the form");
        answer(fields.get(0));
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live-total .saved-indicator")));
        assertTrue(chromium.find("#live-total").getText().contains("总分"), chromium.find("#live-total").getText());
        for (WebElement field : chromium.all("#evaluation-form select, #evaluation-form input[type=number]")) {
            answer(field);
        }
        chromium.waitFor(d -> d.findElement(By.cssSelector("#live-total strong")).getText().equals("100"));
        chromium.find("form[action$='/submit'] button").click();
        chromium.waitFor(ExpectedConditions.urlContains("done=submitted"));
        String notice = chromium.find(".toast").getText();
        assertTrue(notice.contains("评分已提交") && notice.contains("处理队列中的下一条"), notice);
        chromium.assertSound();
        chromium.assertNoInternals();
        chromium.find(".toast button").click();
        chromium.waitFor(d -> d.getCurrentUrl().matches(".*/evaluations/\\d+$") && !d.getCurrentUrl().equals(evaluationUrl));

        // Back in the queue, the scored item links to its evaluation and counts as done.
        chromium.open("/qa/queue");
        assertTrue(chromium.driver().findElements(By.cssSelector("a[href='" + evaluationUrl.replaceFirst("\\?.*", "")
                .replaceFirst("^https?://[^/]+", "") + "']")).size() == 1, "the queue links to the evaluation");

        String evaluation = evaluationUrl.replaceFirst("\\?.*", "").replaceFirst("^https?://[^/]+", "");
        long evaluationId = Long.parseLong(evaluation.replaceFirst(".*/", ""));
        String unread = "notifications.findAll { it.evaluationId == " + evaluationId + " && it.readAt == null }.size()";
        assertEquals(1, io.zhijian.support.Api.as("agent2").get("/api/notifications").jsonPath().getInt(unread));
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("agent2", "en");
        chromium.open("/");
        String attention = chromium.find(".attention").getText();
        assertTrue(attention.contains("to acknowledge or dispute"), "the home page says what waits: " + attention);
        chromium.open(evaluation);
        assertEquals(0, io.zhijian.support.Api.as("agent2").get("/api/notifications").jsonPath().getInt(unread),
                "opening the evaluation reads its notice");
        chromium.assertSound();
        chromium.assertNoInternals();
        WebElement dispute = chromium.find("form[action$='/dispute']");
        dispute.findElements(By.cssSelector("input[name=items]")).get(0).click();
        dispute.findElement(By.name("reason")).sendKeys("The customer asked for this; please listen again.");
        dispute.findElement(By.tagName("button")).click();
        chromium.waitFor(ExpectedConditions.urlContains("done=disputed"));
        assertEquals("Your dispute has been sent to the QA team.", chromium.find(".toast").getText().trim());
        chromium.assertSound();
    }

    private static void startFirstOf(String plan) {
        WebElement row = chromium.driver().findElement(By.xpath("//tr[td[1][normalize-space(.) = '" + plan + "']]"));
        row.findElement(By.cssSelector("form button")).click();
        chromium.waitFor(ExpectedConditions.urlMatches("/evaluations/\\d+$"));
    }

    /** The best answer: the first option of a choice (levels run from the top), the maximum of a number. */
    private static void answer(WebElement field) {
        if (field.getTagName().equals("select")) {
            new Select(field).selectByIndex(1);
        } else {
            field.clear();
            field.sendKeys(field.getAttribute("max"));
            field.sendKeys(org.openqa.selenium.Keys.TAB);
        }
    }
}
