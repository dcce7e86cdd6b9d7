package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluations list filtered and paged, and its XLSX export with one column per item. */
@QuarkusTest
class EvaluationListApiTest {

    static final Map<String, Object> FULL = io.zhijian.performance.PerformanceApiTest.TICKET_FULL;

    @Test
    void theListFiltersAndPagesAndTheExportHasAColumnPerItem() throws Exception {
        String agent = io.zhijian.support.Api.newAgent("list", "列表", "list-secret-1");
        Map<String, Object> seventy = new HashMap<>(FULL);
        seventy.put("customer-info", 0);
        Map<String, Object> eightyFive = new HashMap<>(FULL);
        eightyFive.put("customer-info", 15);
        submitTicketEvaluation(agent, FULL, null);
        submitTicketEvaluation(agent, seventy, Map.of("customer-info", "缺失"));
        submitTicketEvaluation(agent, eightyFive, Map.of("customer-info", "电话缺失"));

        as("qa").queryParam("agent", agent).get("/api/evaluations").then().statusCode(200).body("total", equalTo(3))
                .body("items.total", equalTo(List.of(85, 70, 100)));
        as("qa").queryParam("agent", agent).queryParam("minTotal", 80).get("/api/evaluations").then()
                .body("total", equalTo(2));
        as("qa").queryParam("agent", agent).queryParam("maxTotal", "80").queryParam("scorecard", "ticket-quality")
                .queryParam("channel", "ticket").queryParam("status", "SUBMITTED").get("/api/evaluations").then()
                .body("total", equalTo(1)).body("items[0].total", equalTo(70));
        as("qa").queryParam("agent", agent).queryParam("size", 2).queryParam("page", 2).get("/api/evaluations").then()
                .body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(2));
        as("qa").queryParam("agent", agent).queryParam("channel", "CALL").get("/api/evaluations").then().body("total", equalTo(0));
        as("lead").queryParam("team", "A组").get("/api/evaluations").then().statusCode(200)
                .body("items.agent", hasItem(agent));
        // Another agent's filter finds nothing of someone else's.
        as("agent2").queryParam("agent", agent).get("/api/evaluations").then().statusCode(200).body("total", equalTo(0));
        as(agent, "list-secret-1").get("/api/evaluations").then().statusCode(200).body("total", equalTo(3));
        // Unreadable filters: 400 naming them.
        as("qa").queryParam("channel", "EMAIL").queryParam("size", 500).queryParam("page", 0).queryParam("from", "2026-13-01")
                .get("/api/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channel")).body("errors.field", hasItem("from"));
        as("qa").queryParam("size", 500).get("/api/evaluations").then().statusCode(400).body("errors.field", hasItem("size"));
        as("qa").queryParam("minTotal", "lots").get("/api/evaluations").then().statusCode(400)
                .body("errors.field", hasItem("minTotal"));

        byte[] xlsx = as("qa").header("Accept-Language", "zh").queryParam("agent", agent).get("/api/evaluations/export")
                .then().statusCode(200).extract().asByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("评估编号", "客服代表", "小组", "质检员", "总分", "致命错误")), header.toString());
            int customerInfo = header.indexOf("工单质量评分表 · 客户信息");
            assertTrue(customerInfo > 0, header.toString());
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            List<Double> points = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertEquals(agent, row.getCell(header.indexOf("客服代表")).getStringCellValue());
                    assertEquals("A组", row.getCell(header.indexOf("小组")).getStringCellValue());
                    points.add(row.getCell(customerInfo).getNumericCellValue());
                    totals.add(row.getCell(header.indexOf("总分")).getNumericCellValue());
                }
            }
            assertEquals(List.of(30.0, 0.0, 15.0), points);
            assertEquals(List.of(100.0, 70.0, 85.0), totals);
        }
        as(agent, "list-secret-1").queryParam("agent", "agent1").get("/api/evaluations/export").then().statusCode(200);

        // The page: the same filters, kept in the export link; an unreadable one is said on the page.
        io.zhijian.support.Browser qa = io.zhijian.support.Browser.signedInAs("qa").acceptLanguage("en");
        String page = qa.get("/evaluations?agent=" + agent + "&minTotal=80").then().statusCode(200).extract().asString();
        assertTrue(page.contains("2 evaluation(s) found.") && page.contains("/api/evaluations/export?agent=" + agent
                + "&amp;minTotal=80"), page);
        String refused = qa.get("/evaluations?from=someday").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Give a date as YYYY-MM-DD (got &quot;someday&quot;)"), refused);
    }
}
