package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.evaluation.EvaluationApiTest.PROBLEM;
import static io.zhijian.evaluation.EvaluationApiTest.answers;
import static io.zhijian.evaluation.EvaluationApiTest.start;
import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chats go through the same workflow as calls and tickets: scoring, pinned comments, disputes, search, sampling. */
@QuarkusTest
public class ChatEvaluationApiTest {

    /** Every chat-quality item at its maximum; no ticket was needed (N/A). */
    public static final Map<String, Object> CHAT_QUALITY_FULL = Map.ofEntries(Map.entry("opening-closing-script", 8),
            Map.entry("standard-language", 10), Map.entry("written-expression", 10), Map.entry("attitude", 10),
            Map.entry("accuracy", 15), Map.entry("completeness", 10), Map.entry("guidance", 10), Map.entry("dispatch", "NA"),
            Map.entry("response-time", 12), Map.entry("customer-data-protected", "yes"));

    /** Imports one conversation of the agent on the day; the customer writes {@code word} (and a phone number). */
    public static String importChat(String agent, String day, String word) {
        String id = "CH-" + UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"externalId":"%s","agent":"%s","channel":"京东","customer":"买家","startedAt":"%sT09:00:00+08:00",
                 "messages":[{"at":"%sT09:00:05+08:00","from":"CUSTOMER","text":"我的%s三天没有更新"},
                             {"at":"%sT09:00:20+08:00","from":"AGENT","text":"您好，请稍等，我帮您查询"},
                             {"at":"%sT09:01:20+08:00","from":"AGENT","text":"已为您催促网点，再见"}]}"""
                .formatted(id, agent, day, day, word, day, day).replace("\n", " ");
        as("qa").contentType("application/json").body(json).post("/api/chats/import").then().statusCode(200)
                .body("imported", equalTo(1));
        return id;
    }

    public static long chatId(String externalId) {
        Number id = as("qa").queryParam("size", 200).get("/api/chats")
                .path("items.find { it.externalId == '" + externalId + "' }.id");
        return id.longValue();
    }

    @Test
    void aChatIsScoredWithCommentsPinnedToMessagesThenDisputedByItsAgent() {
        String external = importChat("agent1", "2026-11-18", "包裹");
        long chat = chatId(external);
        start("qa", "CHAT", external, "call-quality").then().statusCode(400).contentType(PROBLEM);
        Response started = start("qa", "CHAT", external, "chat-quality");
        started.then().statusCode(201).body("interactionType", equalTo("CHAT")).body("agent", equalTo("agent1"))
                .body("interactionId", equalTo((int) chat));
        int id = started.path("id");

        // A comment is pinned to a message by its number; the message's time is kept with it.
        Map<String, Object> pinned = new HashMap<>(Map.of("moments", List.of(Map.of("message", 2, "text", "开头语规范"))));
        as("qa").contentType("application/json").body(pinned).put("/api/evaluations/" + id + "/answers").then()
                .statusCode(200).body("moments[0].message", equalTo(2)).body("moments[0].text", equalTo("开头语规范"))
                .body("moments[0].at", number(20));
        as("qa").contentType("application/json").body(Map.of("moments", List.of(Map.of("message", 4, "text", "x"))))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("moments[0]"));
        as("qa").contentType("application/json").body(Map.of("moments", List.of(Map.of("at", 3, "text", "x"))))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(400).body("errors.field", hasItem("moments[0]"));
        as("qa").get("/api/evaluations/" + id).then().body("moments.size()", equalTo(1));

        answers("qa", id, CHAT_QUALITY_FULL, null).then().statusCode(200).body("total", equalTo(100));
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("qa").queryParam("channel", "CHAT").queryParam("agent", "agent1").get("/api/evaluations").then()
                .statusCode(200).body("items.id", hasItem(id));
        as("qa").queryParam("channel", "CALL").queryParam("agent", "agent1").queryParam("size", 200)
                .get("/api/evaluations").then().body("items.id", not(hasItem(id)));

        // The agent sees and disputes it; another agent does not see it.
        as("agent2").get("/api/evaluations/" + id).then().statusCode(404);
        as("agent1").get("/api/evaluations/" + id).then().statusCode(200).body("interactionLabel", equalTo(external));
        as("agent1").contentType("application/json").body(Map.of("items", List.of("attitude"), "reason", "客户没有再回复"))
                .post("/api/evaluations/" + id + "/disputes").then().statusCode(201).body("status", equalTo("OPEN"));

        // The conversation imported again (corrected) is updated in place and keeps its evaluation.
        String again = """
                {"externalId":"%s","agent":"agent1","channel":"京东","startedAt":"2026-11-18T09:00:00+08:00",
                 "messages":[{"at":"2026-11-18T09:00:05+08:00","from":"CUSTOMER","text":"我的包裹三天没有更新"},
                             {"at":"2026-11-18T09:00:20+08:00","from":"AGENT","text":"您好，请稍等"}]}""".formatted(external);
        as("qa").contentType("application/json").body(again.replace("\n", " ")).post("/api/chats/import").then()
                .statusCode(200).body("updated", equalTo(1)).body("imported", equalTo(0));
        as("qa").get("/api/evaluations/" + id).then().statusCode(200).body("interactionId", equalTo((int) chat))
                .body("total", equalTo(100));
        as("qa").get("/api/chats/" + chat).then().body("messages.size()", equalTo(2));

        // The evaluation page shows the conversation beside the form, the comment linked to its message.
        String page = Browser.signedInAs("agent1").acceptLanguage("zh").get("/evaluations/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"m-2\"") && page.contains("href=\"#m-2\"") && page.contains("开头语规范")
                && page.contains("在线会话") && page.contains("首次响应时长"), page);
    }

    @Test
    void aDraftOnThePagePinsACommentToAChosenMessage() {
        String external = importChat("agent2", "2026-11-17", "快件");
        int id = start("qa", "CHAT", external, "chat-quality").then().statusCode(201).extract().path("id");
        Browser qa = Browser.signedInAs("qa");
        String page = qa.get("/evaluations/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"pin-form\"") && page.contains("<option value=\"3\">"), page);
        qa.submit("/evaluations/" + id, "/evaluations/" + id + "/moments", Map.of("message", "3", "text", "结束语完整"))
                .then().statusCode(303);
        as("qa").get("/api/evaluations/" + id).then().body("moments[0].message", equalTo(3))
                .body("moments[0].at", number(80));
    }

    @Test
    void searchFindsAChatByWhatTheCustomerWroteAndItsScore() {
        String external = importChat("agent1", "2026-11-16", "冷链生鲜");
        long chat = chatId(external);
        Response found = null;
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            found = as("qa").queryParam("q", "冷链生鲜 speaker:customer channel:chat").get("/api/search");
        } while (!found.<List<Integer>>path("hits.id").contains((int) chat) && System.nanoTime() < until);
        found.then().statusCode(200).body("hits.find { it.id == " + chat + " }.type", equalTo("CHAT"))
                .body("hits.find { it.id == " + chat + " }.snippets[0].speaker", equalTo("CUSTOMER"));
        String snippet = found.path("hits.find { it.id == " + chat + " }.snippets[0].text");
        assertTrue(snippet.contains("<mark>"), snippet);
        // The agent never wrote it; a filter to the agent's side does not find it.
        as("qa").queryParam("q", "冷链生鲜 speaker:agent").get("/api/search").then().body("hits.id", not(hasItem((int) chat)));
        as("qa").queryParam("q", "冷链生鲜 channel:call").get("/api/search").then().body("hits.id", not(hasItem((int) chat)));
        as("qa").queryParam("q", "冷链生鲜 agent:agent1 date:2026-11").get("/api/search").then().body("hits.id", hasItem((int) chat));
        as("agent2").queryParam("q", "冷链生鲜").get("/api/search").then().body("hits.id", not(hasItem((int) chat)));
        String page = Browser.signedInAs("qa").acceptLanguage("zh").get("/search?q=冷链生鲜").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("href=\"/chats/" + chat + "\"") && page.contains("在线会话"), page);

        // Once scored, its total is searchable too.
        int id = start("qa", "CHAT", external, "chat-quality").then().statusCode(201).extract().path("id");
        answers("qa", id, CHAT_QUALITY_FULL, null).then().statusCode(200);
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200);
        until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            found = as("qa").queryParam("q", "冷链生鲜 score:>=100").get("/api/search");
        } while (!found.<List<Integer>>path("hits.id").contains((int) chat) && System.nanoTime() < until);
        assertTrue(found.<List<Integer>>path("hits.id").contains((int) chat), found.asString());
    }

    @Test
    void aPlanSamplesChatsWithCallsAndTicketsAndAChatCanBeCalibrated() {
        String team = as("admin").get("/api/users/agent1").path("team");
        for (int i = 1; i <= 3; i++) {
            importChat("agent1", "2027-02-0" + i, "包裹");
        }
        String ticket = EvaluationApiTest.importTicket("agent1", "2027-02-05 10:00");
        Map<String, Object> plan = new HashMap<>(Map.of("name", "二月全渠道抽检", "period", "2027-02", "teams", List.of(team),
                "channels", List.of("CALL", "TICKET", "CHAT"), "perAgent", 10, "minPerAgent", 1,
                "inspectors", List.of("qa3"), "seed", 7));
        int planId = as("qa").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(201)
                .body("scope.chatScorecard", equalTo("chat-quality")).extract().path("id");
        as("qa").post("/api/qa/plans/" + planId + "/run").then().statusCode(200).body("assigned", equalTo(4));
        List<String> types = as("qa3").get("/api/qa/queue").then().statusCode(200).extract()
                .path("findAll { it.planId == " + planId + " }.interactionType");
        assertEquals(3, types.stream().filter("CHAT"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("TICKET"::equals).count(), types.toString());
        int assignment = as("qa3").get("/api/qa/queue").then().extract()
                .path("find { it.planId == " + planId + " && it.interactionType == 'CHAT' }.assignmentId");
        as("qa3").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(201)
                .body("scorecardKey", equalTo("chat-quality")).body("interactionType", equalTo("CHAT"));
        as("qa").contentType("application/json").body(Map.of("name", "x", "period", "2027-02", "channels", List.of("EMAIL"),
                "perAgent", 1, "inspectors", List.of("qa"))).post("/api/qa/plans").then().statusCode(400)
                .body("errors.field", hasItem("channels"));
        as("qa").get("/api/tickets/" + ticket).then().statusCode(200);

        // Calibration works on a chat as on a call.
        String external = importChat("agent2", "2027-02-10", "包裹");
        as("qa").contentType("application/json").body(Map.of("interactionType", "CHAT", "interactionId", external,
                "scorecardKey", "chat-quality", "inspectors", List.of("qa", "qa2"))).post("/api/calibrations").then()
                .statusCode(201).body("interactionType", equalTo("CHAT"));
    }
}
