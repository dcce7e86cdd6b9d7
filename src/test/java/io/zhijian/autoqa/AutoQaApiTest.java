package io.zhijian.autoqa;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskModelResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auto-QA as a new user meets it: a Vosk-transcribed call and imported tickets get suggestions with evidence. */
@QuarkusTest
@QuarkusTestResource(VoskModelResource.class)
class AutoQaApiTest {

    static final String CALL_RULES = """
            key: auto-call-test
            names: {zh: 自动质检测试, en: Auto-QA test}
            appliesTo: [CALL]
            sections:
              - key: main
                names: {zh: 主要, en: Main}
                items:
                  - key: opening
                    names: {zh: 开头结束语, en: Opening and closing}
                    type: LEVELS
                    maxPoints: 8
                    levels:
                      - {points: 8, description: {zh: 完整, en: Complete}}
                      - {points: 4, description: {zh: 不完整, en: Incomplete}}
                      - {points: 0, description: {zh: 无, en: None}}
                    auto:
                      - answer: 8
                        when:
                          allOf:
                            - {said: [alpha], first: 1s}
                            - {said: [charlie, goodbye], last: 2s}
                      - answer: 0
                        when:
                          allOf:
                            - {notSaid: [alpha], first: 1s}
                            - {notSaid: [charlie, goodbye], last: 2s}
                      - answer: 4
                  - key: no-bravo
                    names: {zh: 忌语, en: No forbidden word}
                    type: YES_NO
                    maxPoints: 2
                    auto:
                      - answer: 'no'
                        when: {said: [bravo]}
                      - answer: 'yes'
                  - key: patience
                    names: {zh: 耐心, en: Patience}
                    type: LEVELS
                    maxPoints: 5
                    levels:
                      - {points: 5, description: {zh: 耐心, en: Patient}}
                      - {points: 0, description: {zh: 抢话, en: Talks over}}
                    auto:
                      - answer: 0
                        when: {metric: {name: agentInterruptions, min: 1}}
                      - answer: 5
            """;

    static JsonPath result(JsonPath body, String scorecard) {
        List<Map<String, Object>> results = body.getList("results");
        for (int i = 0; i < results.size(); i++) {
            if (scorecard.equals(results.get(i).get("scorecardKey"))) {
                return new JsonPath(body.prettify()).setRootPath("results[" + i + "]");
            }
        }
        throw new AssertionError("no result of " + scorecard + " in " + body.prettify());
    }

    static Map<String, Object> item(JsonPath result, String itemKey) {
        List<Map<String, Object>> items = result.getList("items");
        return items.stream().filter(i -> itemKey.equals(i.get("itemKey"))).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion for " + itemKey + " in " + items));
    }

