package io.zhijian.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: the manager imports a month of operational data, reads the team's KPIs (sorting, drilling into
 * an agent), enters a client's score and publishes, in Chinese; the agent signs the month off on a phone in English.
 */
@QuarkusTest
class PerformanceBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void theManagerRunsTheMonthAndTheAgentSignsItOff() throws IOException {
        Path csv = Files.createTempFile("operations", ".csv");
        Files.writeString(csv, """
                客服代表,日期,应出勤,出勤,准时,请假,培训,系统接入电话数,处理时长,等待时长,外呼量,评价数,满意数
                agent1,2024-11-04,1,1,1,0,0,80,16000,800,6,8,8
                agent1,2024-11-05,1,1,0,0,0,60,12000,600,4,4,3
                agent2,2024-11-04,1,0,0,0,0,,,,,,
                agent2,2024-11-05,0,1,0,0,0,,,,,,
                """, StandardCharsets.UTF_8);
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("manager", "zh");
        assertTrue(chromium.text().contains("项目经理"), chromium.text());
        chromium.open("/operations/import");
        chromium.assertSound();
        chromium.find("input[type=file]").sendKeys(csv.toAbsolutePath().toString());
        chromium.find("form[action='/operations/import'] button").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        String report = chromium.find("[role=status]").getText();
        assertTrue(report.contains("新增 3 行") && report.contains("第 5 行") && report.contains("应出勤 = 0"), report);
        chromium.assertSound();

        chromium.open("/kpis?period=2024-11&team=A%E7%BB%84");
        chromium.assertSound();
        chromium.assertNoInternals();
        assertTrue(chromium.text().contains("2024年11月"), chromium.text());
        WebElement attendance = chromium.find("tr:has(a[href$='/agents/agent1']) td[data-label='出勤率'] a");
        assertEquals("100.0%", attendance.getText());
        assertEquals("2 / 2", attendance.getAttribute("title"));
        // Sorting by attendance puts agent2 (no counted day present: 0.0%) before agent1, then reverses.
        chromium.find("th[title] button.sort").click();
        assertEquals("ascending", chromium.find("th[title]").getAttribute("aria-sort"));
        attendance.click();
        chromium.waitFor(ExpectedConditions.urlContains("/kpis/2024-11/agents/agent1"));
        assertEquals(2, chromium.all("#days tbody tr").size());
        chromium.assertSound();
        chromium.assertNoInternals();

        chromium.open("/performance/2024-11");
        chromium.assertSound();
        chromium.assertNoInternals();
        chromium.find("#agent-agent1 + tr details summary").click();
        chromium.find("#agent-agent1 + tr input[name=clientScore]").sendKeys("90");
        chromium.find("#agent-agent1 + tr form button").click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".toast")));
        assertTrue(chromium.find(".toast").getText().contains("agent1"), chromium.find(".toast").getText());
        String total = chromium.find("#agent-agent1 td[data-label='总分']").getText();
        assertTrue(!total.equals("—") && !total.isBlank(), total);
        chromium.find("form[action$='/publish'] button").click();
        chromium.waitFor(ExpectedConditions.alertIsPresent()).accept();
        chromium.waitFor(d -> d.findElement(By.cssSelector("h1 .status")).getText().equals("已发布"));
        chromium.assertSound();
        chromium.assertNoInternals();

        chromium.viewport(Chromium.PHONE);
        chromium.signIn("agent1", "en");
        chromium.open("/performance/2024-11");
        chromium.assertSound();
        chromium.assertNoInternals();
        assertTrue(chromium.text().contains("November 2024") && chromium.text().contains(total), chromium.text());
        chromium.find("form[action$='/sign-off'] button").click();
        chromium.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Signed off"));
        chromium.assertSound();
    }

    @Test
    void theAgentsPageChartsTheWeeklyScoreWithItsBand() {
        java.util.Map<String, Object> full = PerformanceApiTest.TICKET_FULL;
        java.util.Map<String, Object> lower = new java.util.HashMap<>(full);
        lower.put("customer-info", 15);
        PerformanceApiTest.submitTicketEvaluation("agent2", full, null);
        PerformanceApiTest.submitTicketEvaluation("agent2", lower, java.util.Map.of("customer-info", "电话缺失"));
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("lead", "zh");
        chromium.open("/kpis/" + java.time.YearMonth.now() + "/agents/agent2");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        assertTrue(chromium.all("#trend tbody tr").size() >= 1);
        assertTrue(chromium.find("#confidence").getText().contains("95% 置信区间"), chromium.find("#confidence").getText());
        chromium.assertSound();
        chromium.assertNoInternals();
        chromium.viewport(Chromium.PHONE);
        chromium.open("/kpis/" + java.time.YearMonth.now() + "/agents/agent2");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        chromium.assertSound();
    }
}
