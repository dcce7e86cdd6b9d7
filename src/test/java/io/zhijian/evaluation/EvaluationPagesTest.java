package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.zhijian.evaluation.EvaluationApiTest.CALL_QUALITY_FULL;
import static io.zhijian.evaluation.EvaluationApiTest.importTicket;
import static io.zhijian.evaluation.EvaluationApiTest.uploadCall;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow as people click through it: plan, queue, score, acknowledge, dispute, rule, calibrate. */
@QuarkusTest
class EvaluationPagesTest {

    static int evaluationId(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        Matcher m = Pattern.compile("/evaluations/(\\d+)$").matcher(redirect.header("Location"));
        assertTrue(m.find(), redirect.header("Location"));
        return Integer.parseInt(m.group(1));
    }

    static Map<String, Object> form(Map<String, ?> answers) {
        Map<String, Object> fields = new HashMap<>();
        answers.forEach((k, v) -> fields.put("a." + k, String.valueOf(v)));
        return fields;
    }

    @Test
    void qaPlansScoresAndAgentRespondsThroughThePages() {
        int call = uploadCall("agent1");
        as("qa").get("/api/calls/" + call).then().statusCode(200);
        // The uploaded call starts 2026-11-03; a ticket of the same week.
        importTicket("agent1", "2026-11-04 11:00");
        Browser qa = Browser.signedInAs("qa");
        Response planned = qa.submit("/qa/plans", "/qa/plans", Map.of("name", "第 45 周抽检", "period", "2026-W45",
                "channels", List.of("CALL", "TICKET"), "perAgent", "50", "minPerAgent", "1", "inspectors", "qa",
                "seed", "45", "teams", ""));
        assertEquals(200, planned.statusCode(), planned.asString());
        assertTrue(planned.asString().contains("seed 45"), planned.asString());
        Response bad = qa.submit("/qa/plans", "/qa/plans", Map.of("name", "x", "period", "someday", "perAgent", "many",
                "inspectors", "agent1"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("period") && bad.asString().contains("inspectors"), bad.asString());

        String queue = qa.get("/qa/queue").then().statusCode(200).extract().asString();
        Matcher start = Pattern.compile("/qa/assignments/(\\d+)/start").matcher(queue);
        assertTrue(start.find(), queue);
        List<Map<String, Object>> items = as("qa").get("/api/qa/queue").jsonPath().getList("findAll { it.planName == '第 45 周抽检' }");
        Map<String, Object> callItem = items.stream().filter(i -> ((Integer) i.get("interactionId")) == call
                && "CALL".equals(i.get("interactionType"))).findFirst().orElseThrow();
        int evaluation = evaluationId(qa.submit("/qa/queue", "/qa/assignments/" + callItem.get("assignmentId") + "/start",
                Map.of()));
        String page = qa.get("/evaluations/" + evaluation).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"player\"") && page.contains("a.opening-closing-script")
                && page.contains("/calls/" + call + "/audio"), page);

