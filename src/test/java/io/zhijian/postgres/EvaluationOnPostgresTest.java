package io.zhijian.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The QA workflow's queries (sampling, queue ordering, JSON columns, disputes) on a real PostgreSQL 16. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EvaluationOnPostgresTest {

    @Test
    void aTicketIsSampledScoredDisputedAndRuledOnPostgres() {
        String csv = "ticket_no,type,content,created_at,agent\nPG-1,直派,客户要求改址,2026-07-02 10:00,agent1\n"
                + "PG-2,在线,查询运费,2026-07-03 10:00,agent1\n";
        as("qa").contentType("text/csv").body(csv.getBytes()).queryParam("format", "csv").post("/api/tickets/import")
                .then().statusCode(200).body("imported", equalTo(2));
        int plan = as("qa").contentType("application/json").body(Map.of("name", "七月", "period", "2026-07", "channels",
                List.of("TICKET"), "perAgent", 1, "inspectors", List.of("qa"), "seed", 7)).post("/api/qa/plans")
                .then().statusCode(201).extract().path("id");
        as("qa").post("/api/qa/plans/" + plan + "/run").then().statusCode(200).body("assigned", equalTo(1));
        int assignment = as("qa").get("/api/qa/queue").then().statusCode(200)
                .extract().path("find { it.planId == " + plan + " }.assignmentId");
        int id = as("qa").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(201)
                .extract().path("id");
        as("qa").contentType("application/json").body(Map.of("answers", Map.of("customer-info", 15, "classification", 30,
                        "business-content", 30, "other", 10, "procedure-followed", "yes", "feedback-matches", "yes",
                        "responsible-unit-correct", "yes"), "comments", Map.of("customer-info", "电话缺失")))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(200).body("total", equalTo(85));
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200);
        int dispute = as("agent1").contentType("application/json")
                .body(Map.of("items", List.of("customer-info"), "reason", "电话已记录")).post("/api/evaluations/" + id + "/disputes")
                .then().statusCode(201).extract().path("id");
        as("qa2").contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "记录中确无电话"))
                .post("/api/disputes/" + dispute + "/resolve").then().statusCode(200);
        as("agent1").get("/api/agents/agent1/evaluations").then().statusCode(200).body("id", hasItem(id))
                .body("find { it.id == " + id + " }.disputeStatus", equalTo("UPHELD"));
    }
}
