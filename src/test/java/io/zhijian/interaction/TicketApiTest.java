package io.zhijian.interaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ticket import (CSV and XLSX, English or Chinese headers), reading a ticket, and finding it by search. */
@QuarkusTest
class TicketApiTest {

    static final String PROBLEM = "application/problem+json";

    static Response importing(String user, byte[] body, String format) {
        return as(user).contentType("text/csv").body(body).queryParam("format", format).post("/api/tickets/import");
    }

    @Test
    void aChineseCsvImportsGoodRowsReportsBadOnesAndReimportUpdates() {
        String csv = """
                工单号,类型,类型细分,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,反馈内容,创建时间,关闭时间,agent
                GD-1001,协查,邮件延误,北京邮区中心局,张三,北京市朝阳区,13812345678,华北,"客户反映包裹三天未到，要求协查","已联系投递员，明日送达",2026-03-01 09:30,2026-03-02 10:00,agent1
                GD-1002,投诉,,,,,,,内容,,2026-03-01 09:30,,agent1
                GD-1003,直派,,,李四,,,华东,"快递员态度不好",,2026/03/03 14:05,,agent2
                ,主导,,,,,,,无单号,,2026-03-01 09:30,,agent1
                GD-1004,内审,,,,,,,时间错,,yesterday,,agent1
                GD-1005,在线,,,,,,,关闭早于创建,,2026-03-05 10:00,2026-03-04 10:00,agent1
                GD-1006,在线,,,,,,,没有这个人,,2026-03-05 10:00,,ghost
                GD-1001,协查,,,,,,,重复,,2026-03-05 10:00,,agent1
                """;
        // Chinese Excel saves CSV in GB18030: the importer reads it as well as UTF-8.
        Response r = importing("qa", csv.getBytes(Charset.forName("GB18030")), "csv");
        r.then().statusCode(200).body("imported", equalTo(2)).body("updated", equalTo(0))
                .body("rejected.line", equalTo(List.of(3, 5, 6, 7, 8, 9)));
        // The import is over: its progress says so, for the one who imported.
        as("qa").get("/api/tickets/import/progress").then().statusCode(200).body("running", equalTo(false))
                .body("totalRows", equalTo(8)).body("processedRows", equalTo(8)).body("percent", equalTo(100));
        as("admin").get("/api/tickets/import/progress").then().statusCode(200).body("totalRows", equalTo(0));
        as("agent1").get("/api/tickets/import/progress").then().statusCode(403);
        List<String> reasons = r.path("rejected.reason");
        assertTrue(reasons.get(0).contains("投诉") && reasons.get(3).contains("before") && reasons.get(4).contains("ghost")
                && reasons.get(5).contains("line 2"), reasons.toString());

        int id = as("qa").get("/api/tickets/GD-1001").then().statusCode(200).body("type", equalTo("协查"))
                .body("customerPhone", equalTo("13812345678")).body("responsibleUnit", equalTo("北京邮区中心局"))
                .extract().path("id");
        as("agent1").get("/api/tickets/GD-1001").then().statusCode(200).body("customerPhone", equalTo("138****5678"));
        as("lead").get("/api/tickets/GD-1001").then().statusCode(200);
        as("agent2").get("/api/tickets/GD-1001").then().statusCode(404).contentType(PROBLEM);
        as("qa").get("/api/tickets/NOPE").then().statusCode(404).contentType(PROBLEM);

        String again = "ticket_no,type,content,created_at,agent\nGD-1001,协查,客户再次来电催促,2026-03-01 09:30,agent1\n";
        importing("qa", again.getBytes(), "csv").then().statusCode(200).body("imported", equalTo(0))
                .body("updated", equalTo(1)).body("rejected.size()", equalTo(0));
        as("qa").get("/api/tickets/GD-1001").then().body("id", equalTo(id)).body("content", equalTo("客户再次来电催促"));
    }

