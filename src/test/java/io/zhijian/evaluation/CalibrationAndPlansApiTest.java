package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.zhijian.evaluation.EvaluationApiTest.CALL_QUALITY_FULL;
import static io.zhijian.evaluation.EvaluationApiTest.answers;
import static io.zhijian.evaluation.EvaluationApiTest.importTicket;
import static io.zhijian.evaluation.EvaluationApiTest.uploadCall;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration sessions (blind scoring, agreement) and sampling plans with their work queues. */
@QuarkusTest
class CalibrationAndPlansApiTest {

    static final String PROBLEM = "application/problem+json";

    static int calibrationEvaluation(String user, int session) {
        return as(user).post("/api/calibrations/" + session + "/evaluations").then().statusCode(201)
                .extract().path("id");
    }

    static void scoreAndSubmit(String user, int evaluation, Map<String, Object> changes) {
        Map<String, Object> all = new HashMap<>(CALL_QUALITY_FULL);
        all.putAll(changes);
        Map<String, String> comments = new HashMap<>();
        comments.put("product-knowledge", "说明");
        comments.put("opening-closing-script", "说明");
        answers(user, evaluation, all, comments).then().statusCode(200);
        as(user).post("/api/evaluations/" + evaluation + "/submit").then().statusCode(200);
    }

