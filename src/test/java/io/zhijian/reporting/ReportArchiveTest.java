package io.zhijian.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports are generated at their time and kept with when they were due: the archive and its on-time rate. */
@QuarkusTest
class ReportArchiveTest {

    @Test
    void theDaysReportIsGeneratedOnTimeAndALateOneCountsAgainstTheRate() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response archive;
        do {
            archive = as("manager").queryParam("kind", "daily").get("/api/reports/archive");
        } while (!archive.<List<String>>path("items.period").contains(yesterday) && System.nanoTime() < until);
        archive.then().statusCode(200)
                .body("items.find { it.period == '" + yesterday + "' }.generatedBy", equalTo("system"))
                .body("items.find { it.period == '" + yesterday + "' }.onTime", equalTo(true));

        // Submitted by hand long after its deadline: late. Twice: 409.
        as("manager").queryParam("kind", "daily").queryParam("period", "2025-10-01").post("/api/reports/archive").then()
                .statusCode(201).body("period", equalTo("2025-10-01")).body("onTime", equalTo(false))
                .body("generatedBy", equalTo("manager"));
        as("manager").queryParam("kind", "daily").queryParam("period", "2025-10-01").post("/api/reports/archive").then()
                .statusCode(409).contentType("application/problem+json");
        Response all = as("qa").get("/api/reports/archive");
        all.then().statusCode(200).body("items.kind", hasItem("daily"));
        List<Boolean> onTime = all.path("items.onTime");
        long kept = onTime.stream().filter(b -> b).count();
        all.then().body("total", equalTo(onTime.size())).body("onTime", equalTo((int) kept))
                .body("onTimeRate", number(Math.round(10_000.0 * kept / onTime.size()) / 10_000.0));
        assertTrue(onTime.contains(false) && onTime.contains(true), onTime.toString());

        // The kept report reads back; agents and leads see only their own lines.
        as("manager").get("/api/reports/archive/daily/2025-10-01").then().statusCode(200)
                .body("period.label", equalTo("2025-10-01")).body("agents.agent", hasItem("agent1"));
        as("agent1").get("/api/reports/archive/daily/2025-10-01").then().statusCode(200)
                .body("agents.agent", equalTo(List.of("agent1")));
        as("lead").get("/api/reports/archive/daily/2025-10-01").then().statusCode(200)
                .body("agents.agent", hasItem("agent2")).body("agents.agent", not(hasItem("manager")));
        as("manager").queryParam("format", "xlsx").get("/api/reports/archive/daily/2025-10-01").then().statusCode(200)
                .contentType(PeriodReportsResource.XLSX);
    }

    @Test
    void wrongRolesAndBadNamesChangeNothing() {
        as("agent1").get("/api/reports/archive").then().statusCode(403);
        as("agent1").queryParam("kind", "daily").post("/api/reports/archive").then().statusCode(403);
        as("lead").queryParam("kind", "daily").post("/api/reports/archive").then().statusCode(403);
        as("manager").queryParam("kind", "hourly").post("/api/reports/archive").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as("manager").queryParam("kind", "weekly").queryParam("period", "2025-W99").post("/api/reports/archive").then()
                .statusCode(400).body("errors.field", hasItem("week"));
        as("manager").get("/api/reports/archive/daily/1999-01-01").then().statusCode(404);
        as("manager").get("/api/reports/archive/yearly/2025").then().statusCode(400);
        as("manager").queryParam("kind", "yearly").get("/api/reports/archive").then().statusCode(400);
    }
}
