package io.zhijian.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Chats on PostgreSQL 16: the batched import and its update, the stored messages, an evaluation and a sample. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ChatOnPostgresTest {

    private static final String CHAT = """
            {"externalId":"PG-CHAT-1","agent":"agent1","channel":"官网","customer":"访客","startedAt":"2024-04-02 10:00:00",
             "satisfaction":3,"messages":[{"at":"2024-04-02 10:00:10","from":"客户","text":"想改地址"},
                                          {"at":"2024-04-02 10:00:40","from":"客服","text":"您好，请提供单号"}]}""";

    @Test
    void aChatIsImportedUpdatedScoredAndSampledOnPostgres() {
        as("qa").contentType("application/json").body(CHAT.replace("\n", " ")).post("/api/chats/import").then()
                .statusCode(200).body("imported", equalTo(1));
        as("qa").contentType("application/json").body(CHAT.replace("\n", " ").replace("\"satisfaction\":3", "\"satisfaction\":5"))
                .post("/api/chats/import").then().statusCode(200).body("updated", equalTo(1));
        Number id = as("qa").get("/api/chats").path("items.find { it.externalId == 'PG-CHAT-1' }.id");
        as("agent1").get("/api/chats/" + id).then().statusCode(200).body("satisfaction", equalTo(5))
                .body("messages[1].text", equalTo("您好，请提供单号")).body("metrics.firstResponseSeconds", number(30));
        int evaluation = as("qa").contentType("application/json").body(Map.of("interactionType", "CHAT", "interactionId",
                "PG-CHAT-1", "scorecardKey", "chat-quality")).post("/api/evaluations").then().statusCode(201)
                .extract().path("id");
        as("qa").contentType("application/json").body(Map.of("moments", List.of(Map.of("message", 2, "text", "问候规范"))))
                .put("/api/evaluations/" + evaluation + "/answers").then().statusCode(200).body("moments[0].at", number(40));
        int plan = as("qa").contentType("application/json").body(Map.of("name", "PG chats", "period", "2024-04",
                "channels", List.of("CHAT"), "perAgent", 5, "inspectors", List.of("qa"), "seed", 1))
                .post("/api/qa/plans").then().statusCode(201).extract().path("id");
        as("qa").post("/api/qa/plans/" + plan + "/run").then().statusCode(200).body("assigned", equalTo(1));
        as("qa").get("/api/qa/queue").then().body("findAll { it.planId == " + plan + " }.interactionType", hasItem("CHAT"));
    }
}
