package io.zhijian.interaction;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.evaluation.ChatEvaluationApiTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: QA imports a day of chats in Chinese (one malformed, reported), reads a conversation with its
 * metrics, starts scoring it and pins a comment to a message; the agent disputes the score and reads the chat on a
 * phone in English.
 */
@QuarkusTest
class ChatBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void qaImportsReadsAndScoresAChatAndTheAgentReadsItOnAPhone() throws IOException {
        String good = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("chats", ".json");
        Files.writeString(file, "[" + ChatApiTest.conversation(good, "agent1", "2026-11-19") + ","
                + ChatApiTest.conversation("BR-bad", "agent1", "2026-11-19").replace("\"from\":\"CUSTOMER\",", "") + "]",
                StandardCharsets.UTF_8);
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("qa", "zh");
        chromium.open("/chats");
        chromium.assertSound();
        chromium.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        chromium.find("form[action='/chats/import'] button").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
        String report = chromium.find("#import-report").getText();
        assertTrue(report.contains("新导入 1 个") && report.contains("第 2 行") && report.contains("第 1 条消息缺少发送方"), report);
        chromium.assertSound();
        chromium.assertNoInternals();

        chromium.find("a[href^='/chats/']:not([href*='import'])");
        chromium.driver().findElement(By.linkText(good)).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chat-timeline")));
        chromium.assertSound();
        chromium.assertNoInternals();
        assertEquals(5, chromium.all(".chat-timeline .turn").size());
        assertEquals("客户", chromium.find("#m-1 .who").getText());
        assertTrue(chromium.text().contains("首次响应时长") && chromium.text().contains("15.0 秒"), chromium.text());

        chromium.find("a.button[href^='/evaluations/new']").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[value='chat-quality']")));
        assertTrue(chromium.find("input[value='chat-quality']").isSelected());
        chromium.find("form[action='/evaluations/new'] button").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("pin-form")));
        chromium.assertSound();
        new Select(chromium.find("#pin-form select[name=message]")).selectByValue("2");
        chromium.find("#pin-form input[name=text]").sendKeys("问候语规范");
        chromium.find("#pin-form button").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#m-2']")));
        assertTrue(chromium.text().contains("问候语规范"), chromium.text());
        chromium.find("a[href='#m-2']").click();
        assertTrue(chromium.driver().getCurrentUrl().endsWith("#m-2"));
        chromium.assertSound();
        chromium.assertNoInternals();

        // QA finishes the scoring (API); the agent then disputes it on a phone, in English.
        String evaluation = chromium.driver().getCurrentUrl().replaceAll(".*/evaluations/(\\d+).*", "$1");
        as("qa").contentType("application/json").body(Map.of("answers", ChatEvaluationApiTest.CHAT_QUALITY_FULL))
                .put("/api/evaluations/" + evaluation + "/answers").then().statusCode(200);
        as("qa").post("/api/evaluations/" + evaluation + "/submit").then().statusCode(200);

        chromium.viewport(Chromium.PHONE);
        chromium.signIn("agent1", "en");
        chromium.open("/evaluations/" + evaluation);
        chromium.assertSound();
        chromium.assertNoInternals();
        assertTrue(chromium.text().contains("First response") && chromium.text().contains("Chat"), chromium.text());
        chromium.find("form[action$='/dispute'] input[value='attitude']").click();
        chromium.find("form[action$='/dispute'] textarea[name=reason]").sendKeys("The customer stopped replying");
        chromium.find("form[action$='/dispute'] button").click();
        chromium.waitFor(d -> d.getPageSource().contains("Dispute open"));
        chromium.assertSound();

        chromium.open("/chats");
        chromium.assertSound();
        chromium.driver().findElement(By.linkText(good)).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chat-timeline")));
        chromium.assertSound();
        chromium.assertNoInternals();
        assertEquals("Customer", chromium.find("#m-1 .who").getText());
        assertTrue(chromium.find("#m-1 .text").getText().contains("138****5678"), chromium.find("#m-1 .text").getText());
        assertTrue(chromium.text().contains("First response") && chromium.text().contains("15.0 s"), chromium.text());
    }
}
