package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.TestAudio;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.TestAudio.Part.uniqueSilence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation workflow through the API: scoring, submission, revisions, acknowledgement and disputes. */
@QuarkusTest
public class EvaluationApiTest {

    static final String PROBLEM = "application/problem+json";

    /** Every call-quality item at its maximum. */
    static final Map<String, Object> CALL_QUALITY_FULL = Map.ofEntries(Map.entry("opening-closing-script", 8),
            Map.entry("articulation", 6), Map.entry("speech-rate", 5), Map.entry("tone", 5),
            Map.entry("standard-language", 6), Map.entry("patience", 5), Map.entry("emotion-control", 5),
            Map.entry("listening", 5), Map.entry("expression", 5), Map.entry("responsiveness", 5),
            Map.entry("guidance", 5), Map.entry("product-knowledge", 10), Map.entry("process-fluency", 5),
            Map.entry("independent-handling", 5), Map.entry("call-acceptance", 10), Map.entry("operating-procedure", 10));

    public static int uploadCall(String agent) {
        byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000,
                List.of(tone(0, 0.3), uniqueSilence())));
        Map<String, Object> meta = new HashMap<>(Map.of("externalId", "ev-" + UUID.randomUUID(), "agent", agent,
                "startedAt", "2026-11-03 10:00", "language", "en"));
        return as("qa").multiPart("audio", "c.wav", wav, "audio/wav")
                .multiPart("meta", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(meta).toString(),
                        "application/json").post("/api/calls").then().statusCode(201).extract().path("id");
    }

    public static String importTicket(String agent, String createdAt) {
        String no = "EV-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "ticket_no,type,content,customer_phone,created_at,agent\n" + no + ",协查,客户查询包裹,13812345678,"
                + createdAt + "," + agent + "\n";
        as("qa").contentType("text/csv").body(csv.getBytes()).queryParam("format", "csv").post("/api/tickets/import")
                .then().statusCode(200).body("imported", equalTo(1));
        return no;
    }

    static Response start(String user, String type, Object id, String scorecard) {
        return as(user).contentType("application/json")
                .body(Map.of("interactionType", type, "interactionId", String.valueOf(id), "scorecardKey", scorecard))
                .post("/api/evaluations");
    }

    static Response answers(String user, int id, Map<String, ?> answers, Map<String, String> comments) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (comments != null) {
            body.put("comments", comments);
        }
        return as(user).contentType("application/json").body(body).put("/api/evaluations/" + id + "/answers");
    }

    /** A submitted call-quality evaluation of a new call of the agent, scored by the given inspector. */
    static int submittedCallEvaluation(String inspector, String agent) {
        int call = uploadCall(agent);
        int id = start(inspector, "CALL", call, "call-quality").then().statusCode(201).extract().path("id");
        answers(inspector, id, CALL_QUALITY_FULL, null).then().statusCode(200);
        as(inspector).post("/api/evaluations/" + id + "/submit").then().statusCode(200);
        return id;
    }

    @Test
    void aCallIsScoredWithAutosaveLiveTotalRequiredCommentsAndSubmitOnce() {
        int call = uploadCall("agent1");
        Response started = start("qa", "CALL", call, "call-quality");
        started.then().statusCode(201).header("Location", containsString("/api/evaluations/"))
                .body("status", equalTo("DRAFT")).body("scorecardVersion", notNullValue())
                .body("agent", equalTo("agent1")).body("interactionType", equalTo("CALL"))
                .body("total", nullValue());
        int id = started.path("id");
        start("qa", "CALL", call, "call-quality").then().statusCode(409).contentType(PROBLEM)
                .body("existingEvaluationId", equalTo(id));

        // Autosave merges: two saves of different items keep both; the live total follows.
        answers("qa", id, Map.of("opening-closing-script", 8), null).then().statusCode(200)
                .body("answers.opening-closing-script", equalTo(8)).body("total", equalTo(100))
                .body("breakdown.unanswered", hasItem("patience"));
        answers("qa", id, Map.of("articulation", 3), Map.of("articulation", "语速偏快")).then().statusCode(200)
                .body("answers.opening-closing-script", equalTo(8)).body("answers.articulation", equalTo(3))
                .body("comments.articulation", equalTo("语速偏快")).body("total", equalTo(78.57f));

        // Out of range names the item and changes nothing.
        answers("qa", id, Map.of("articulation", 4), null).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answers.articulation"));
        answers("qa", id, Map.of("no-such-item", 1), null).then().statusCode(400)
                .body("errors.field", hasItem("answers.no-such-item"));
        as("qa").get("/api/evaluations/" + id).then().body("answers.articulation", equalTo(3));

        // Submitting with unanswered items is refused, naming them.
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(400)
                .body("errors.field", hasItem("answers.patience"));
        Map<String, Object> rest = new HashMap<>(CALL_QUALITY_FULL);
        rest.put("articulation", 3);
        rest.put("product-knowledge", 5);
        answers("qa", id, rest, null).then().statusCode(200);
        // product-knowledge below max needs a comment.
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(400)
                .body("errors.field", hasItem("comments.product-knowledge"));
        answers("qa", id, Map.of(), Map.of("product-knowledge", "资费说明有误")).then().statusCode(200);
        // Another inspector may not submit it.
        as("qa2").post("/api/evaluations/" + id + "/submit").then().statusCode(403);
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(1)).body("total", equalTo(92)).body("breakdown.sections.size()", equalTo(6))
                .body("revisions.size()", equalTo(1)).body("disputeDeadline", notNullValue());
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(409).contentType(PROBLEM);
        answers("qa", id, Map.of("articulation", 6), null).then().statusCode(409);

        // The agent was notified and sees it; another agent does not.
        as("agent1").get("/api/notifications").then().statusCode(200)
                .body("notifications.find { it.evaluationId == " + id + " }.kind", equalTo("EVALUATION_SUBMITTED"));
        as("agent1").get("/api/evaluations/" + id).then().statusCode(200).body("total", equalTo(92));
        as("agent2").get("/api/evaluations/" + id).then().statusCode(404).contentType(PROBLEM);
        as("agent1").get("/api/agents/agent1/evaluations").then().statusCode(200).body("id", hasItem(id));
        // Someone you may not see answers exactly as someone who does not exist: no list of usernames by probing.
        String hidden = as("agent2").get("/api/agents/agent1/evaluations").then().statusCode(404).contentType(PROBLEM)
                .extract().path("detail");
        String missing = as("agent2").get("/api/agents/nobody/evaluations").then().statusCode(404).contentType(PROBLEM)
                .extract().path("detail");
        assertEquals(missing.replace("nobody", "agent1"), hidden);
        as("lead").get("/api/agents/agent1/evaluations").then().statusCode(200).body("id", hasItem(id));
        as("qa").get("/api/agents/nobody/evaluations").then().statusCode(404);

        // A change after submission is a revision with who and why; the history keeps both.
        as("qa").contentType("application/json").body(Map.of("answers", Map.of("product-knowledge", 10), "reason", "复核"))
                .post("/api/evaluations/" + id + "/revisions").then().statusCode(200).body("revision", equalTo(2))
                .body("total", equalTo(97)).body("revisions.size()", equalTo(2))
                .body("revisions[1].reason", equalTo("复核")).body("revisions[1].createdBy", equalTo("qa"))
                .body("revisions[0].total", equalTo(92));
        as("qa").contentType("application/json").body(Map.of("answers", Map.of("product-knowledge", 10)))
                .post("/api/evaluations/" + id + "/revisions").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void scorecardsMustApplyAndOnlyInspectorsStartEvaluations() {
        int call = uploadCall("agent2");
        start("qa", "CALL", call, "ticket-quality").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("scorecardKey"));
        start("qa", "CALL", call, "no-such-card").then().statusCode(400).body("errors.field", hasItem("scorecardKey"));
        start("qa", "EMAIL", call, "call-quality").then().statusCode(400).body("errors.field", hasItem("interactionType"));
        start("qa", "CALL", 999999, "call-quality").then().statusCode(404).contentType(PROBLEM);
        start("agent2", "CALL", call, "call-quality").then().statusCode(403);
        start("trainer", "CALL", call, "call-quality").then().statusCode(403);
        as("qa").contentType("application/json").body("{not json").post("/api/evaluations").then().statusCode(400);
        // A team lead scores their own team's calls (定量监听).
        start("lead", "CALL", call, "call-monitoring").then().statusCode(201);
        // A draft is the evaluator's own: the agent cannot see it yet.
        int draft = start("qa", "CALL", call, "call-quality").then().statusCode(201).extract().path("id");
        as("agent2").get("/api/evaluations/" + draft).then().statusCode(404);
        answers("qa2", draft, Map.of("tone", 5), null).then().statusCode(403);
        // Every endpoint declares its roles: the wrong ones are refused before anything happens.
        answers("agent2", draft, Map.of("tone", 5), null).then().statusCode(403);
        as("agent2").post("/api/evaluations/" + draft + "/submit").then().statusCode(403);
        as("lead").get("/api/disputes").then().statusCode(403);
        as("trainer").contentType("application/json").body(Map.of("name", "x")).post("/api/qa/plans").then()
                .statusCode(403);
        as("agent2").get("/api/qa/queue").then().statusCode(403);
        as("agent2").get("/api/calibrations").then().statusCode(403);
        as("agent2").get("/api/calibrations/1/results").then().statusCode(403);
        as("lead").contentType("application/json").body(Map.of("interactionType", "CALL")).post("/api/calibrations")
                .then().statusCode(403);
        io.restassured.RestAssured.get("/api/notifications").then().statusCode(401);
    }

    @Test
    void aTicketIsScoredAcknowledgedAndTheOtherDisputedAndResolved() {
        String ticketNo = importTicket("agent1", "2026-11-04 09:00");
        int ticket = start("qa", "TICKET", ticketNo, "ticket-quality").then().statusCode(201)
                .body("interactionLabel", equalTo(ticketNo)).extract().path("id");
        Map<String, Object> full = Map.of("customer-info", 30, "classification", 30, "business-content", 30, "other", 10,
                "procedure-followed", "yes", "feedback-matches", "yes", "responsible-unit-correct", "yes");
        Response saved = answers("qa", ticket, full, null);
        if (saved.statusCode() != 200) {
            throw new AssertionError(saved.asString());
        }
        as("qa").post("/api/evaluations/" + ticket + "/submit").then().statusCode(200).body("total", equalTo(100));
        // Moments are only for calls.
        int callEvaluation = submittedCallEvaluation("qa", "agent1");

        // Only the agent acknowledges; once.
        as("agent2").post("/api/evaluations/" + ticket + "/acknowledge").then().statusCode(404);
        as("qa").post("/api/evaluations/" + ticket + "/acknowledge").then().statusCode(403);
        as("agent1").post("/api/evaluations/" + ticket + "/acknowledge").then().statusCode(200)
                .body("acknowledgedAt", notNullValue());
        as("agent1").post("/api/evaluations/" + ticket + "/acknowledge").then().statusCode(409);
        as("agent1").contentType("application/json").body(Map.of("items", List.of("other"), "reason", "x"))
                .post("/api/evaluations/" + ticket + "/disputes").then().statusCode(409);

        // The call evaluation is disputed: items must exist, a reason is needed.
        String disputes = "/api/evaluations/" + callEvaluation + "/disputes";
        as("agent1").contentType("application/json").body(Map.of("items", List.of("nope"), "reason", ""))
                .post(disputes).then().statusCode(400).body("errors.field", hasItem("items"))
                .body("errors.field", hasItem("reason"));
        int dispute = as("agent1").contentType("application/json")
                .body(Map.of("items", List.of("patience", "listening"), "reason", "客户情绪激动，我一直在安抚"))
                .post(disputes).then().statusCode(201).body("status", equalTo("OPEN"))
                .body("items", equalTo(List.of("patience", "listening"))).extract().path("id");
        as("agent1").contentType("application/json").body(Map.of("items", List.of("tone"), "reason", "again"))
                .post(disputes).then().statusCode(409);
        as("agent1").post("/api/evaluations/" + callEvaluation + "/acknowledge").then().statusCode(409);
        as("qa").get("/api/notifications").then()
                .body("notifications.find { it.evaluationId == " + callEvaluation + " }.kind", equalTo("DISPUTE_RAISED"));
        as("qa").get("/api/disputes").then().statusCode(200).body("id", hasItem(dispute));
        as("agent1").get("/api/disputes").then().statusCode(403);

        // The scorer may not rule; another inspector amends with a reason, making revision 2.
        String resolve = "/api/disputes/" + dispute + "/resolve";
        as("qa").contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "维持")).post(resolve)
                .then().statusCode(403).contentType(PROBLEM);
        as("agent1").contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "x")).post(resolve)
                .then().statusCode(403);
        as("qa2").contentType("application/json").body(Map.of("outcome", "MAYBE", "reason", "")).post(resolve)
                .then().statusCode(400).body("errors.field", hasItem("outcome")).body("errors.field", hasItem("reason"));
        as("qa2").contentType("application/json").body(Map.of("outcome", "AMENDED", "reason", "改判")).post(resolve)
                .then().statusCode(400).body("errors.field", hasItem("answers"));
        as("qa2").contentType("application/json")
                .body(Map.of("outcome", "AMENDED", "answers", Map.of("patience", 99), "reason", "改判")).post(resolve)
                .then().statusCode(400).body("errors.field", hasItem("answers.patience"));
        as("qa2").contentType("application/json")
                .body(Map.of("outcome", "AMENDED", "answers", Map.of("patience", 3), "reason", "录音显示客户打断"))
                .post(resolve).then().statusCode(200).body("status", equalTo("AMENDED")).body("revisionAfter", equalTo(2));
        as("qa2").contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "again")).post(resolve)
                .then().statusCode(409);

        // The agent sees the outcome and the new revision, with its reason.
        as("agent1").get("/api/evaluations/" + callEvaluation).then().statusCode(200).body("revision", equalTo(2))
                .body("answers.patience", equalTo(3)).body("disputes[0].status", equalTo("AMENDED"))
                .body("disputes[0].resolutionReason", equalTo("录音显示客户打断"))
                .body("revisions[1].createdBy", equalTo("qa2"));
        as("agent1").get("/api/notifications").then()
                .body("notifications.find { it.kind == 'DISPUTE_RESOLVED' && it.evaluationId == " + callEvaluation
                        + " }.detail", equalTo("AMENDED"));
        as("admin").get("/api/audit").then().statusCode(200).body("action", hasItem("DISPUTE_RESOLVED"));
    }

    @Test
    void momentsThatTogetherOverrunTheirStoreAre400sAndSaveNothing() {
        int call = uploadCall("agent2");
        int id = start("qa", "CALL", call, "call-quality").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(Map.of("at", 0.1, "text", "长".repeat(2000)));
        }
        as("qa").contentType("application/json").body(Map.of("answers", Map.of("call-acceptance", 10), "moments", many))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("moments"));
        as("qa").get("/api/evaluations/" + id).then().statusCode(200).body("moments", hasSize(0))
                .body("answers.call-acceptance", nullValue());
    }

    @Test
    void momentsArePinnedToTheRecordingAndNotificationsAreReadByTheirOwner() {
        int call = uploadCall("agent2");
        int id = start("qa", "CALL", call, "call-quality").then().statusCode(201).extract().path("id");
        as("qa").contentType("application/json").body(Map.of("answers", Map.of(), "moments",
                List.of(Map.of("at", 0.4, "text", "这里应先致歉"), Map.of("at", 0.1, "text", "开场白完整"))))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(200)
                .body("moments.at", equalTo(List.of(0.1f, 0.4f)));
        as("qa").contentType("application/json").body(Map.of("moments", List.of(Map.of("at", 5000, "text", "x"))))
                .put("/api/evaluations/" + id + "/answers").then().statusCode(400)
                .body("errors.field", hasItem("moments[0]"));
        as("qa").get("/api/evaluations/" + id).then().body("moments.size()", equalTo(2));

        int submitted = submittedCallEvaluation("qa", "agent2");
        int notification = as("agent2").get("/api/notifications").then().statusCode(200)
                .body("unread", org.hamcrest.Matchers.greaterThan(0))
                .extract().path("notifications.find { it.evaluationId == " + submitted + " }.id");
        as("agent1").post("/api/notifications/" + notification + "/read").then().statusCode(404);
        as("agent2").post("/api/notifications/" + notification + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
    }

    @Test
    void disputesCloseAfterTheWindow() {
        int id = submittedCallEvaluation("qa", "agent2");
        io.zhijian.support.TestClock.advance(java.time.Duration.ofDays(8));
        Response late;
        try {
            late = as("agent2").contentType("application/json")
                    .body(Map.of("items", List.of("tone"), "reason", "太晚了")).post("/api/evaluations/" + id + "/disputes");
        } finally {
            io.zhijian.support.TestClock.reset();
        }
        late.then().statusCode(409).contentType(PROBLEM);
        assertTrue(late.path("detail").toString().contains("window") || late.path("detail").toString().contains("申诉"));
        as("agent2").get("/api/evaluations/" + id).then().body("disputes.size()", equalTo(0));
    }

    @Test
    void evaluationTotalsAreSearchable() {
        String ticketNo = importTicket("agent2", "2026-11-05 09:00");
        int id = start("qa", "TICKET", ticketNo, "ticket-quality").then().statusCode(201).extract().path("id");
        answers("qa", id, Map.of("customer-info", 0, "classification", 30, "business-content", 30, "other", 10,
                "procedure-followed", "yes", "feedback-matches", "yes", "responsible-unit-correct", "yes"),
                Map.of("customer-info", "电话与地址均缺失")).then().statusCode(200);
        as("qa").post("/api/evaluations/" + id + "/submit").then().statusCode(200).body("total", equalTo(70));
        long until = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        Response found;
        do {
            found = as("qa").queryParam("q", "ticket:" + ticketNo + " AND score:<80").get("/api/search");
        } while (found.<Integer>path("total") == 0 && System.nanoTime() < until);
        found.then().statusCode(200).body("total", equalTo(1)).body("hits[0].score", equalTo(70));
        as("qa").queryParam("q", "ticket:" + ticketNo + " AND score:>=80").get("/api/search").then()
                .body("total", equalTo(0));
    }
}