    @Test
    void threeInspectorsScoreBlindAndThenSeeAgreement() {
        int call = uploadCall("agent1");
        Map<String, Object> request = Map.of("interactionType", "CALL", "interactionId", String.valueOf(call),
                "scorecardKey", "call-quality", "inspectors", List.of("qa", "qa2", "lead"), "reference", "qa3",
                "title", "第 48 周校准");
        as("agent1").contentType("application/json").body(request).post("/api/calibrations").then().statusCode(403);
        as("qa").contentType("application/json").body(Map.of("interactionType", "CALL", "interactionId",
                String.valueOf(call), "scorecardKey", "call-quality", "inspectors", List.of("qa", "agent1")))
                .post("/api/calibrations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("inspectors"));
        as("qa").contentType("application/json").body(Map.of("interactionType", "CALL", "interactionId",
                String.valueOf(call), "scorecardKey", "ticket-quality", "inspectors", List.of("qa", "qa2")))
                .post("/api/calibrations").then().statusCode(400).body("errors.field", hasItem("scorecardKey"));
        int session = as("qa").contentType("application/json").body(request).post("/api/calibrations").then()
                .statusCode(201).body("members.size()", equalTo(4)).body("reference", equalTo("qa3"))
                .extract().path("id");

        int qa = calibrationEvaluation("qa", session);
        as("qa").post("/api/calibrations/" + session + "/evaluations").then().statusCode(200).body("id", equalTo(qa));
        as("agent2").post("/api/calibrations/" + session + "/evaluations").then().statusCode(403);
        as("qa2").post("/api/calibrations/" + session + "/evaluations").then().statusCode(201);
        int qa2 = as("qa2").post("/api/calibrations/" + session + "/evaluations").then().statusCode(200)
                .extract().path("id");
        int lead = calibrationEvaluation("lead", session);
        int reference = calibrationEvaluation("qa3", session);

        scoreAndSubmit("qa", qa, Map.of());
        // Blind: nobody sees another's answers before everyone has submitted; results say only who has.
        as("qa2").get("/api/evaluations/" + qa).then().statusCode(403).contentType(PROBLEM);
        as("qa").get("/api/calibrations/" + session + "/results").then().statusCode(200)
                .body("revealed", equalTo(false)).body("items.size()", equalTo(0))
                .body("members.find { it.username == 'qa' }.submitted", equalTo(true))
                .body("members.find { it.username == 'qa2' }.submitted", equalTo(false));
        // The agent of the call never sees calibration scores.
        as("agent1").get("/api/agents/agent1/evaluations").then().statusCode(200);
        assertTrue(as("agent1").get("/api/agents/agent1/evaluations").jsonPath().getList("id").stream()
                .noneMatch(id -> ((Integer) id) == qa));

        scoreAndSubmit("qa2", qa2, Map.of("tone", 3));
        scoreAndSubmit("lead", lead, Map.of("tone", 3, "patience", 3));
        scoreAndSubmit("qa3", reference, Map.of("tone", 3));

        Response results = as("qa").get("/api/calibrations/" + session + "/results");
        results.then().statusCode(200).body("revealed", equalTo(true)).body("items.size()", equalTo(16))
                .body("items.find { it.itemKey == 'tone' }.answers.qa", equalTo(5))
                .body("items.find { it.itemKey == 'tone' }.answers.qa2", equalTo(3))
                .body("items.find { it.itemKey == 'tone' }.referenceAnswer", equalTo(3))
                .body("items.find { it.itemKey == 'tone' }.unanimous", equalTo(false))
                .body("members.find { it.username == 'qa' }.scoreDeviation", equalTo(2))
                .body("members.find { it.username == 'qa2' }.scoreDeviation", equalTo(0))
                .body("members.find { it.username == 'lead' }.itemsMatchingReference", equalTo(15))
                .body("spread.min", equalTo(96)).body("spread.max", equalTo(100)).body("spread.range", equalTo(4))
                .body("agreement.raters", equalTo(4)).body("agreement.items", equalTo(16))
                .body("agreement.fleissKappa", notNullValue()).body("agreement.krippendorffAlpha", notNullValue());
        // 14 of 16 items unanimous.
        assertEquals(0.875, ((Number) results.path("agreement.percentAgreement")).doubleValue(), 1e-9);
        // Now the answers are open to inspectors, still not to the agent.
        as("qa2").get("/api/evaluations/" + qa).then().statusCode(200);
        as("agent1").get("/api/evaluations/" + qa).then().statusCode(403);

        as("qa").get("/api/inspectors/qa/agreement").then().statusCode(200)
                .body("find { it.calibrationId == " + session + " }.basis", equalTo("REFERENCE"))
                .body("find { it.calibrationId == " + session + " }.agreement", equalTo(0.9375f));
        as("agent1").get("/api/inspectors/qa/agreement").then().statusCode(403);
        as("qa").post("/api/calibrations/" + session + "/close").then().statusCode(200);
        as("qa").post("/api/calibrations/" + session + "/close").then().statusCode(409);
        as("qa").get("/api/calibrations/999999/results").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aClosedSessionRevealsWhatWasSubmitted() {
        int call = uploadCall("agent2");
        int session = as("qa").contentType("application/json").body(Map.of("interactionType", "CALL", "interactionId",
                String.valueOf(call), "scorecardKey", "call-quality", "inspectors", List.of("qa", "qa2", "qa3")))
                .post("/api/calibrations").then().statusCode(201).extract().path("id");
        scoreAndSubmit("qa", calibrationEvaluation("qa", session), Map.of());
        scoreAndSubmit("qa2", calibrationEvaluation("qa2", session), Map.of("listening", 3));
        as("qa").get("/api/calibrations/" + session + "/results").then().body("revealed", equalTo(false));
        as("qa").post("/api/calibrations/" + session + "/close").then().statusCode(200);
        as("qa").get("/api/calibrations/" + session + "/results").then().body("revealed", equalTo(true))
                .body("agreement.raters", equalTo(2)).body("members.find { it.username == 'qa3' }.submitted",
                        equalTo(false)).body("members.find { it.username == 'qa' }.scoreDeviation", nullValue());
        as("qa3").post("/api/calibrations/" + session + "/evaluations").then().statusCode(409);
        as("qa").get("/api/inspectors/qa/agreement").then()
                .body("find { it.calibrationId == " + session + " }.basis", equalTo("CONSENSUS"));
    }

    @Test
    void aPlanSamplesReproduciblyIntoQueuesAndLeadsPlanOnlyTheirTeam() {
        for (int i = 0; i < 3; i++) {
            importTicket("agent1", "2026-10-0" + (i + 1) + " 09:00");
            importTicket("agent2", "2026-10-1" + (i + 1) + " 09:00");
        }
        importTicket("agent2", "2026-09-30 09:00");
        Map<String, Object> plan = new HashMap<>(Map.of("name", "十月工单抽检", "period", "2026-10", "channels",
                List.of("TICKET"), "perAgent", 2, "minPerAgent", 1, "inspectors", List.of("qa", "qa2"), "seed", 20261001,
                "ticketTypes", List.of("协查")));
        as("agent1").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(403);
        Map<String, Object> bad = new HashMap<>(plan);
        bad.put("period", "october");
        bad.put("perAgent", 0);
        bad.put("inspectors", List.of("agent1"));
        bad.put("ticketTypes", List.of("投诉"));
        as("qa").contentType("application/json").body(bad).post("/api/qa/plans").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("period")).body("errors.field", hasItem("perAgent"))
                .body("errors.field", hasItem("inspectors")).body("errors.field", hasItem("ticketTypes"));
        int id = as("qa").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(201)
                .body("seed", equalTo(20261001)).body("periodStart", equalTo("2026-10-01"))
                .body("periodEnd", equalTo("2026-11-01")).extract().path("id");

        Response run = as("qa").post("/api/qa/plans/" + id + "/run");
        run.then().statusCode(200).body("assigned", equalTo(4)).body("alreadyAssigned", equalTo(0))
                .body("agents.find { it.agent == 'agent1' }.picked", equalTo(2))
                .body("byInspector.qa", equalTo(2)).body("byInspector.qa2", equalTo(2));
        // Re-running reproduces the same picks: nothing new.
        as("qa").post("/api/qa/plans/" + id + "/run").then().statusCode(200).body("assigned", equalTo(0))
                .body("alreadyAssigned", equalTo(4));
        List<Integer> queue = as("qa").get("/api/qa/queue").then().statusCode(200).extract()
                .path("findAll { it.planId == " + id + " }.interactionId");
        assertEquals(2, queue.size());
        // The same plan with the same seed picks the same tickets.
        int twin = as("qa").contentType("application/json").body(plan).post("/api/qa/plans").then().statusCode(201)
                .extract().path("id");
        as("qa").post("/api/qa/plans/" + twin + "/run").then().statusCode(200);
        List<Integer> twinQueue = as("qa").get("/api/qa/queue").then().extract()
                .path("findAll { it.planId == " + twin + " }.interactionId");
        assertEquals(queue, twinQueue);

        // Starting an assignment opens an evaluation with the plan's scorecard and moves it along the queue.
        int assignment = as("qa").get("/api/qa/queue").then().extract()
                .path("find { it.planId == " + id + " && it.status == 'PENDING' }.assignmentId");
        int evaluation = as("qa").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(201)
                .body("scorecardKey", equalTo("ticket-quality")).extract().path("id");
        as("qa").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(200)
                .body("id", equalTo(evaluation));
        as("qa").get("/api/qa/queue").then()
                .body("find { it.assignmentId == " + assignment + " }.status", equalTo("IN_PROGRESS"));
        as("qa2").post("/api/qa/assignments/" + assignment + "/evaluation").then().statusCode(404);

        // Team leads plan their own team only.
        Map<String, Object> leadPlan = new HashMap<>(plan);
        leadPlan.put("inspectors", List.of("lead"));
        as("lead").contentType("application/json").body(leadPlan).post("/api/qa/plans").then().statusCode(403);
        leadPlan.put("teams", List.of("客服一组"));
        String team = as("admin").get("/api/users/agent1").path("team");
        leadPlan.put("teams", List.of(team));
        int leads = as("lead").contentType("application/json").body(leadPlan).post("/api/qa/plans").then()
                .statusCode(201).extract().path("id");
        as("lead").post("/api/qa/plans/" + leads + "/run").then().statusCode(200).body("assigned", equalTo(4));
        as("lead").get("/api/qa/plans/" + id).then().statusCode(404);
        as("qa").get("/api/qa/plans").then().statusCode(200).body("id", hasItem(leads));
    }
}