    @Test
    void aStereoCallTranscribedByVoskGetsSuggestionsPointingAtTheAgentsWords() {
        as("trainer").contentType("application/yaml").body(CALL_RULES).post("/api/scorecards").then().statusCode(201);
        // Agent (right channel): "alpha" at 0.2–0.8 s, "charlie" at 2.3–2.9 s; customer: "bravo" at 1.6–2.6 s.
        short[] agent = TestAudio.channel(8000, List.of(silence(0.2), tone(0, 0.6), silence(1.5), tone(2, 0.6), silence(1.2)));
        short[] customer = TestAudio.channel(8000, List.of(silence(1.6), tone(1, 1.0), silence(1.5)));
        int call = as("qa").multiPart("audio", "call.wav", TestAudio.wav(8000, TestAudio.Encoding.PCM16, customer, agent), "audio/wav")
                .multiPart("meta", """
                        {"externalId": "auto-%s", "agent": "agent1", "startedAt": "2026-03-02T09:30:00+08:00",
                         "direction": "IN", "customerNumber": "13812345678", "language": "en", "agentChannel": "RIGHT"}"""
                        .formatted(UUID.randomUUID()), "application/json")
                .post("/api/calls").then().statusCode(201).extract().path("id");
        awaitTranscript(call);

        JsonPath body = as("qa").get("/api/calls/" + call + "/auto-qa").then().statusCode(200).extract().jsonPath();
        JsonPath result = result(body, "auto-call-test");
        Map<String, Object> opening = item(result, "opening");
        assertEquals("8", opening.get("answer"));
        assertEquals(1, opening.get("rule"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) opening.get("evidence");
        assertEquals("AGENT", evidence.get(0).get("speaker"));
        assertEquals("alpha", evidence.get(0).get("text"));
        assertEquals(0.2, ((Number) evidence.get(0).get("start")).doubleValue(), 0.1, "the second the agent said it");
        assertEquals(2.3, ((Number) evidence.get(1).get("start")).doubleValue(), 0.1);
        // The customer said "bravo": not held against the agent.
        Map<String, Object> bravo = item(result, "no-bravo");
        assertEquals("yes", bravo.get("answer"));
        assertEquals(2, bravo.get("rule"));
        // The agent's "charlie" starts while the customer is still speaking.
        Map<String, Object> patience = item(result, "patience");
        assertEquals("0", patience.get("answer"));
        @SuppressWarnings("unchecked")
        Map<String, Object> interruptions = ((List<Map<String, Object>>) patience.get("evidence")).get(0);
        assertEquals("agentInterruptions", interruptions.get("metric"));
        assertEquals(1.0, ((Number) interruptions.get("value")).doubleValue());
        // 8 + 2 + 0 of 15.
        assertEquals(66.67, result.getDouble("total"), 0.01);

        as("agent1").get("/api/calls/" + call + "/auto-qa").then().statusCode(403);
        as("qa").get("/api/calls/99999999/auto-qa").then().statusCode(404);
    }

    static void awaitTickets(String q, List<String> expected) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> found = null;
        while (System.nanoTime() < until) {
            found = as("qa").queryParam("q", q).queryParam("size", 50).get("/api/search").then().statusCode(200)
                    .extract().path("hits.ticketNo");
            if (found.stream().sorted().toList().equals(expected)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(q + " found " + found + ", expected " + expected);
    }

    /** The agreement reads stored results: wait until the worker has stored everything queued. */
    static void awaitNothingQueued() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (as("qa").get("/api/auto-qa/runs").then().statusCode(200).extract().<Integer>path("queued") > 0) {
            assertTrue(System.nanoTime() < until, "auto-QA work still queued");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static void awaitTranscript(int call) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            String status = as("qa").get("/api/calls/" + call).then().statusCode(200).extract().path("transcription.status");
            if ("DONE".equals(status)) {
                return;
            }
            assertFalse("FAILED".equals(status));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("call " + call + " was not transcribed");
    }

    @Test
    void importedTicketsGetSuggestionsNamingTheirFields() {
        String csv = """
                工单号,类型,类型细分,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,反馈内容,创建时间,反馈时间,agent
                AQ-1,直派,投递延误,北京投递部,张三,北京市朝阳区,13812345678,华北,包裹未到,已送达,2026-03-01 09:00,2026-03-01 10:30,agent1
                AQ-2,直派,投递延误,北京投递部,李四,北京市海淀区,,华北,包裹未到,已送达,2026-03-01 09:00,2026-03-01 12:30,agent1
                AQ-3,协查,,,王五,上海市,12345,华东,查询,,2026-03-01 09:00,,agent1
                """;
        as("qa").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(200);

        JsonPath complete = result(as("qa").get("/api/tickets/AQ-1/auto-qa").then().statusCode(200).extract().jsonPath(),
                "ticket-quality");
        assertEquals("30", item(complete, "customer-info").get("answer"));
        assertEquals("30", item(complete, "classification").get("answer"));
        Map<String, Object> timely = item(complete, "other");
        assertEquals("10", timely.get("answer"));
        assertTrue(timely.get("evidence").toString().contains("feedback_at"), timely.toString());
        assertEquals(100.0, complete.getDouble("total"), 1e-9);

        JsonPath noPhone = result(as("qa").get("/api/tickets/AQ-2/auto-qa").then().statusCode(200).extract().jsonPath(),
                "ticket-quality");
        Map<String, Object> info = item(noPhone, "customer-info");
        assertEquals("15", info.get("answer"));
        assertEquals(List.of(Map.of("field", "customer_phone")), info.get("evidence"), "names the missing field");
        assertEquals("5", item(noPhone, "other").get("answer"), "feedback after 3.5 h");
        assertTrue(item(noPhone, "other").get("evidence").toString().contains("feedback_at"), "the late time is shown");

        JsonPath partial = result(as("lead").get("/api/tickets/AQ-3/auto-qa").then().statusCode(200).extract().jsonPath(),
                "ticket-quality");
        assertEquals("15", item(partial, "classification").get("answer"));
        Map<String, Object> badPhone = item(partial, "customer-info");
        assertEquals("15", badPhone.get("answer"));
        assertEquals(List.of(Map.of("field", "customer_phone", "value", "***45")), badPhone.get("evidence"),
                "masked for a team lead");
        assertEquals(List.of(Map.of("field", "customer_phone", "value", "12345")),
                item(result(as("qa").get("/api/tickets/AQ-3/auto-qa").then().extract().jsonPath(), "ticket-quality"),
                        "customer-info").get("evidence"), "in full for QA");
        assertFalse(partial.getList("items.itemKey").contains("other"), "no timing rule for 协查");

        // Search finds tickets by their auto result once the index has caught up.
        awaitTickets("auto:customer-info AND ticket:AQ-*", List.of("AQ-2", "AQ-3"));
        awaitTickets("autoTotal:<100 AND ticket:AQ-*", List.of("AQ-2", "AQ-3"));
        awaitTickets("autoTotal:100 AND ticket:AQ-*", List.of("AQ-1"));
        as("qa").queryParam("q", "autoTotal:[a TO b]").get("/api/search").then().statusCode(400);

        as("agent1").get("/api/tickets/AQ-1/auto-qa").then().statusCode(403);
        as("qa").get("/api/tickets/NO-SUCH/auto-qa").then().statusCode(404);
        assertNotNull(as("qa").get("/api/auto-qa/runs").then().statusCode(200).extract().path("runs"));
        as("agent1").get("/api/auto-qa/runs").then().statusCode(403);
    }

    static final String AGREEMENT_RULES = """
            key: agree-test
            names: {zh: 一致性测试, en: Agreement test}
            appliesTo: [TICKET]
            sections:
              - key: main
                names: {zh: 主要, en: Main}
                items:
                  - key: phone
                    names: {zh: 电话, en: Phone}
                    type: YES_NO
                    maxPoints: 10
                    auto:
                      - answer: 'no'
                        when: {field: {name: customer_phone, missing: true}}
                      - answer: 'yes'
                  - key: unit
                    names: {zh: 责任单位, en: Unit}
                    type: LEVELS
                    maxPoints: 10
                    levels:
                      - {points: 10, description: {zh: 有, en: Given}}
                      - {points: 0, description: {zh: 无, en: Missing}}
                    auto:
                      - answer: 0
                        when: {field: {name: responsible_unit, missing: true}}
                      - answer: 10
                  - key: no-rules
                    names: {zh: 无规则, en: No rules}
                    type: YES_NO
                    maxPoints: 5
            """;

    @Test
    void inspectorsTakeSuggestionsAndTheAgreementTableCountsThem() {
        as("trainer").contentType("application/yaml").body(AGREEMENT_RULES).post("/api/scorecards").then().statusCode(201);
        String csv = """
                工单号,类型,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,创建时间,agent
                AG-1,协查,北京投递部,张三,北京,13812345678,华北,内容,2026-03-01 09:00,agent1
                AG-2,协查,北京投递部,李四,北京,,华北,内容,2026-03-01 09:00,agent1
                AG-3,协查,,王五,北京,,华北,内容,2026-03-01 09:00,agent1
                AG-4,协查,北京投递部,赵六,北京,13812345679,华北,内容,2026-03-01 09:00,agent1
                """;
        as("qa").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(200);
        // Inspector answers: [phone, unit]; the rules suggest yes/10, no/10, no/0, yes/10.
        String[][] answers = {{"yes", "10"}, {"no", "0"}, {"yes", "0"}, {"yes", "10"}};
        for (int t = 0; t < 4; t++) {
            String no = "AG-" + (t + 1);
            int id = as("qa").contentType("application/json")
                    .body(Map.of("interactionType", "TICKET", "interactionId", no, "scorecardKey", "agree-test"))
                    .post("/api/evaluations").then().statusCode(201).extract().path("id");
            Map<String, Object> body = Map.of("answers", Map.of("phone", answers[t][0], "unit", Integer.parseInt(answers[t][1]),
                    "no-rules", "yes"), "suggestionsTaken", List.of("phone", "unit"));
            List<String> taken = as("qa").contentType("application/json").body(body).put("/api/evaluations/" + id + "/answers")
                    .then().statusCode(200).extract().path("suggestionsTaken");
            // Recorded only where the answer is the suggestion.
            List<String> expected = switch (t) {
                case 0, 3 -> List.of("phone", "unit");
                case 1 -> List.of("phone");
                default -> List.of("unit");
            };
            assertEquals(expected, taken, no);
            if (t == 0) {
                // Changed by hand afterwards: no longer taken.
                as("qa").contentType("application/json").body(Map.of("answers", Map.of("unit", 0)))
                        .put("/api/evaluations/" + id + "/answers").then().statusCode(200)
                        .body("suggestionsTaken", org.hamcrest.Matchers.equalTo(List.of("phone")));
                as("qa").contentType("application/json").body(Map.of("answers", Map.of("unit", 10), "suggestionsTaken", List.of("unit")))
                        .put("/api/evaluations/" + id + "/answers").then().statusCode(200)
                        .body("suggestionsTaken", org.hamcrest.Matchers.equalTo(List.of("phone", "unit")));
            }
            as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200)
                    .body("suggestionsTaken", org.hamcrest.Matchers.equalTo(expected));
        }

        awaitNothingQueued();
        JsonPath agreement = as("trainer").get("/api/scorecards/agree-test/auto-agreement").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("phone", "unit"), agreement.getList("items.itemKey"), "items with rules only");
        // phone: (yes,yes) (no,no) (no,yes) (yes,yes): po 0.75, pe 0.5·0.75 + 0.5·0.25 = 0.5, kappa 0.5.
        assertEquals(4, agreement.getInt("items[0].compared"));
        assertEquals(3, agreement.getInt("items[0].agreed"));
        assertEquals(0.5, agreement.getDouble("items[0].kappa"), 1e-9);
        assertEquals(List.of("yes", "no"), agreement.getList("items[0].categories"));
        assertEquals(List.of(List.of(2, 0), List.of(1, 1)), agreement.getList("items[0].confusion"));
        // unit: (10,10) (10,0) (0,0) (10,10): po 0.75, pe 0.75·0.5 + 0.25·0.5 = 0.5, kappa 0.5.
        assertEquals(3, agreement.getInt("items[1].agreed"));
        assertEquals(0.5, agreement.getDouble("items[1].kappa"), 1e-9);
        assertEquals(List.of("10", "0"), agreement.getList("items[1].categories"));
        assertEquals(List.of(List.of(2, 1), List.of(0, 1)), agreement.getList("items[1].confusion"));

        as("agent1").get("/api/scorecards/agree-test/auto-agreement").then().statusCode(403);
        as("trainer").get("/api/scorecards/no-such-card/auto-agreement").then().statusCode(404);
    }

