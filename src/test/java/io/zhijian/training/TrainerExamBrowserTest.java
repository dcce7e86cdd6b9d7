package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer builds an exam with pickers in a real browser; a refused form keeps every value and says why at the field. */
@QuarkusTest
class TrainerExamBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void aTrainerBuildsAnExamWithPickersAndARefusalKeepsTheForm() {
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("trainer", "zh");
        chromium.open("/training/exams");
        chromium.assertSound();
        chromium.assertNoInternals();

        String title = "挑选题目考试 " + System.nanoTime();
        chromium.find("input[name=title]").sendKeys(title);
        WebElement minutes = chromium.find("input[name=timeLimitMinutes]");
        minutes.clear();
        minutes.sendKeys("九十");
        Select bank = new Select(chromium.find("select[name=bank_0]"));
        WebElement online = bank.getOptions().stream().filter(o -> o.getText().startsWith("在线客服（")).findFirst().orElseThrow();
        assertTrue(online.getText().matches("在线客服（\\d+）"), "a bank with its question count: " + online.getText());
        bank.selectByVisibleText(online.getText());
        chromium.find("input[name=count_0]").sendKeys("2");
        assertTrue(chromium.all("#exam-categories option").size() > 0, "categories to pick from");
        chromium.find("input[name=users][value=agent2]").click();
        chromium.find("form[action='/training/exams'] button[type=submit]").click();

        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertEquals(title, chromium.find("input[name=title]").getAttribute("value"), "the title is kept");
        assertEquals("九十", chromium.find("input[name=timeLimitMinutes]").getAttribute("value"));
        assertEquals("online-service", new Select(chromium.find("select[name=bank_0]")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2", chromium.find("input[name=count_0]").getAttribute("value"));
        assertTrue(chromium.find("input[name=users][value=agent2]").isSelected(), "the trainee stays picked");
        WebElement error = chromium.driver().findElement(By.xpath("//input[@name='timeLimitMinutes']/following-sibling::span[@class='field-error']"));
        assertTrue(!error.getText().isBlank(), "the refusal is at its field");
        chromium.assertSound();
        chromium.assertNoInternals();

        minutes = chromium.find("input[name=timeLimitMinutes]");
        minutes.clear();
        minutes.sendKeys("45");
        chromium.find("form[action='/training/exams'] button[type=submit]").click();
        chromium.waitFor(ExpectedConditions.urlMatches("/training/exams/\\d+$"));
        assertTrue(chromium.text().contains(title), chromium.text());
        // The settings are shown as they were made, the bank by its name.
        String settings = chromium.find(".exam-settings").getText();
        assertTrue(settings.contains("45") && settings.contains("在线客服") && settings.contains("agent2"), settings);
        chromium.assertSound();
        chromium.assertNoInternals();

        // Changed on a phone in English before anyone starts it: the form holds the exam's own values.
        String page = chromium.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        chromium.viewport(Chromium.PHONE);
        chromium.signIn("trainer", "en");
        chromium.open(page);
        chromium.find("details summary").click();
        minutes = chromium.find("form[action='" + page + "'] input[name=timeLimitMinutes]");
        assertEquals("45", minutes.getAttribute("value"));
        assertEquals(title, chromium.find("form[action='" + page + "'] input[name=title]").getAttribute("value"));
        minutes.clear();
        minutes.sendKeys("50");
        chromium.find("form[action='" + page + "'] button[type=submit]").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".toast")));
        assertEquals("Exam saved.", chromium.find(".toast").getText());
        assertTrue(chromium.find(".exam-settings").getText().contains("50"), chromium.find(".exam-settings").getText());
        chromium.assertSound();
        chromium.assertNoInternals();
    }
}
