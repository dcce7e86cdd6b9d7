package io.zhijian.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hot topics: the words that rose in a week against the weeks before, not the words common to both. */
@QuarkusTest
class HotTopicsApiTest {

    @Test
    void wordsThatRoseInTheWeekAreHotAndWordsCommonToAllWeeksAreNot() {
        String prefix = "HOT-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        StringBuilder csv = new StringBuilder("ticket_no,type,content,created_at,agent\n");
        String[] before = {"2023-02-14", "2023-02-21", "2023-02-28", "2023-03-02"};
        for (int i = 0; i < before.length; i++) {
            csv.append(prefix).append("B").append(i).append(",协查,客户 查询 包裹 物流 信息,").append(before[i]).append(" 10:00,agent1\n");
        }
        String[] week = {"2023-03-06", "2023-03-07", "2023-03-09", "2023-03-11"};
        for (int i = 0; i < week.length; i++) {
            csv.append(prefix).append("W").append(i).append(",协查,客户 查询 包裹 破损 要求 赔偿,").append(week[i]).append(" 10:00,agent1\n");
        }
        as("qa").contentType("text/csv").body(csv.toString().getBytes()).post("/api/tickets/import").then().statusCode(200)
                .body("imported", equalTo(8));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((int) as("qa").queryParam("q", "ticket:" + prefix + "W3").get("/api/search").path("total") == 0
                && System.nanoTime() < until) {
            Thread.onSpinWait();
        }

        Response hot = as("manager").queryParam("week", "2023-W10").queryParam("team", "A组").get("/api/reports/hot-topics");
        hot.then().statusCode(200).body("week", equalTo("2023-W10")).body("from", equalTo("2023-03-06"))
                .body("documents", equalTo(4)).body("background", equalTo(4))
                .body("topics.term", hasItem("赔偿")).body("topics.term", hasItem("破损"))
                .body("topics.term", not(hasItem("查询"))).body("topics.term", not(hasItem("包裹")))
                .body("topics.find { it.term == '赔偿' }.documents", equalTo(4))
                .body("topics.find { it.term == '赔偿' }.search", containsString("/search?q="));
        List<String> terms = hot.path("topics.term");
        assertTrue(terms.stream().noneMatch(t -> t.length() < 2), terms.toString());
        // The link finds the week's documents with the word.
        String search = hot.path("topics.find { it.term == '赔偿' }.search");
        String q = java.net.URLDecoder.decode(search.substring(search.indexOf("q=") + 2), java.nio.charset.StandardCharsets.UTF_8);
        as("manager").queryParam("q", q).get("/api/search").then().statusCode(200).body("total", equalTo(4));

        as("manager").queryParam("week", "2023-W10").queryParam("type", "协查").get("/api/reports/hot-topics").then()
                .statusCode(200).body("topics.term", hasItem("赔偿"));
        as("manager").queryParam("week", "2023-W10").queryParam("type", "CALL").get("/api/reports/hot-topics").then()
                .statusCode(200).body("documents", equalTo(0)).body("topics", equalTo(List.of()));
    }

    @Test
    void wrongRolesAndBadParametersAreRefused() {
        as("agent1").get("/api/reports/hot-topics").then().statusCode(403);
        as("manager").queryParam("week", "2023-10").get("/api/reports/hot-topics").then().statusCode(400)
                .body("errors.field", hasItem("week"));
        as("manager").queryParam("weeksBefore", 0).get("/api/reports/hot-topics").then().statusCode(400)
                .body("errors.field", hasItem("weeksBefore"));
        as("manager").queryParam("size", 500).get("/api/reports/hot-topics").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }
}