        // Autosave answers the live total; a refused answer says why, in place.
        String total = qa.htmxPost("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/answers",
                Map.of("a.opening-closing-script", "8", "a.tone", "3")).then().statusCode(200).extract().asString();
        assertTrue(total.contains("84.62"), total);
        String refused = qa.htmxPost("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/answers",
                Map.of("a.tone", "4")).then().statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\""), refused);
        // Submitting too early shows what is missing; the moment form pins a comment.
        Response early = qa.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/submit", Map.of());
        assertEquals(400, early.statusCode());
        assertTrue(early.asString().contains("patience"), early.asString());
        qa.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/moments", Map.of("at", "0.2", "text", "开场很好"))
                .then().statusCode(303);
        Map<String, Object> all = form(CALL_QUALITY_FULL);
        all.put("a.tone", "3");
        qa.htmxPost("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/answers", all).then().statusCode(200);
        qa.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/submit", Map.of()).then().statusCode(303);
        as("qa").get("/api/evaluations/" + evaluation).then().body("status", equalTo("SUBMITTED"))
                .body("total", equalTo(98)).body("moments[0].text", equalTo("开场很好"));

        // The agent sees it in Chinese, with a notification, and disputes one item.
        Browser agent = Browser.signedInAs("agent1").acceptLanguage("zh");
        String notifications = agent.get("/notifications").then().statusCode(200).extract().asString();
        assertTrue(notifications.contains("/evaluations/" + evaluation), notifications);
        String seen = agent.get("/evaluations/" + evaluation).then().statusCode(200).extract().asString();
        assertTrue(seen.contains("总分") && seen.contains("提出申诉") && !seen.contains("name=\"a.tone\""), seen);
        agent.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/dispute",
                Map.of("items", List.of("tone"), "reason", "语调没有问题")).then().statusCode(303);
        Response again = agent.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/acknowledge", Map.of());
        assertEquals(409, again.statusCode());

        // Another inspector rules on the page.
        Browser qa2 = Browser.signedInAs("qa2");
        String toRule = qa2.get("/evaluations").then().statusCode(200).extract().asString();
        assertTrue(toRule.contains("/evaluations/" + evaluation), toRule);
        int dispute = as("qa2").get("/api/evaluations/" + evaluation).path("disputes[0].id");
        qa2.submit("/evaluations/" + evaluation, "/evaluations/" + evaluation + "/disputes/" + dispute + "/resolve",
                Map.of("outcome", "AMENDED", "a.tone", "5", "reason", "复听后语调友好")).then().statusCode(303);
        as("agent1").get("/api/evaluations/" + evaluation).then().body("total", equalTo(100))
                .body("disputes[0].status", equalTo("AMENDED"));
        String ruled = agent.get("/notifications").asString();
        assertTrue(ruled.contains("申诉已裁定") && ruled.contains("已改判"), ruled);

        // The ticket: chosen from its page, scored, acknowledged.
        Map<String, Object> ticketItem = items.stream().filter(i -> "TICKET".equals(i.get("interactionType")))
                .findFirst().orElseThrow();
        int ticketEvaluation = evaluationId(qa.submit("/qa/queue", "/qa/assignments/" + ticketItem.get("assignmentId")
                + "/start", Map.of()));
        String ticketPage = qa.get("/evaluations/" + ticketEvaluation).then().statusCode(200).extract().asString();
        assertTrue(ticketPage.contains("客户查询包裹") && !ticketPage.contains("id=\"player\""), ticketPage);
        qa.htmxPost("/evaluations/" + ticketEvaluation, "/evaluations/" + ticketEvaluation + "/answers",
                Map.of("a.customer-info", "30", "a.classification", "30", "a.business-content", "30", "a.other", "10",
                        "a.procedure-followed", "yes", "a.feedback-matches", "yes", "a.responsible-unit-correct", "yes"))
                .then().statusCode(200);
        qa.submit("/evaluations/" + ticketEvaluation, "/evaluations/" + ticketEvaluation + "/submit", Map.of())
                .then().statusCode(303);
        agent.submit("/evaluations/" + ticketEvaluation, "/evaluations/" + ticketEvaluation + "/acknowledge", Map.of())
                .then().statusCode(303);
        String acknowledged = agent.get("/evaluations/" + ticketEvaluation).asString();
        assertTrue(acknowledged.contains("确认") && !acknowledged.contains("提出申诉"), acknowledged);
    }

    @Test
    void choosingAScorecardCalibratingAndWrongRoles() {
        int call = uploadCall("agent2");
        Browser qa = Browser.signedInAs("qa");
        String chooser = qa.get("/evaluations/new?type=CALL&id=" + call).then().statusCode(200).extract().asString();
        assertTrue(chooser.contains("call-quality") && chooser.contains("call-monitoring")
                && !chooser.contains("value=\"ticket-quality\""), chooser);
        int evaluation = evaluationId(qa.submit("/evaluations/new?type=CALL&id=" + call, "/evaluations/new",
                Map.of("type", "CALL", "id", String.valueOf(call), "scorecardKey", "call-monitoring")));
        // Choosing it again continues the same evaluation.
        assertEquals(evaluation, evaluationId(qa.submit("/evaluations/new?type=CALL&id=" + call, "/evaluations/new",
                Map.of("type", "CALL", "id", String.valueOf(call), "scorecardKey", "call-monitoring"))));
        assertTrue(qa.get("/calls/" + call).asString().contains("/evaluations/new?type=CALL&id=" + call));

        Response created = qa.submit("/calibrations", "/calibrations", Map.of("title", "页面校准", "interactionType", "CALL",
                "interactionId", String.valueOf(call), "scorecardKey", "call-monitoring", "inspectors", "qa, qa2, qa3"));
        assertEquals(303, created.statusCode(), created.asString());
        String session = created.header("Location").replaceAll(".*/calibrations/", "");
        String blind = qa.get("/calibrations/" + session).then().statusCode(200).extract().asString();
        assertTrue(blind.contains("/calibrations/" + session + "/score"), blind);
        int own = evaluationId(qa.submit("/calibrations/" + session, "/calibrations/" + session + "/score", Map.of()));
        assertTrue(qa.get("/evaluations/" + own).asString().contains("a.prohibited-phrases"));
        qa.submit("/calibrations/" + session, "/calibrations/" + session + "/close", Map.of()).then().statusCode(303);
        String revealed = Browser.signedInAs("qa2").acceptLanguage("zh").get("/calibrations/" + session).then()
                .statusCode(200).extract().asString();
        assertTrue(revealed.contains("Fleiss") && revealed.contains("已揭晓"), revealed);
        Response bad = qa.submit("/calibrations", "/calibrations", Map.of("interactionType", "CALL", "interactionId",
                String.valueOf(call), "scorecardKey", "call-monitoring", "inspectors", "qa"));
        assertEquals(400, bad.statusCode());

        qa.get("/tickets/import/progress").then().statusCode(200);
        assertTrue(qa.get("/tickets").asString().contains("id=\"import-progress\""));
        Browser agent = Browser.signedInAs("agent2");
        agent.get("/tickets/import/progress").then().statusCode(403);
        agent.get("/qa/queue").then().statusCode(403);
        agent.get("/qa/plans").then().statusCode(403);
        agent.get("/calibrations").then().statusCode(403);
        agent.get("/evaluations/new?type=CALL&id=" + call).then().statusCode(403);
        agent.get("/evaluations/" + evaluation).then().statusCode(404);
        assertFalse(agent.get("/evaluations").asString().contains("/evaluations/" + evaluation + "\""));
        agent.get("/notifications/badge").then().statusCode(200);
        Browser.signedInAs("trainer").get("/qa/queue").then().statusCode(403);
    }
}
