package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.zhijian.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * A week that has ended is read from memory by the reports (a year is 52 of them, not every evaluation), until one of
 * its evaluations changes: an amendment shows at once.
 */
@QuarkusTest
class PastWeeksApiTest {

    @Inject
    DataSource db;

    @Test
    void aPastWeekComesFromMemoryUntilOneOfItsEvaluationsIsAmended() throws Exception {
        String agent = io.zhijian.support.Api.newAgent("weeks", "周", "weeks-secret-1");
        submitTicketEvaluation(agent, ReportsApiTest.FULL, null);
        submitTicketEvaluation(agent, ReportsApiTest.with("customer-info", 0), Map.of("customer-info", "缺失"));
        List<Integer> ids = as("qa").queryParam("agent", agent).queryParam("maxTotal", 80).get("/api/evaluations")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items.id");
        int seventy = ids.get(0);
        int dispute = as(agent, "weeks-secret-1").contentType(ContentType.JSON)
                .body(Map.of("items", List.of("customer-info"), "reason", "客户信息已在备注中"))
                .post("/api/evaluations/" + seventy + "/disputes").then().statusCode(201).extract().path("id");

        // Two weeks later the week of the submissions has ended.
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> week = Map.of("agent", agent, "from", monday.toString(), "to", monday.plusDays(6).toString());
        TestClock.advance(Duration.ofDays(14));
        try {
            figures(week, 2, 85, List.of(0, 0, 0, 0, 0, 0, 0, 1, 0, 1), 1);

            // Changed behind the application's back, the ended week is still answered from memory.
            try (Connection c = db.getConnection();
                 PreparedStatement s = c.prepareStatement("update evaluations set total = 0 where id = ?")) {
                s.setLong(1, seventy);
                s.executeUpdate();
            }
            figures(week, 2, 85, List.of(0, 0, 0, 0, 0, 0, 0, 1, 0, 1), 1);

            // An amendment drops the week: read again from the database, with the amended total.
            as("qa2").contentType(ContentType.JSON).body(Map.of("outcome", "AMENDED",
                    "answers", Map.of("customer-info", 30), "reason", "备注中有客户信息"))
                    .post("/api/disputes/" + dispute + "/resolve").then().statusCode(200);
            figures(week, 2, 100, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 2), 0);
        } finally {
            TestClock.reset();
        }
    }

    private static void figures(Map<String, Object> week, int evaluations, int mean, List<Integer> bands,
                                int customerInfoFailures) {
        as("qa").queryParams(Map.of("from", week.get("from"), "to", week.get("to")))
                .get("/api/agents/" + week.get("agent") + "/summary").then().statusCode(200)
                .body("evaluations", equalTo(evaluations)).body("mean", equalTo(mean));
        as("lead").queryParams(week).get("/api/reports/trend").then().statusCode(200)
                .body("points.size()", equalTo(1)).body("points[0].evaluations", equalTo(evaluations))
                .body("points[0].mean", equalTo(mean));
        as("lead").queryParams(week).get("/api/reports/distribution").then().statusCode(200)
                .body("evaluations", equalTo(evaluations)).body("bands.evaluations", equalTo(bands));
        var failures = as("lead").queryParams(week).queryParam("by", "agent").get("/api/reports/item-failures").then()
                .statusCode(200);
        if (customerInfoFailures == 0) {
            failures.body("rows", empty());
        } else {
            failures.body("rows.find { it.item == 'customer-info' }.failures", equalTo(customerInfoFailures))
                    .body("rows.find { it.item == 'customer-info' }.evaluations", equalTo(evaluations));
        }
    }
}
