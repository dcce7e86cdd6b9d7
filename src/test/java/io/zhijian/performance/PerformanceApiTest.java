package io.zhijian.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month as a manager runs it: operational data in, KPIs by the source's formulas (checked against hand-computed
 * values), the assessment entered, published, signed off, reopened and exported; who sees which rows.
 */
@QuarkusTest
public class PerformanceApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String PASSWORD = "kpi-secret-1";
    static final String TEAM = "KPI组";
    /** Every ticket-quality item at its maximum (total 100). */
    public static final Map<String, Object> TICKET_FULL = Map.of("customer-info", 30, "classification", 30,
            "business-content", 30, "other", 10, "procedure-followed", "yes", "feedback-matches", "yes",
            "responsible-unit-correct", "yes");

    /** The team and its two agents (idempotent: a second creation is a 409 and changes nothing). */
    @BeforeEach
    void agents() {
        as("admin").contentType(ContentType.JSON).body(Map.of("name", TEAM)).post("/api/teams");
        for (String agent : List.of("kpi.a1", "kpi.a2")) {
            as("admin").contentType(ContentType.JSON).body(Map.of("username", agent, "displayName", "考核 " + agent,
                    "password", PASSWORD, "roles", List.of("AGENT"), "team", TEAM)).post("/api/users");
        }
    }

    static Response importOps(String user, byte[] body) {
        return as(user).contentType("text/csv").body(body).post("/api/operations/import");
    }

    @Test
    void operationalDataImportsGoodRowsRefusesBadOnesAndTheKpisFollowTheSourceFormulas() {
        String csv = """
                客服代表,日期,应出勤,出勤,准时,请假,培训,系统接入电话数,接听量,处理时长,等待时长,外呼量,评价数,满意数
                kpi.a1,2025-10-01,1,1,1,0,0,100,98,20000,1000,10,10,9
                kpi.a1,2025-10-02,1,1,0,0,0,50,50,10000,500,5,5,5
                kpi.a1,2025-10-03,1,0,0,0,0,,,,,,,
                kpi.a1,2025-10-04,1,0,0,1,0,,,,,,,
                kpi.a1,2025-10-05,1,1,1,0,1,,,,,,,
                kpi.a1,2025-10-06,0,0,0,0,0,,,,,,,
                ghost,2025-10-01,1,1,1,0,0,1,1,1,1,1,1,1
                kpi.a2,2025-13-40,1,1,1,0,0,1,1,1,1,1,1,1
                kpi.a2,2025-10-01,1,1,1,0,0,-5,1,1,1,1,1,1
                kpi.a2,2025-10-02,0,1,0,0,0,1,1,1,1,1,1,1
                kpi.a2,2025-10-03,1,1,1,0,0,1,1,1,1,1,3,4
                kpi.a1,2025-10-01,1,1,1,0,0,100,98,20000,1000,10,10,9
                kpi.a2,2025-10-04,1,1,1,0,0,abc,1,1,1,1,1,1
                """;
        // Chinese Excel saves CSV in GB18030.
        Response report = importOps("manager", csv.getBytes(Charset.forName("GB18030")));
        report.then().statusCode(200).body("imported", equalTo(6)).body("updated", equalTo(0))
                .body("rejected.line", equalTo(List.of(8, 9, 10, 11, 12, 13, 14)));
        List<String> reasons = report.path("rejected.reason");
        assertTrue(reasons.get(0).contains("ghost") && reasons.get(1).contains("2025-13-40")
                && reasons.get(2).contains("-5") && reasons.get(5).contains("line 2"), reasons.toString());

        // KPIs of 2025-10, by hand: 5 scheduled days; leave (10-04) and training (10-05) left out of attendance and
        // punctuality, leaving 3 days with 2 present and 1 on time; (30000 + 1500) s over 150 calls offered;
        // 15 outbound calls over 5 working days; 14 satisfied of 15 surveys.
        Response kpis = as("manager").queryParam("period", "2025-10").queryParam("team", TEAM).get("/api/kpis");
        kpis.then().statusCode(200).body("period", equalTo("2025-10")).body("rows.agent", equalTo(List.of("kpi.a1", "kpi.a2")));
        String a1 = "rows.find { it.agent == 'kpi.a1' }.kpis.";
        kpis.then().body(a1 + "attendance.value", equalTo(0.6667f)).body(a1 + "attendance.numerator", equalTo(2))
                .body(a1 + "attendance.denominator", equalTo(3))
                .body(a1 + "punctuality.value", equalTo(0.3333f))
                .body(a1 + "aht.value", equalTo(210)).body(a1 + "aht.numerator", equalTo(31500))
                .body(a1 + "aht.denominator", equalTo(150))
                .body(a1 + "outboundPerDay.value", equalTo(3)).body(a1 + "outboundPerDay.denominator", equalTo(5))
                .body(a1 + "satisfaction.value", equalTo(0.9333f))
                .body(a1 + "qaScore.value", nullValue())
                .body("rows.find { it.agent == 'kpi.a2' }.kpis.attendance.value", nullValue());

        // The same agent and day again updates the row; the drill-down shows the days behind the figures.
        importOps("manager", "agent,date,scheduled,present,on_time,calls_offered,handle_seconds,wait_seconds\nkpi.a1,2025-10-02,1,1,1,50,10000,500\n"
                .getBytes()).then().statusCode(200).body("imported", equalTo(0)).body("updated", equalTo(1));
        as("manager").get("/api/kpis/2025-10/agents/kpi.a1").then().statusCode(200)
                .body("kpis.punctuality.numerator", equalTo(2)).body("days.size()", equalTo(6))
                .body("days[1].onTime", equalTo(true));
        as("manager").queryParam("agent", "kpi.a1").queryParam("period", "2025-10").get("/api/operations")
                .then().statusCode(200).body("size()", equalTo(6));

        // Who may import and read: agents and leads not; an agent sees only themselves, others are 404.
        importOps("agent1", csv.getBytes()).then().statusCode(403);
        importOps("lead", csv.getBytes()).then().statusCode(403);
        as("kpi.a1", PASSWORD).queryParam("period", "2025-10").get("/api/kpis").then().statusCode(200)
                .body("rows.agent", equalTo(List.of("kpi.a1")));
        as("kpi.a2", PASSWORD).get("/api/kpis/2025-10/agents/kpi.a1").then().statusCode(404).contentType(PROBLEM);
        as("kpi.a2", PASSWORD).queryParam("agent", "kpi.a1").queryParam("period", "2025-10").get("/api/operations")
                .then().statusCode(404);
        as("lead").queryParam("period", "2025-10").get("/api/kpis").then().statusCode(200)
                .body("rows.agent", not(hasItem("kpi.a1"))).body("rows.agent", hasItem("agent1"));

        // Bad input: a bad month, an unknown team, an empty body, a file without an agent column.
        as("manager").queryParam("period", "2025-13").get("/api/kpis").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("period"));
        as("manager").queryParam("team", "no-such-team").get("/api/kpis").then().statusCode(404);
        importOps("manager", new byte[0]).then().statusCode(400).contentType(PROBLEM);
        importOps("manager", "name,date\nx,2025-10-01\n".getBytes()).then().statusCode(400)
                .body("detail", containsString("agent"));
    }

    @Test
    void theOperationalImportReadsXlsxWithNumbersAndDatesAsTyped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            Row head = sheet.createRow(0);
            String[] headers = {"agent", "date", "scheduled", "present", "on_time", "calls_offered", "handle_seconds", "wait_seconds"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("kpi.a2");
            org.apache.poi.ss.usermodel.Cell date = row.createCell(1);
            date.setCellValue(java.time.LocalDate.of(2025, 11, 3));
            org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            double[] numbers = {1, 1, 1, 40, 8000, 400};
            for (int i = 0; i < numbers.length; i++) {
                row.createCell(i + 2).setCellValue(numbers[i]);
            }
            book.write(out);
        }
        as("manager").contentType(PerformanceExport.XLSX).body(out.toByteArray()).post("/api/operations/import")
                .then().statusCode(200).body("imported", equalTo(1)).body("rejected.size()", equalTo(0));
        as("manager").get("/api/kpis/2025-11/agents/kpi.a2").then().statusCode(200)
                .body("days[0].date", equalTo("2025-11-03")).body("kpis.aht.value", equalTo(210));
    }

    @Test
    void evaluationsGiveTheQaKpis() {
        String agent = "kpi.qa." + UUID.randomUUID().toString().substring(0, 6);
        as("admin").contentType(ContentType.JSON).body(Map.of("username", agent, "displayName", "质检指标",
                "password", PASSWORD, "roles", List.of("AGENT"), "team", TEAM)).post("/api/users").then().statusCode(201);
        Map<String, Object> full = TICKET_FULL;
        Map<String, Object> lower = new HashMap<>(full);
        lower.put("customer-info", 0);
        submitTicketEvaluation(agent, full, null);
        submitTicketEvaluation(agent, lower, Map.of("customer-info", "电话与地址均缺失"));
        String period = YearMonth.now().toString();
        // Totals 100 and 70: mean 85 over 2; no critical failure; ticket-quality has no attitude item; every item is
        // technical, so the professional score is the total, and nothing was amended: quality = 1 × 85.
        String k = "rows.find { it.agent == '" + agent + "' }.kpis.";
        as("manager").queryParam("period", period).queryParam("team", TEAM).get("/api/kpis").then().statusCode(200)
                .body(k + "qaScore.value", equalTo(85)).body(k + "qaScore.numerator", equalTo(170))
                .body(k + "evaluations.value", equalTo(2)).body(k + "criticalFailureRate.value", equalTo(0))
                .body(k + "attitude.value", equalTo(1)).body(k + "quality.value", equalTo(85))
                .body(k + "quality.factor", equalTo(85));
        as("manager").get("/api/kpis/" + period + "/agents/" + agent).then().statusCode(200)
                .body("evaluations.total", equalTo(List.of(100, 70)));
        // The manager reads evaluations but scores nothing.
        as("manager").contentType(ContentType.JSON).body(Map.of("interactionType", "TICKET", "interactionId", "x",
                "scorecardKey", "ticket-quality")).post("/api/evaluations").then().statusCode(403);
    }

    /** A ticket of the agent created this month, scored with ticket-quality and submitted by qa. */
    public static void submitTicketEvaluation(String agent, Map<String, Object> answers, Map<String, String> comments) {
        String no = "KPI-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "ticket_no,type,content,created_at,feedback_at,agent\n" + no + ",直派,客户查询包裹,"
                + YearMonth.now().atDay(1) + " 09:00," + YearMonth.now().atDay(1) + " 10:30," + agent + "\n";
        as("qa").contentType("text/csv").body(csv.getBytes()).post("/api/tickets/import").then().statusCode(200)
                .body("imported", equalTo(1));
        int id = as("qa").contentType(ContentType.JSON).body(Map.of("interactionType", "TICKET", "interactionId", no,
                "scorecardKey", "ticket-quality")).post("/api/evaluations").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("answers", answers));
        if (comments != null) {
            body.put("comments", comments);
        }
        as("qa").contentType(ContentType.JSON).body(body).put("/api/evaluations/" + id + "/answers").then().statusCode(200);
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200);
    }

    static Response enter(String period, String agent, Map<String, ?> body) {
        return as("manager").contentType(ContentType.JSON).body(body).put("/api/performance/" + period + "/agents/" + agent);
    }

    @Test
    void theMonthIsEnteredPublishedSignedOffReopenedAndExported() throws IOException {
        String period = "2025-05";
        // Bad scores and weights are refused and change nothing.
        enter(period, "kpi.a1", Map.of("clientScore", 101)).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("clientScore"));
        enter(period, "kpi.a1", Map.of("clientScore", "ninety")).then().statusCode(400);
        enter(period, "kpi.a1", Map.of("employerScore", 80)).then().statusCode(400).body("errors.field", hasItem("note"));
        enter(period, "nobody", Map.of("clientScore", 80)).then().statusCode(404);
        as("manager").contentType(ContentType.JSON).body(Map.of("employer", 0.4, "client", 0.5))
                .put("/api/performance/" + period + "/weights").then().statusCode(400).body("errors.field", hasItem("weights"));
        as("manager").get("/api/performance/" + period).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("weights.employer", equalTo(0.3f)).body("weights.client", equalTo(0.7f))
                .body("rows.find { it.agent == 'kpi.a1' }.clientScore", nullValue());

        // total = 83.33 × 0.3 + 91.17 × 0.7 = 24.999 + 63.819 = 88.818 → 88.82; the 80–90 band pays 500.
        enter(period, "kpi.a1", Map.of("employerScore", 83.33, "clientScore", 91.17, "note", "出勤数据缺失，按主管评估"))
                .then().statusCode(200).body("employerScore", equalTo(83.33f)).body("employerOverridden", equalTo(true))
                .body("total", equalTo(88.82f)).body("bonus", equalTo(500)).body("atRisk", equalTo(false));
        enter(period, "kpi.a2", Map.of("employerScore", 59, "clientScore", 60, "note", "n")).then().statusCode(200)
                .body("total", equalTo(59.7f)).body("bonus", equalTo(0)).body("atRisk", equalTo(true))
                .body("atRiskReasons.rule", hasItem("MONTH_BELOW"));
        as("agent1").contentType(ContentType.JSON).body(Map.of("clientScore", 100))
                .put("/api/performance/" + period + "/agents/agent1").then().statusCode(403);

        // A draft is the manager's work in progress: the agent sees nothing of it yet.
        as("kpi.a1", PASSWORD).get("/api/performance/" + period).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("rows.size()", equalTo(0));
        as("kpi.a1", PASSWORD).get("/api/performance/" + period + "/agents/kpi.a1").then().statusCode(404);

        // Publishing freezes the month: changes are 409 until it is reopened with a reason.
        as("lead").post("/api/performance/" + period + "/publish").then().statusCode(403);
        as("manager").post("/api/performance/" + period + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("manager").post("/api/performance/" + period + "/publish").then().statusCode(409);
        enter(period, "kpi.a1", Map.of("clientScore", 50)).then().statusCode(409).contentType(PROBLEM);
        as("manager").contentType(ContentType.JSON).body(Map.of("employer", 0.5, "client", 0.5))
                .put("/api/performance/" + period + "/weights").then().statusCode(409);

        // The agent sees only their own row, is notified, and signs it off once; others' rows are 404.
        as("kpi.a1", PASSWORD).get("/api/performance/" + period).then().statusCode(200)
                .body("rows.agent", equalTo(List.of("kpi.a1")));
        as("kpi.a1", PASSWORD).get("/api/performance/" + period + "/agents/kpi.a2").then().statusCode(404);
        as("kpi.a1", PASSWORD).get("/api/notifications").then().body("notifications.kind", hasItem("MONTH_PUBLISHED"));
        as("kpi.a1", PASSWORD).post("/api/performance/" + period + "/agents/kpi.a2/sign-off").then().statusCode(404);
        as("manager").post("/api/performance/" + period + "/agents/kpi.a1/sign-off").then().statusCode(403);
        as("kpi.a1", PASSWORD).post("/api/performance/" + period + "/agents/kpi.a1/sign-off").then().statusCode(200)
                .body("signedOff", equalTo(true)).body("total", equalTo(88.82f));
        as("kpi.a1", PASSWORD).post("/api/performance/" + period + "/agents/kpi.a1/sign-off").then().statusCode(409);
        as("kpi.a2", PASSWORD).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/performance/" + period + "/agents/kpi.a2/objection").then().statusCode(400);
        as("kpi.a2", PASSWORD).contentType(ContentType.JSON).body(Map.of("reason", "客户评分有误"))
                .post("/api/performance/" + period + "/agents/kpi.a2/objection").then().statusCode(200)
                .body("objection", equalTo("客户评分有误"));
        as("manager").get("/api/notifications").then().body("notifications.kind", hasItem("MONTH_OBJECTED"));

        // The export: one row per agent with KPI columns, both scores, total, bonus, flags and sign-off.
        byte[] xlsx = as("manager").header("Accept-Language", "zh").get("/api/performance/" + period + "/export")
                .then().statusCode(200).contentType(PerformanceExport.XLSX).extract().asByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("出勤率", "用人单位评分", "用工单位评分", "总分", "奖金", "预警", "已签字")), header.toString());
            Row a1 = null;
            for (Row row : sheet) {
                if ("kpi.a1".equals(row.getCell(0).getStringCellValue())) {
                    a1 = row;
                }
            }
            assertEquals(88.82, a1.getCell(header.indexOf("总分")).getNumericCellValue(), 1e-9);
            assertEquals(500, a1.getCell(header.indexOf("奖金")).getNumericCellValue(), 1e-9);
            assertEquals("是", a1.getCell(header.indexOf("已签字")).getStringCellValue());
        }
        as("kpi.a1", PASSWORD).get("/api/performance/" + period + "/export").then().statusCode(403);

        // Reopening needs a reason, is audited, and clears the sign-offs.
        as("manager").contentType(ContentType.JSON).body(Map.of()).post("/api/performance/" + period + "/reopen")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("manager").contentType(ContentType.JSON).body(Map.of("reason", "用工单位更正评分"))
                .post("/api/performance/" + period + "/reopen").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("rows.find { it.agent == 'kpi.a1' }.signedOff", equalTo(false));
        as("admin").get("/api/audit").then().body("action", hasItem("PERFORMANCE_REOPENED"));
        as("manager").contentType(ContentType.JSON).body(Map.of("employer", 0.4, "client", 0.6))
                .put("/api/performance/" + period + "/weights").then().statusCode(200)
                .body("rows.find { it.agent == 'kpi.a1' }.total", equalTo(88.03f));
    }

    @Test
    void clientScoresImportFromXlsxAndConcurrentEntriesNeverClash() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            String[][] rows = {{"客服代表", "用工单位评分", "备注"}, {"kpi.a1", "92.5", "表现稳定"}, {"kpi.a2", "101", ""},
                    {"ghost", "80", ""}, {"kpi.a1", "70", "重复"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        as("manager").contentType(PerformanceExport.XLSX).body(out.toByteArray())
                .post("/api/performance/2024-06/client-scores").then().statusCode(200).body("imported", equalTo(1))
                .body("rejected.line", equalTo(List.of(3, 4, 5)));
        as("manager").get("/api/performance/2024-06/agents/kpi.a1").then().statusCode(200)
                .body("clientScore", equalTo(92.5f)).body("note", equalTo("表现稳定"));
        as("manager").get("/api/performance/2024-06/agents/kpi.a2").then().statusCode(200).body("clientScore", nullValue());

        // Ten first entries for one agent and month at once: each is answered, none clashes.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int score = 60 + i;
                answers.add(pool.submit(() -> enter("2024-07", "kpi.a2", Map.of("clientScore", score)).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        as("manager").get("/api/performance/2024-07/agents/kpi.a2").then().statusCode(200)
                .body("clientScore", org.hamcrest.Matchers.greaterThanOrEqualTo(60));
    }

    @Test
    void threeMonthsBelowEightyOrOneBelowSeventyFlagTheAgent() {
        // 2025-01..03: 75, 64.5, 75 → three in a row below 80, and February below 70.
        double[][] scores = {{75, 75}, {75, 60}, {75, 75}};
        for (int m = 0; m < 3; m++) {
            String period = "2025-0" + (m + 1);
            enter(period, "kpi.a2", Map.of("employerScore", scores[m][0], "clientScore", scores[m][1], "note", "x"))
                    .then().statusCode(200);
        }
        as("manager").post("/api/performance/2025-01/publish").then().statusCode(200);
        Response march = as("manager").get("/api/performance/2025-03/agents/kpi.a2");
        march.then().statusCode(200).body("total", equalTo(75)).body("atRisk", equalTo(true))
                .body("atRiskReasons.find { it.rule == 'CONSECUTIVE_BELOW' }.months",
                        equalTo(List.of("2025-01", "2025-02", "2025-03")))
                .body("atRiskReasons.find { it.rule == 'MONTH_BELOW' }.months", equalTo(List.of("2025-02")));
        // April at 85 ends the run, but February is still within the last three months.
        enter("2025-04", "kpi.a2", Map.of("employerScore", 85, "clientScore", 85, "note", "x")).then().statusCode(200)
                .body("atRiskReasons.rule", equalTo(List.of("MONTH_BELOW")));
        enter("2025-06", "kpi.a2", Map.of("employerScore", 85, "clientScore", 85, "note", "x")).then().statusCode(200)
                .body("atRisk", equalTo(false));
    }

    @Test
    void rulesAreVersionedRefusedWhenWrongAndNeverRewriteAPublishedMonth() {
        as("manager").get("/api/performance/rules").then().statusCode(200)
                .body("[0].definition", containsString("weights"));
        as("agent1").get("/api/performance/rules").then().statusCode(403);
        String bad = "effectiveFrom: 2025-99\nweights: {employer: 0.5, client: 0.6}\nemployerScore: {components: [{kpi: nope, weight: 1, scale: ratio}]}\n";
        as("manager").contentType("application/yaml").body(bad).put("/api/performance/rules").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("effectiveFrom")).body("errors.field", hasItem("weights"))
                .body("errors.field", hasItem("employerScore.components[1].kpi")).body("errors.field", hasItem("bonus"));
        String current = as("manager").get("/api/performance/rules").then().extract().path("[0].definition");
        String perPoint = current.replace("effectiveFrom: 2026-01", "effectiveFrom: 2031-01")
                .replaceAll("(?s)bonus:\\n  bands:.*?\\n\\n", "bonus: {perPoint: 5}\n\n");
        as("manager").contentType("application/yaml").body(perPoint).put("/api/performance/rules").then().statusCode(201)
                .body("effectiveFrom", equalTo("2031-01"));
        enter("2031-02", "kpi.a1", Map.of("employerScore", 80, "clientScore", 90, "note", "x")).then().statusCode(200)
                .body("total", equalTo(87)).body("bonus", equalTo(435));
        enter("2030-12", "kpi.a1", Map.of("employerScore", 80, "clientScore", 90, "note", "x")).then().statusCode(200)
                .body("bonus", equalTo(500));
    }
}
