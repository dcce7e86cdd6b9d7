package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Browser;
import io.zhijian.support.Chromium;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.zhijian.performance.PerformanceApiTest.TICKET_FULL;
import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team dashboard: a lead reads the trend with its band, the causes of lost points and the service level from
 * imported intervals in Chinese in a real browser, filters to one agent and downloads a chart's numbers; an agent's
 * dashboard is their own.
 */
@QuarkusTest
class DashboardTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void aLeadReadsTheTeamDashboardFiltersToAnAgentAndDownloadsTheNumbers() throws IOException {
        Map<String, Object> lost = new HashMap<>(TICKET_FULL);
        lost.put("classification", 15);
        submitTicketEvaluation("agent1", lost, Map.of("classification", "类型细分错误"));
        submitTicketEvaluation("agent2", TICKET_FULL, null);
        String day = LocalDate.now().minusDays(1).toString();
        as("manager").contentType("text/csv").body(("date,start,offered,answered,answered_in_threshold,abandoned\n"
                + day + ",09:00,120,110,100,10\n" + day + ",09:30,80,80,60,0\n").getBytes())
                .post("/api/operations/intervals/import").then().statusCode(200);

        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (as("lead").get("/api/reports/archive").<Integer>path("total") == 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }

        openDashboard("lead", "zh", "causes");
        String text = chromium.text();
        assertTrue(text.contains("团队看板") && text.contains("失分原因") && text.contains("分时段服务水平")
                && text.contains("高峰时段"), text);
        assertEquals(1, chromium.all("#chart-trend canvas").size());
        assertEquals(1, chromium.all("#chart-service canvas").size());
        assertEquals(1, chromium.all("#kpis").size());
        assertEquals(1, chromium.all("#chart-training canvas").size());
        assertEquals(1, chromium.all("#hot-topics").size());
        // The archive keeps the reports generated at their time (yesterday's at least) with the on-time rate.
        assertTrue(chromium.find("#archive").getText().contains("报告提交及时率"), chromium.find("#archive").getText());
        chromium.find("#causes details summary").click();
        assertTrue(chromium.find("#causes table").getText().contains("工单种类"), chromium.find("#causes table").getText());

        chromium.find("form.filters input[name=agent]").sendKeys("agent2");
        chromium.find("form.filters button").click();
        chromium.waitFor(ExpectedConditions.urlContains("agent=agent2"));
        chromium.assertSound();
        assertTrue(chromium.find("#causes").getText().contains("此期间没有数据")
                || !chromium.find("#causes").getText().contains("工单种类"), chromium.find("#causes").getText());

        String href = chromium.find("#trend a[download]").getAttribute("href");
        byte[] xlsx = Browser.signedInAs("lead").acceptLanguage("zh").get(href.substring(href.indexOf("/reports")))
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("周", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertTrue(book.getSheetAt(0).getLastRowNum() >= 3);
        }
    }

    @Test
    void anAgentsDashboardIsTheirOwnAndBadFiltersAreSaidAtTheForm() {
        String page = Browser.signedInAs("agent1").get("/reports?agent=agent2").then().statusCode(404).extract().asString();
        assertTrue(page.contains("agent2"), page);
        String own = Browser.signedInAs("agent1").get("/reports").then().statusCode(200).extract().asString();
        assertTrue(own.contains("id=\"trend\"") && own.contains("id=\"training\"") && !own.contains("id=\"service\"")
                && own.contains("id=\"agent-evaluations\"") && own.contains("id=\"agent-exams\""), own);
        // A lead's view of one agent is that agent's page: their evaluations with the scorecard by name.
        String agentPage = Browser.signedInAs("lead").acceptLanguage("zh").get("/reports?agent=agent1").then().statusCode(200)
                .extract().asString();
        assertTrue(agentPage.contains("agent1 的最近质检") && agentPage.contains("工单质量评分表"), agentPage);
        String bad = Browser.signedInAs("lead").get("/reports?from=someday").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("id=\"from-error\" role=\"alert\"") && bad.contains("someday")
                && bad.contains("aria-describedby=\"from-error\""), "the mistake is shown at its field: " + bad);
        String badChannel = Browser.signedInAs("lead").get("/reports?channel=fax").then().statusCode(400).extract().asString();
        assertTrue(badChannel.contains("id=\"channel-error\"") && badChannel.contains("fax"), badChannel);
        Browser.signedInAs("agent1").get("/reports/service.xlsx").then().statusCode(404);
        Browser.signedInAs("lead").get("/reports/nothing.xlsx").then().statusCode(404);
    }

    @Test
    void aManagerReadsTheInspectorsPlansAndDisputesWhichLeadsAndAgentsDoNotSee() throws IOException {
        submitTicketEvaluation("agent1", TICKET_FULL, null);
        openDashboard("manager", "en", "inspectors");
        assertTrue(chromium.find("#inspectors h2").getText().contains("Inspectors"), chromium.find("#inspectors").getText());
        chromium.find("#inspectors details summary").click();
        String table = chromium.find("#inspectors table").getText();
        assertTrue(table.contains("Dispute rate") && table.contains("Overdue") && table.contains("qa"), table);

        byte[] xlsx = Browser.signedInAs("manager").acceptLanguage("zh").get("/reports/inspectors.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("质检员", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals("申诉率", book.getSheetAt(0).getRow(2).getCell(8).getStringCellValue());
            boolean qa = false;
            for (int r = 3; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                qa |= "qa".equals(book.getSheetAt(0).getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(qa, "a row for the inspector who scored");
        }
        // As the API: for QA, managers and administrators only.
        String lead = Browser.signedInAs("lead").get("/reports").then().statusCode(200).extract().asString();
        assertTrue(lead.contains("id=\"causes\"") && !lead.contains("id=\"inspectors\""), lead);
        Browser.signedInAs("lead").get("/reports/inspectors.xlsx").then().statusCode(404);
        Browser.signedInAs("agent1").get("/reports/inspectors.xlsx").then().statusCode(404);
        assertTrue(Browser.signedInAs("qa").get("/reports").then().statusCode(200).extract().asString()
                .contains("id=\"inspectors\""));
    }

    /** The dashboard on a desktop, signed in as {@code user}, once {@code chart} is drawn: sound, no internals shown. */
    private static void openDashboard(String user, String language, String chart) {
        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn(user, language);
        chromium.open("/reports");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " canvas")));
        chromium.assertSound();
        chromium.assertNoInternals();
    }
}
