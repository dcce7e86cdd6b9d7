package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An inspector's assignments, evaluations and disputes as the report counts them (differences, as tests share data). */
@QuarkusTest
class InspectorReportApiTest {

    static long figure(String inspector, String name) {
        JsonPath json = as("manager").get("/api/reports/inspectors").then().statusCode(200).extract().jsonPath();
        Number value = json.get("rows.find { it.inspector == '" + inspector + "' }." + name);
        return value == null ? 0 : value.longValue();
    }

    @Test
    void assignmentsDoneEvaluationsAndDisputesAreCounted() {
        String team = "质检报表组" + UUID.randomUUID().toString().substring(0, 4);
        String agent = "insp." + UUID.randomUUID().toString().substring(0, 6);
        as("admin").contentType(ContentType.JSON).body(Map.of("name", team)).post("/api/teams").then().statusCode(201);
        as("admin").contentType(ContentType.JSON).body(Map.of("username", agent, "displayName", "报表 " + agent,
                "password", "insp-secret-1", "roles", List.of("AGENT"), "team", team)).post("/api/users").then().statusCode(201);
        String ticket = "INSP-" + UUID.randomUUID().toString().substring(0, 8);
        as("qa").contentType("text/csv").body(("ticket_no,type,content,created_at,agent\n" + ticket + ",直派,改址,"
                + LocalDate.now() + " 09:00," + agent + "\n").getBytes()).post("/api/tickets/import").then().statusCode(200);
        long assigned = figure("qa2", "assigned");
        long done = figure("qa2", "done");
        long evaluations = figure("qa2", "evaluations");
        long disputes = figure("qa2", "disputes");
        long upheld = figure("qa2", "upheld");

        int plan = as("qa").contentType(ContentType.JSON).body(Map.of("name", "报表 " + team, "period",
                        YearMonth.now().toString(), "teams", List.of(team), "channels", List.of("TICKET"), "perAgent", 1,
                        "inspectors", List.of("qa2"), "seed", 3)).post("/api/qa/plans")
                .then().statusCode(201).extract().path("id");
        as("qa").post("/api/qa/plans/" + plan + "/run").then().statusCode(200).body("assigned", equalTo(1));
        assertEquals(assigned + 1, figure("qa2", "assigned"));
        assertEquals(done, figure("qa2", "done"));

        int assignment = as("qa2").get("/api/qa/queue").then().statusCode(200)
                .extract().path("find { it.planId == " + plan + " }.assignmentId");
        int id = as("qa2").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(201).extract().path("id");
        as("qa2").contentType(ContentType.JSON).body(Map.of("answers", io.zhijian.performance.PerformanceApiTest.TICKET_FULL))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(200);
        as("qa2").post("/api/evaluations/" + id + "/submit").then().statusCode(200);
        assertEquals(done + 1, figure("qa2", "done"));
        assertEquals(evaluations + 1, figure("qa2", "evaluations"));

        int dispute = as(agent, "insp-secret-1").contentType(ContentType.JSON)
                .body(Map.of("items", List.of("other"), "reason", "已回访")).post("/api/evaluations/" + id + "/disputes")
                .then().statusCode(201).extract().path("id");
        as("qa").contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "维持"))
                .post("/api/disputes/" + dispute + "/resolve").then().statusCode(200);
        assertEquals(disputes + 1, figure("qa2", "disputes"));
        assertEquals(upheld + 1, figure("qa2", "upheld"));

        as("agent1").get("/api/reports/inspectors").then().statusCode(403);
        as("lead").get("/api/reports/inspectors").then().statusCode(403);
    }
}