    @Test
    void aSamplingPlanTakesItsFlaggedShareFromAutoQaFlags() {
        as("trainer").contentType("application/yaml").body(AGREEMENT_RULES.replace("agree-test", "flag-test"))
                .post("/api/scorecards").then().statusCode(201);
        StringBuilder csv = new StringBuilder("工单号,类型,责任单位,客户姓名,地址,联系电话,所属区域,业务内容,创建时间,agent\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("AF-").append(i).append(",协查,北京投递部,张三,北京,").append(i <= 2 ? "" : "1381234567" + i)
                    .append(",华北,内容,2025-02-0").append(i).append(" 09:00,agent2\n");
        }
        as("qa").contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8)).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(200);
        awaitNothingQueued();
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("name", "风险抽检", "period", "2025-02",
                "channels", List.of("TICKET"), "perAgent", 2, "inspectors", List.of("qa"), "seed", 7,
                "ticketScorecard", "flag-test", "flaggedShare", 1.0, "flagItems", List.of("phone")));
        Map<String, Object> bad = new java.util.HashMap<>(plan);
        bad.put("flaggedShare", 1.5);
        bad.put("flagItems", List.of("nope"));
        as("qa").contentType("application/json").body(bad).post("/api/qa/plans").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("flaggedShare", "flagItems"));

        int id = as("qa").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(201)
                .body("scope.flaggedShare", io.zhijian.support.Api.number(1.0)).extract().path("id");
        as("qa").post("/api/qa/plans/" + id + "/run").then().statusCode(200).body("flaggedPicked", org.hamcrest.Matchers.equalTo(2))
                .body("agents.find { it.agent == 'agent2' }.picked", org.hamcrest.Matchers.equalTo(2));
        List<String> picked = as("qa").get("/api/qa/queue").then().statusCode(200).extract()
                .path("findAll { it.planId == " + id + " }.interactionLabel");
        assertEquals(List.of("AF-1", "AF-2"), picked.stream().sorted().toList(), "both picks are the flagged tickets");

        plan.put("flaggedShare", 0.5);
        plan.put("perAgent", 4);
        int half = as("qa").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(201)
                .extract().path("id");
        as("qa").post("/api/qa/plans/" + half + "/run").then().statusCode(200)
                .body("agents.find { it.agent == 'agent2' }.picked", org.hamcrest.Matchers.equalTo(4));
        List<String> mixed = as("qa").get("/api/qa/queue").then().extract().path("findAll { it.planId == " + half + " }.interactionLabel");
        assertTrue(mixed.containsAll(List.of("AF-1", "AF-2")), "half of four from the two flagged: " + mixed);
    }
}