    @Test
    void anXlsxExportImportsToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("工单");
            String[] header = {"ticket_no", "type", "content", "feedback", "created_at", "agent", "customer_phone"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("XL-1");
            row.createCell(1).setCellValue("主导");
            row.createCell(2).setCellValue("客户投诉快递员未按约定时间上门");
            row.createCell(3).setCellValue("已致歉并重新安排");
            var date = row.createCell(4);
            date.setCellValue(java.time.LocalDateTime.of(2026, 4, 2, 15, 30));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            date.setCellStyle(style);
            row.createCell(5).setCellValue("agent2");
            row.createCell(6).setCellValue("010-12345678");
            Row bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("XL-2");
            bad.createCell(1).setCellValue("unknown");
            workbook.write(out);
        }
        as("qa").contentType(io.zhijian.platform.TableFile.XLSX).body(out.toByteArray()).post("/api/tickets/import").then()
                .statusCode(200).body("imported", equalTo(1)).body("rejected.line", equalTo(List.of(3)));
        as("qa").get("/api/tickets/XL-1").then().statusCode(200).body("type", equalTo("主导"))
                .body("createdAt", containsString("2026-04-02"));
        String page = Browser.signedInAs("agent2").get("/tickets/XL-1").then().statusCode(200).extract().asString();
        assertTrue(page.contains("客户投诉快递员") && page.contains("010-****5678") && !page.contains("010-12345678"), page);
    }

    @Test
    void importingThroughThePage() {
        Browser qa = Browser.signedInAs("qa");
        String page = qa.submitFile("/tickets", "/tickets/import", java.util.Map.of(), "file", "export.csv",
                "工单号,类型,业务内容,创建时间,agent\nPG-1,在线,网点电话打不通,2026-03-08 11:00,agent1\nPG-2,错误,x,2026-03-08 11:00,agent1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("1 imported, 0 updated, 1 rejected") && page.contains("Line 3"), page);
        assertTrue(Browser.signedInAs("agent1").get("/tickets").asString().contains("/tickets/PG-1"));
        Browser.signedInAs("agent2").get("/tickets").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("PG-1")));
        String refused = qa.submitFile("/tickets", "/tickets/import", java.util.Map.of(), "file", "x.xlsx",
                "not a workbook".getBytes(), "application/octet-stream").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("XLSX"), refused);
        String empty = qa.submitFile("/tickets", "/tickets/import", java.util.Map.of(), "file", "empty.csv", new byte[0],
                "text/csv").then().statusCode(400).extract().asString();
        assertTrue(empty.contains("Choose a CSV or XLSX file that is not empty."), empty);
        String emptyZh = qa.acceptLanguage("zh").submitFile("/tickets", "/tickets/import", java.util.Map.of(), "file",
                "empty.csv", new byte[0], "text/csv").then().statusCode(400).extract().asString();
        assertTrue(emptyZh.contains("请选择一个非空的 CSV 或 XLSX 文件。"), emptyZh);
        Browser.signedInAs("agent1").get("/tickets").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("/tickets/import")));
    }

    @Test
    void badFilesAndWrongRolesChangeNothing() {
        importing("agent1", "ticket_no,type,created_at\nX-1,协查,2026-03-01 09:30\n".getBytes(), "csv").then().statusCode(403);
        importing("trainer", "ticket_no,type,created_at\nX-1,协查,2026-03-01 09:30\n".getBytes(), "csv").then().statusCode(403);
        importing("qa", "ticket_no,type,created_at\nX-1,协查,2026-03-01 09:30\n".getBytes(), "pdf").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("format"));
        importing("qa", "a,b\n1,2\n".getBytes(), "csv").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("ticket_no"));
        importing("qa", "ticket_no,type,content\nX-1,协查,\"never closed\n".getBytes(), "csv").then().statusCode(400)
                .body("detail", containsString("2"));
        importing("qa", "not a workbook".getBytes(), "xlsx").then().statusCode(400).contentType(PROBLEM);
        as("qa").contentType("text/csv").post("/api/tickets/import").then().statusCode(400).contentType(PROBLEM);
        as("qa").get("/api/tickets/X-1").then().statusCode(404);
    }

    @Test
    void importedTicketsAreSearchable() {
        String csv = "ticket_no,type,content,feedback,created_at,agent,region\n"
                + "S-77,内审,营业厅工作人员服务态度差 客户电话13900001111,已整改,2026-02-10 08:00,agent1,华南\n";
        importing("qa", csv.getBytes(), "csv").then().statusCode(200).body("imported", equalTo(1));
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Response found;
        do {
            found = as("qa").queryParam("q", "服务态度 channel:ticket type:内审").get("/api/search");
        } while (found.<Integer>path("total") == 0 && System.nanoTime() < until);
        found.then().statusCode(200).body("hits[0].type", equalTo("TICKET")).body("hits[0].ticketNo", equalTo("S-77"))
                .body("hits[0].snippets[0].text", containsString("<mark>"))
                .body("hits[0].snippets[0].text", containsString("139****1111"));
        as("qa").queryParam("q", "13900001111").get("/api/search").then().body("total", equalTo(0));
        as("qa").queryParam("q", "region:华南 AND 整改").get("/api/search").then().body("hits.ticketNo", hasItem("S-77"));
        // smartcn reads "工作人员服务态度差" without the word 员服; found and marked by character pairs.
        String pairs = as("qa").queryParam("q", "人员服务").get("/api/search").path("hits.find { it.ticketNo == 'S-77' }.snippets[0].text");
        assertTrue(pairs != null && pairs.replace("</mark><mark>", "").contains("<mark>人员服务"), pairs);
        as("agent2").queryParam("q", "服务态度").get("/api/search").then()
                .body("hits.ticketNo", org.hamcrest.Matchers.not(hasItem("S-77")));
        String page = Browser.signedInAs("qa").get("/search?q=服务态度").asString();
        assertTrue(page.contains("href=\"/tickets/S-77\""), page);
        assertEquals(1, (int) as("qa").queryParam("q", "ticket:S-77").get("/api/search").path("total"));
    }
}
