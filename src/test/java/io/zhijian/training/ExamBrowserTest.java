package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainee takes, submits and reviews an exam in a real browser: desktop in Chinese, phone in English. */
@QuarkusTest
class ExamBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void aTraineeTakesSubmitsAndReviewsAnExamInChinese() {
        String title = "浏览器考试 " + System.nanoTime();
        exam(title, "agent1", 4);
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("agent1", "zh");
        chromium.open("/exams");
        assertTrue(chromium.text().contains(title), chromium.text());
        chromium.assertSound();
        startExam(title);

        WebElement timer = chromium.find("#timer");
        assertTrue(timer.getText().matches("\\d{2}:\\d{2}"), "timer as mm:ss: " + timer.getText());
        String before = timer.getText();
        chromium.waitFor(d -> !d.findElement(By.id("timer")).getText().equals(before));
        chromium.assertSound();
        chromium.assertNoInternals();

        answer(1);
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-1"), "已保存"));
        assertTrue(chromium.find("#saved-1").getText().matches("\\d{2}:\\d{2}:\\d{2} 已保存。"), chromium.find("#saved-1").getText());

        // Signed out and in again in the same browser: the attempt continues, no take-over prompt.
        String attempt = chromium.driver().getCurrentUrl();
        chromium.find("form[action='/logout'] button").click();
        chromium.waitFor(ExpectedConditions.urlContains("/login"));
        chromium.signIn("agent1", "zh");
        chromium.driver().get(attempt);
        assertTrue(chromium.all("#timer").size() == 1, "the attempt, not a take-over prompt: " + chromium.text());

        chromium.find("#submit-attempt button").click();
        var confirm = chromium.waitFor(ExpectedConditions.alertIsPresent());
        assertEquals("还有 3 道题未作答，仍要交卷吗？", confirm.getText());
        confirm.dismiss();
        assertTrue(chromium.driver().getCurrentUrl().matches(".*/attempts/\\d+$"), "a dismissed confirm stays on the exam");
        chromium.find("#submit-attempt button").click();
        chromium.waitFor(ExpectedConditions.alertIsPresent()).accept();
        chromium.waitFor(ExpectedConditions.urlMatches("/attempts/\\d+/result$"));

        String result = chromium.text();
        assertTrue(result.contains("您的答案"), result);
        for (WebElement answer : chromium.all(".your-answer")) {
            String shown = answer.getText().replaceFirst("^您的答案[:：]\\s*", "");
            assertFalse(shown.matches("[\\d\\[\\], ]+|true|false"), "an answer shown as a key: " + answer.getText());
        }
        chromium.assertSound();
        chromium.assertNoInternals();
    }

    @Test
    void onAPhoneTheTimerStaysInViewAndNothingScrollsSideways() {
        String title = "Phone exam " + System.nanoTime();
        exam(title, "agent1", 3);
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("agent1", "en");
        chromium.open("/exams");
        chromium.assertSound();
        startExam(title);
        chromium.assertSound();
        for (int slot = 1; slot <= 3; slot++) {
            answer(slot);
            int s = slot;
            chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-" + s), "Saved"));
        }
        chromium.script("window.scrollTo(0, document.body.scrollHeight)");
        Number top = (Number) chromium.script("return document.getElementById('timer').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 844, "the timer is out of view: " + top);

        chromium.find("#submit-attempt button").click();
        var confirm = chromium.waitFor(ExpectedConditions.alertIsPresent());
        assertEquals("Submit your answers now? You cannot change them afterwards.", confirm.getText());
        confirm.accept();
        chromium.waitFor(ExpectedConditions.urlMatches("/attempts/\\d+/result$"));
        assertTrue(chromium.text().contains("Your answer"), chromium.text());
        chromium.assertSound();
        chromium.assertNoInternals();
    }

    /** An exam of the first {@code questions} questions of the online-service bank, for one trainee. */
    private static void exam(String title, String trainee, int questions) {
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'online-service' }.id");
        List<Integer> ids = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract().path("id");
        as("trainer").contentType(ContentType.JSON).body(Map.of("title", title, "timeLimitMinutes", 30,
                        "passPercent", 50, "reviewAfterSubmit", "ANSWERS",
                        "sections", List.of(Map.of("questions", ids.subList(0, questions))),
                        "assignTo", Map.of("users", List.of(trainee))))
                .post("/api/exams").then().statusCode(201);
    }

    private static void startExam(String title) {
        WebElement row = chromium.driver().findElement(By.xpath("//section[h2[normalize-space(.) = '" + title + "']]"));
        row.findElement(By.cssSelector("form[action*='/start'] button")).click();
        chromium.waitFor(ExpectedConditions.urlMatches("/attempts/\\d+$"));
    }

    /** Gives some answer to a question: its first choice, or a text. */
    private static void answer(int slot) {
        WebElement question = chromium.find("section.question[data-slot='" + slot + "']");
        List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!choices.isEmpty()) {
            choices.get(0).click();
            return;
        }
        List<WebElement> selects = question.findElements(By.tagName("select"));
        if (!selects.isEmpty()) {
            for (WebElement select : selects) {
                new org.openqa.selenium.support.ui.Select(select).selectByIndex(1);
            }
            return;
        }
        question.findElement(By.cssSelector("input[name=answer], textarea[name=answer]")).sendKeys("42");
    }
}
