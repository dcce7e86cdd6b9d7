package io.zhijian.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto-QA on PostgreSQL 16: the queue claimed with SKIP LOCKED, results replaced with an array of ids, the flags
 * sampling and search select on, and the agreement.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AutoQaOnPostgresTest {

    @Test
    void ticketsGetResultsThatSamplingAndTheAgreementReadOnPostgres() throws InterruptedException {
        String csv = """
                工单号,类型,类型细分,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,创建时间,反馈时间,agent
                PG-AQ-1,直派,投递延误,北京投递部,张三,北京,13812345678,华北,内容,2024-05-01 09:00,2024-05-01 10:00,agent1
                PG-AQ-2,直派,投递延误,北京投递部,李四,北京,,华北,内容,2024-05-02 09:00,2024-05-02 13:00,agent1
                """;
        as("qa").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(200).body("imported", equalTo(2));
        long until = System.nanoTime() + 20_000_000_000L;
        while (as("qa").get("/api/auto-qa/runs").then().statusCode(200).extract().<Integer>path("queued") > 0) {
            assertTrue(System.nanoTime() < until, "the worker never drained the queue");
            Thread.sleep(100);
        }
        String info = "results.find { it.scorecardKey == 'ticket-quality' }.items.find { it.itemKey == 'customer-info' }";
        as("qa").get("/api/tickets/PG-AQ-1/auto-qa").then().statusCode(200).body(info + ".answer", equalTo("30"));
        as("lead").get("/api/tickets/PG-AQ-2/auto-qa").then().statusCode(200).body(info + ".answer", equalTo("15"))
                .body(info + ".evidence[0].field", equalTo("customer_phone"));

        int plan = as("qa").contentType("application/json").body(Map.of("name", "PG flags", "period", "2024-05",
                "channels", List.of("TICKET"), "perAgent", 1, "inspectors", List.of("qa"), "seed", 3,
                "flaggedShare", 1, "flagItems", List.of("customer-info"))).post("/api/qa/plans").then().statusCode(201)
                .extract().path("id");
        as("qa").post("/api/qa/plans/" + plan + "/run").then().statusCode(200).body("flaggedPicked", equalTo(1));
        as("qa").get("/api/qa/queue").then().body("find { it.planId == " + plan + " }.interactionLabel", equalTo("PG-AQ-2"));

        int evaluation = as("qa").contentType("application/json").body(Map.of("interactionType", "TICKET",
                "interactionId", "PG-AQ-2", "scorecardKey", "ticket-quality")).post("/api/evaluations").then()
                .statusCode(201).extract().path("id");
        as("qa").contentType("application/json").body(Map.of("answers", Map.of("customer-info", 15),
                "suggestionsTaken", List.of("customer-info"))).put("/api/evaluations/" + evaluation + "/answers").then()
                .statusCode(200).body("suggestionsTaken", equalTo(List.of("customer-info")));
        as("trainer").get("/api/scorecards/ticket-quality/auto-agreement").then().statusCode(200)
                .body("items.itemKey", org.hamcrest.Matchers.hasItem("customer-info"));
    }
}
