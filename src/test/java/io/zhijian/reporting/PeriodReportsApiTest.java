package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.performance.PerformanceApiTest.TICKET_FULL;
import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily, weekly and monthly reports against hand-counted figures, in JSON and XLSX; who sees whom. */
@QuarkusTest
class PeriodReportsApiTest {

    @Test
    void aTeamsDayWeekAndMonthAreCountedAndComparedWithThePeriodBefore() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String team = "报表-" + suffix;
        as("admin").contentType(ContentType.JSON).body(Map.of("name", team)).post("/api/teams").then().statusCode(201);
        String a = "period.a." + suffix;
        String b = "period.b." + suffix;
        for (String agent : List.of(a, b)) {
            as("admin").contentType(ContentType.JSON).body(Map.of("username", agent, "displayName", "周报 " + agent,
                    "password", "period-secret", "roles", List.of("AGENT"), "team", team)).post("/api/users").then()
                    .statusCode(201);
        }
        submitTicketEvaluation(a, TICKET_FULL, null);
        submitTicketEvaluation(a, with("customer-info", 0), Map.of("customer-info", "缺失"));
        submitTicketEvaluation(b, with("procedure-followed", "no"), Map.of("procedure-followed", "漏做"));
        int disputed = as("qa").queryParam("agent", a).queryParam("maxTotal", "80").get("/api/evaluations")
                .path("items[0].id");
        as(a, "period-secret").contentType(ContentType.JSON).body(Map.of("items", List.of("customer-info"),
                "reason", "信息其实完整")).post("/api/evaluations/" + disputed + "/disputes").then().statusCode(201);

        LocalDate today = LocalDate.now();
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String teamLine = "teams.find { it.team == '" + team + "' }.";
        String aLine = "agents.find { it.agent == '" + a + "' }.";
        // The team: 100, 70 and 0 → mean 56.67; b's failed gate is a critical failure; a raised one dispute.
        for (String[] report : new String[][]{{"daily", "date", today.toString()}, {"weekly", "week", week},
                {"monthly", "month", YearMonth.now().toString()}}) {
            as("manager").queryParam(report[1], report[2]).get("/api/reports/" + report[0]).then().statusCode(200)
                    .body("kind", equalTo(report[0])).body("period.label", equalTo(report[2]))
                    .body(teamLine + "current.evaluations", equalTo(3)).body(teamLine + "current.meanScore", number(56.67))
                    .body(teamLine + "current.criticalFailures", equalTo(1)).body(teamLine + "current.disputes", equalTo(1))
                    .body(teamLine + "previous.evaluations", equalTo(0)).body(teamLine + "previous.meanScore", nullValue())
                    .body(teamLine + "change.evaluations", equalTo(3)).body(teamLine + "change.meanScore", nullValue())
                    .body(aLine + "current.evaluations", equalTo(2)).body(aLine + "current.meanScore", number(85))
                    .body(aLine + "team", equalTo(team)).body(aLine + "current.examsTaken", equalTo(0));
        }
        as("manager").queryParam("month", YearMonth.now().toString()).get("/api/reports/monthly").then()
                .body(aLine + "current.kpis.qaScore", number(85)).body(teamLine + "current.kpis.evaluations", nullValue());
        as("manager").queryParam("week", week).get("/api/reports/weekly").then()
                .body("previous.label", equalTo(String.format("%d-W%02d", today.minusWeeks(1).get(IsoFields.WEEK_BASED_YEAR),
                        today.minusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))))
                .body(aLine + "current.kpis.size()", equalTo(0));

        // The same numbers in a workbook, as a spreadsheet opens it.
        byte[] xlsx = as("manager").queryParam("week", week).queryParam("format", "xlsx").get("/api/reports/weekly")
                .then().statusCode(200).contentType(PeriodReportsResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet teams = book.getSheet("Teams");
            assertTrue(teams.getRow(0).getCell(0).getStringCellValue().startsWith("Weekly report " + week));
            Row header = teams.getRow(2);
            assertEquals("Evaluations " + week, header.getCell(1).getStringCellValue());
            Row row = null;
            for (Row r : teams) {
                if (r.getCell(0) != null && team.equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertEquals(3.0, row.getCell(1).getNumericCellValue());
            assertEquals(56.67, row.getCell(4).getNumericCellValue(), 1e-9);
            assertTrue(book.getSheet("Agents").getRow(2).getCell(0).getStringCellValue().equals("Agent"));
        }
        byte[] zh = as("manager").header("Accept-Language", "zh").queryParam("week", week).queryParam("format", "xlsx")
                .get("/api/reports/weekly").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            assertTrue(book.getSheet("小组").getRow(0).getCell(0).getStringCellValue().startsWith("周报 " + week));
        }

        // An agent sees only themselves; a lead only their team.
        as(a, "period-secret").queryParam("week", week).get("/api/reports/weekly").then().statusCode(200)
                .body("agents.agent", equalTo(List.of(a))).body("teams.team", equalTo(List.of(team)))
                .body("total.current.evaluations", equalTo(2));
        as("lead").queryParam("week", week).get("/api/reports/weekly").then().statusCode(200)
                .body("agents.agent", org.hamcrest.Matchers.not(hasItem(a)));
    }

    @Test
    void periodsAndFormatsAreChecked() {
        as("manager").get("/api/reports/daily").then().statusCode(200)
                .body("period.label", equalTo(LocalDate.now().minusDays(1).toString()));
        as("manager").get("/api/reports/monthly").then().statusCode(200)
                .body("period.label", equalTo(YearMonth.now().minusMonths(1).toString()));
        as("manager").queryParam("week", "2026-W60").get("/api/reports/weekly").then().statusCode(400)
                .body("errors.field", hasItem("week"));
        as("manager").queryParam("week", "2026-47").get("/api/reports/weekly").then().statusCode(400);
        as("manager").queryParam("month", "2026-13").get("/api/reports/monthly").then().statusCode(400)
                .body("errors.field", hasItem("month"));
        as("manager").queryParam("date", "yesterday").get("/api/reports/daily").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        as("manager").queryParam("format", "pdf").get("/api/reports/daily").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        as("manager").queryParam("week", "2020-W53").get("/api/reports/weekly").then().statusCode(200)
                .body("period.from", equalTo("2020-12-28"));
        as("manager").queryParam("week", "2021-W53").get("/api/reports/weekly").then().statusCode(400);
    }

    private static Map<String, Object> with(String item, Object value) {
        Map<String, Object> answers = new HashMap<>(TICKET_FULL);
        answers.put(item, value);
        return answers;
    }
}
