package io.zhijian.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.List;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interval reports in, the service level by half hour and the busiest hour out, against hand-computed values. */
@QuarkusTest
class IntervalApiTest {

    static Response importing(String user, byte[] body) {
        return as(user).contentType("text/csv").body(body).post("/api/operations/intervals/import");
    }

    @Test
    void intervalsImportWithTheirRefusalsAndGiveTheServiceLevelByHalfHour() {
        String csv = """
                日期,时段,呼入量,接听量,及时接听量,放弃量
                2022-03-07,08:30,100,90,80,10
                2022-03-07,9:00,200,180,150,20
                2022-03-07,09:30-10:00,300,270,200,30
                2022-03-07,10:00,100,100,100,0
                2022-03-08,09:00:00,100,90,90,10
                2022-03-07,09:15,10,10,10,0
                2022-03-07,10:30,50,60,10,0
                2022-03-07,08:30,1,1,1,0
                2022-03-07,11:00,-5,0,0,0
                2022-02-30,11:00,5,5,5,0
                2022-03-07,11:30,50,40,41,0
                2022-03-07,12:00,50,40,40,20
                """;
        Response r = importing("manager", csv.getBytes(Charset.forName("GB18030")));
        r.then().statusCode(200).body("imported", equalTo(5)).body("updated", equalTo(0))
                .body("rejected.line", equalTo(List.of(7, 8, 9, 10, 11, 12, 13)));
        List<String> reasons = r.path("rejected.reason");
        assertTrue(reasons.get(0).contains("09:15") && reasons.get(1).contains("answered (60)")
                && reasons.get(2).contains("line 2") && reasons.get(3).contains("-5") && reasons.get(4).contains("2022-02-30")
                && reasons.get(5).contains("answered_in_threshold (41)") && reasons.get(6).contains("abandoned (20)"),
                reasons.toString());

        // Over both days: 09:00 has 300 offered, 240 in threshold (0.8); the busiest hour is 09:00–10:00 with 600 of
        // the day's 800 calls, 440 answered in threshold (0.7333).
        as("lead").queryParam("from", "2022-03-07").queryParam("to", "2022-03-08").get("/api/reports/service-level")
                .then().statusCode(200).body("thresholdSeconds", equalTo(20))
                .body("slots.size()", equalTo(28)).body("slots[0].start", equalTo("08:30"))
                .body("slots[27].start", equalTo("22:00"))
                .body("slots.find { it.start == '09:00' }.offered", equalTo(300))
                .body("slots.find { it.start == '09:00' }.serviceLevel", number(0.8))
                .body("slots.find { it.start == '09:30' }.serviceLevel", number(0.6667))
                .body("slots.find { it.start == '09:30' }.abandonRate", number(0.1))
                .body("slots.find { it.start == '12:00' }.serviceLevel", nullValue())
                .body("total.offered", equalTo(800)).body("total.serviceLevel", number(0.775))
                .body("peak.start", equalTo("09:00")).body("peak.end", equalTo("10:00"))
                .body("peak.offered", equalTo(600)).body("peak.serviceLevel", number(0.7333))
                .body("peak.shareOfDay", number(0.75));

        // The same day and half hour again updates it.
        importing("admin", "date,start,offered,answered,answered_in_threshold,abandoned\n2022-03-08,09:00,120,100,100,20\n"
                .getBytes()).then().statusCode(200).body("imported", equalTo(0)).body("updated", equalTo(1));
        as("manager").queryParam("from", "2022-03-08").queryParam("to", "2022-03-08").get("/api/reports/service-level")
                .then().body("total.offered", equalTo(120)).body("peak.start", equalTo("08:30"));
        as("manager").queryParam("from", "2021-01-01").queryParam("to", "2021-01-31").get("/api/reports/service-level")
                .then().statusCode(200).body("total.offered", equalTo(0)).body("peak", nullValue());
    }

    @Test
    void wrongRolesAndBadFilesChangeNothing() {
        byte[] row = "date,start,offered,answered,answered_in_threshold,abandoned\n2022-04-01,09:00,10,10,10,0\n".getBytes();
        importing("agent1", row).then().statusCode(403);
        importing("lead", row).then().statusCode(403);
        importing("qa", row).then().statusCode(403);
        as("agent1").get("/api/reports/service-level").then().statusCode(403);
        importing("manager", "a,b\n1,2\n".getBytes()).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("date"));
        importing("manager", new byte[0]).then().statusCode(400);
        as("manager").queryParam("from", "2022-04-01").queryParam("to", "2022-04-01").get("/api/reports/service-level")
                .then().body("total.offered", equalTo(0));
        as("manager").queryParam("from", "yesterday").get("/api/reports/service-level").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }
}
