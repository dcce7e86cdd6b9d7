package io.zhijian.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The month's SQL (upserted operational days, grouped KPIs, interval arithmetic on tickets, row locks) on PostgreSQL 16. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PerformanceOnPostgresTest {

    @Test
    void theMonthIsImportedComputedPublishedAndSignedOnPostgres() {
        String ops = "agent,date,scheduled,present,on_time,calls_offered,handle_seconds,wait_seconds,surveys,satisfied\n"
                + "agent1,2024-03-04,1,1,1,40,8000,400,4,3\nagent1,2024-03-05,1,0,0,,,,,\n";
        as("manager").contentType("text/csv").body(ops.getBytes()).post("/api/operations/import").then().statusCode(200)
                .body("imported", equalTo(2));
        as("manager").contentType("text/csv").body(ops.getBytes()).post("/api/operations/import").then().statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(2));
        // 直派 with feedback after 90 minutes (in time) and after 3 hours (late); 协查 closed within 48 hours.
        String tickets = "ticket_no,type,content,created_at,feedback_at,closed_at,agent\n"
                + "PGK-1,直派,改址,2024-03-04 09:00,2024-03-04 10:30,,agent1\n"
                + "PGK-2,直派,改址,2024-03-04 09:00,2024-03-04 12:00,,agent1\n"
                + "PGK-3,协查,查询,2024-03-04 09:00,,2024-03-05 09:00,agent1\n";
        as("qa").contentType("text/csv").body(tickets.getBytes()).post("/api/tickets/import").then().statusCode(200)
                .body("imported", equalTo(3));
        String a1 = "rows.find { it.agent == 'agent1' }.kpis.";
        as("manager").queryParam("period", "2024-03").get("/api/kpis").then().statusCode(200)
                .body(a1 + "attendance.value", equalTo(0.5f)).body(a1 + "aht.value", equalTo(210))
                .body(a1 + "satisfaction.value", equalTo(0.75f))
                .body(a1 + "firstTimeResolution.numerator", equalTo(2)).body(a1 + "firstTimeResolution.denominator", equalTo(3));
        as("manager").contentType("application/json").body(Map.of("clientScore", 90))
                .put("/api/performance/2024-03/agents/agent1").then().statusCode(200);
        as("manager").post("/api/performance/2024-03/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as("agent1").post("/api/performance/2024-03/agents/agent1/sign-off").then().statusCode(200)
                .body("signedOff", equalTo(true));
        as("manager").get("/api/performance/timeliness").then().statusCode(200).body("months.period", hasItem("2024-03"));
        as("manager").queryParam("period", YearMonth.now().toString()).get("/api/kpis").then().statusCode(200);
        // Daily sums of totals, grouped by the submission's date in SQL (the trend and the agent's interval).
        as("manager").queryParam("by", "month").get("/api/reports/trend").then().statusCode(200);
        as("manager").get("/api/agents/agent1/summary").then().statusCode(200);
        as("manager").get("/api/reports/distribution").then().statusCode(200);
        // The causes of lost points from the loss rows' own columns (V21), by team and by week.
        as("manager").get("/api/reports/item-failures").then().statusCode(200);
        as("manager").queryParam("by", "week").get("/api/reports/item-failures").then().statusCode(200);
        as("manager").get("/api/reports/inspectors").then().statusCode(200);
    }
}
