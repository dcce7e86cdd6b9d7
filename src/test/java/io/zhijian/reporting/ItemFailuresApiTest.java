package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.performance.PerformanceApiTest.TICKET_FULL;
import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The causes of lost points by team, agent and week, counted against hand-made evaluations; who may see whose. */
@QuarkusTest
class ItemFailuresApiTest {

    @Test
    void lostPointsAreCountedPerItemAndTeamMostFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String team = "因果-" + suffix;
        as("admin").contentType(ContentType.JSON).body(Map.of("name", team)).post("/api/teams").then().statusCode(201);
        String a = "cause.a." + suffix;
        String b = "cause.b." + suffix;
        for (String agent : List.of(a, b)) {
            as("admin").contentType(ContentType.JSON).body(Map.of("username", agent, "displayName", "原因 " + agent,
                    "password", "cause-secret", "roles", List.of("AGENT"), "team", team)).post("/api/users").then()
                    .statusCode(201);
        }
        // a: one full score, one that lost customer-info and classification; b: one that lost customer-info, and one
        // that failed the procedure gate (a critical failure costs no points of its own but is a cause).
        submitTicketEvaluation(a, TICKET_FULL, null);
        submitTicketEvaluation(a, with(Map.of("customer-info", 15, "classification", 20)),
                Map.of("customer-info", "电话缺失", "classification", "责任单位错误"));
        submitTicketEvaluation(b, with(Map.of("customer-info", 0)), Map.of("customer-info", "全部缺失"));
        submitTicketEvaluation(b, with(Map.of("procedure-followed", "no")), Map.of("procedure-followed", "漏做"));

        Response byTeam = as("manager").queryParam("scorecard", "ticket-quality").queryParam("team", team)
                .get("/api/reports/item-failures");
        byTeam.then().statusCode(200).body("by", equalTo("team"))
                .body("rows.team", equalTo(List.of(team, team, team)))
                .body("rows.item", equalTo(List.of("customer-info", "classification", "procedure-followed")))
                .body("rows.failures", equalTo(List.of(2, 1, 1)))
                .body("rows.evaluations", equalTo(List.of(4, 4, 4)))
                .body("rows[0].share", number(0.5)).body("rows[0].name", equalTo("Customer information"));
        as("manager").header("Accept-Language", "zh").queryParam("team", team).get("/api/reports/item-failures").then()
                .body("rows[0].name", equalTo("客户信息")).body("rows[0].scorecard", equalTo("ticket-quality"));

        as("qa").queryParam("team", team).queryParam("by", "agent").get("/api/reports/item-failures").then()
                .statusCode(200).body("rows.agent", equalTo(List.of(a, a, b, b)))
                .body("rows.findAll { it.agent == '" + a + "' }.evaluations", equalTo(List.of(2, 2)))
                .body("rows.findAll { it.agent == '" + b + "' }.item", hasItem("procedure-followed"));
        String week = String.format("%d-W%02d", LocalDate.now().get(IsoFields.WEEK_BASED_YEAR),
                LocalDate.now().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        as("qa").queryParam("agent", b).queryParam("by", "week").get("/api/reports/item-failures").then()
                .statusCode(200).body("rows.week", equalTo(List.of(week, week)))
                .body("rows.evaluations", equalTo(List.of(2, 2)));

        // Agents see only themselves; a lead of another team sees nothing of this one; bad input is a 400.
        as("agent1").queryParam("agent", a).get("/api/reports/item-failures").then().statusCode(404);
        as("agent1").queryParam("team", team).get("/api/reports/item-failures").then().statusCode(200)
                .body("rows", equalTo(List.of()));
        as("lead").queryParam("team", team).get("/api/reports/item-failures").then().statusCode(200)
                .body("rows.team", not(hasItem(team)));
        // By channel: these were tickets.
        as("manager").queryParam("team", team).queryParam("channel", "ticket").get("/api/reports/item-failures").then()
                .body("rows.failures", equalTo(List.of(2, 1, 1)));
        as("manager").queryParam("team", team).queryParam("channel", "CHAT").get("/api/reports/item-failures").then()
                .statusCode(200).body("rows", equalTo(List.of()));
        as("manager").queryParam("team", team).queryParam("channel", "CHAT").get("/api/reports/distribution").then()
                .statusCode(200).body("evaluations", equalTo(0));
        as("manager").queryParam("team", team).queryParam("channel", "TICKET").get("/api/reports/trend").then()
                .statusCode(200).body("points[0].evaluations", equalTo(4));
        as("manager").queryParam("channel", "EMAIL").get("/api/reports/item-failures").then().statusCode(400)
                .body("errors.field", hasItem("channel"));
        as("qa").queryParam("by", "month").get("/api/reports/item-failures").then().statusCode(400)
                .body("errors.field", hasItem("by"));
        as("qa").queryParam("from", "2026-13-01").get("/api/reports/item-failures").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    private static Map<String, Object> with(Map<String, Object> changes) {
        Map<String, Object> answers = new HashMap<>(TICKET_FULL);
        answers.putAll(changes);
        return answers;
    }
}
