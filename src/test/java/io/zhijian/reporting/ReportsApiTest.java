package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** An agent's mean with its interval, and the trend, as the API gives them; who may see whose. */
@QuarkusTest
class ReportsApiTest {

    static final Map<String, Object> FULL = io.zhijian.performance.PerformanceApiTest.TICKET_FULL;

    static Map<String, Object> with(String item, int points) {
        Map<String, Object> answers = new HashMap<>(FULL);
        answers.put(item, points);
        return answers;
    }

    @Test
    void threeEvaluationsAreTooFewToTrustAndSaySo() {
        String agent = io.zhijian.support.Api.newAgent("rep", "报表", "report-secret");
        String summary = "/api/agents/" + agent + "/summary";
        as("qa").get(summary).then().statusCode(200).body("evaluations", equalTo(0)).body("mean", nullValue())
                .body("ci95", nullValue());
        submitTicketEvaluation(agent, FULL, null);
        as("qa").get(summary).then().statusCode(200).body("evaluations", equalTo(1)).body("mean", equalTo(100))
                .body("ci95", nullValue()).body("tooFewEvaluations", equalTo(true));
        submitTicketEvaluation(agent, with("customer-info", 0), Map.of("customer-info", "缺失"));
        submitTicketEvaluation(agent, with("customer-info", 15), Map.of("customer-info", "电话缺失"));
        // 100, 70, 85: mean 85, s = 15, s/√3 = 8.660, t(2) = 4.303 → ±37.26; ±5 needs 38 evaluations at s = 15.
        as("qa").get(summary).then().statusCode(200).body("evaluations", equalTo(3)).body("mean", equalTo(85))
                .body("ci95", equalTo(List.of(47.74f, 122.26f))).body("nNeeded", equalTo(38))
                .body("tooFewEvaluations", equalTo(true));
        // The agent's KPI page says the same in words.
        String page = io.zhijian.support.Browser.signedInAs("qa").acceptLanguage("en")
                .get("/kpis/" + java.time.YearMonth.now() + "/agents/" + agent).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("QA score 85 (95 % interval 47.74–122.26, from 3 evaluation(s))")
                && page.contains("too few evaluations") && page.contains("about 38"), page);
        String week = String.format("%d-W%02d", LocalDate.now().get(IsoFields.WEEK_BASED_YEAR),
                LocalDate.now().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        // The tickets were created on the 1st, but evaluations count by when they were submitted: this week.
        as("lead").queryParam("agent", agent).get("/api/reports/trend").then().statusCode(200)
                .body("by", equalTo("week")).body("points.period", equalTo(List.of(week)))
                .body("points[0].evaluations", equalTo(3)).body("points[0].ci95", equalTo(List.of(47.74f, 122.26f)));
        as("manager").queryParam("by", "month").queryParam("team", "A组").get("/api/reports/trend").then().statusCode(200)
                .body("points.period", hasItem(LocalDate.now().toString().substring(0, 7)));

        // The histogram of the same three: one each in 70–79, 80–89 and 90–100; no critical failure.
        as("lead").queryParam("agent", agent).get("/api/reports/distribution").then().statusCode(200)
                .body("evaluations", equalTo(3)).body("criticalFailures", equalTo(0))
                .body("bands.evaluations", equalTo(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1)))
                .body("bands[9].range", equalTo("90–100"));
        as("agent2").queryParam("agent", agent).get("/api/reports/distribution").then().statusCode(404);

        // Who sees whose: the agent themself, their lead, QA and managers; another agent gets 404.
        as(agent, "report-secret").get(summary).then().statusCode(200);
        as("agent2").get(summary).then().statusCode(404).contentType("application/problem+json");
        as("agent2").queryParam("agent", agent).get("/api/reports/trend").then().statusCode(404);
        // Bad input: 400 naming the field.
        as("qa").queryParam("from", "2026-13-01").get(summary).then().statusCode(400).body("errors.field", hasItem("from"));
        as("qa").queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get(summary).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as("qa").queryParam("by", "day").get("/api/reports/trend").then().statusCode(400).body("errors.field", hasItem("by"));
    }
}
