package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import io.zhijian.support.TestClock;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExamApiTest {

    static final String PROBLEM = "application/problem+json";

    private static int questionId(String bank, String title) {
        int bankId = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == '" + bank + "' }.id");
        return as("trainer").get("/api/question-banks/" + bankId + "/questions").then().extract()
                .path("find { it.title == '" + title + "' }.id");
    }

    private static int createExam(Map<String, Object> body) {
        return as("trainer").contentType(ContentType.JSON).body(body).post("/api/exams").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aTraineeTakesAnExamWithoutEverSeeingTheKeyResumesAndSubmitsOnce() {
        int exam = createExam(Map.of("title", "在线客服考试（服务规范）", "timeLimitMinutes", 30, "passPercent", 60,
                "sections", List.of(Map.of("bank", "online-service", "category", "在线客服/服务规范", "count", 5, "marks", 2)),
                "assignTo", Map.of("teams", List.of("A组"))));
        Response started = as("agent1").post("/api/exams/" + exam + "/attempts");
        started.then().statusCode(201).body("attemptId", notNullValue()).body("deadline", notNullValue())
                .body("questions", hasSize(5)).body("questions[0].slot", notNullValue())
                .body("questions[0].type", notNullValue()).body("questions[0].text", notNullValue());
        String json = started.asString();
        assertFalse(json.contains("fraction") || json.contains("\"correct\"") || json.contains("feedback"),
                "no answer key reaches the trainee: " + json);
        int attempt = started.path("attemptId");

        as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(200)
                .body("attemptId", equalTo(attempt)).body("resumed", equalTo(true));

        List<Map<String, Object>> questions = started.path("questions");
        for (Map<String, Object> q : questions) {
            Object answer = switch ((String) q.get("type")) {
                case "TRUE_FALSE" -> true;
                case "MULTIPLE_CHOICE" -> List.of(((List<Map<String, Object>>) q.get("choices")).get(0).get("id"));
                case "NUMERICAL" -> 10;
                case "SHORT_ANSWER", "ESSAY" -> "回答";
                case "MISSING_WORD" -> q.get("choices") == null ? "好的" : ((List<Map<String, Object>>) q.get("choices")).get(0).get("id");
                default -> ((List<Map<String, Object>>) q.get("choices")).get(0).get("id");
            };
            as("agent1").contentType(ContentType.JSON).body(Map.of("answer", answer))
                    .put("/api/attempts/" + attempt + "/answers/" + q.get("slot")).then().statusCode(200)
                    .body("savedAt", notNullValue());
        }
        as("agent1").get("/api/attempts/" + attempt).then().statusCode(200)
                .body("questions.findAll { it.response != null }", hasSize(5));

        as("agent2").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(403).contentType(PROBLEM);
        as("agent2").get("/api/attempts/" + attempt).then().statusCode(403);
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", Map.of("x", 1)))
                .put("/api/attempts/" + attempt + "/answers/99").then().statusCode(404);
        as("agent2").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/" + attempt + "/answers/99").then().statusCode(403).contentType(PROBLEM);
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/987654/answers/1").then().statusCode(404).contentType(PROBLEM);

        as("agent1").post("/api/attempts/" + attempt + "/submit").then().statusCode(200)
                .body("maxScore", equalTo(10)).body("score", notNullValue()).body("passed", notNullValue());
        as("agent1").post("/api/attempts/" + attempt + "/submit").then().statusCode(409).contentType(PROBLEM);
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(409);
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/" + attempt + "/answers/99").then().statusCode(409);
        as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(409)
                .body("detail", containsString("1"));
    }

    @Test
    void passingIssuesACertificateAnyoneCanVerify() {
        int exam = createExam(Map.of("title", "判断题小测", "timeLimitMinutes", 10, "passPercent", 100,
                "certificateValidDays", 30,
                "sections", List.of(Map.of("questions", List.of(questionId("online-service", "不与客户争辩"),
                        questionId("online-service", "标准开头语")))),
                "assignTo", Map.of("users", List.of("agent2"))));
        Response started = as("agent2").post("/api/exams/" + exam + "/attempts");
        int attempt = started.path("attemptId");
        List<Map<String, Object>> questions = started.path("questions");
        for (Map<String, Object> q : questions) {
            boolean right = !((String) q.get("text")).contains("争辩");
            as("agent2").contentType(ContentType.JSON).body(Map.of("answer", right))
                    .put("/api/attempts/" + attempt + "/answers/" + q.get("slot")).then().statusCode(200);
        }
        String code = as("agent2").post("/api/attempts/" + attempt + "/submit").then().statusCode(200)
                .body("score", equalTo(2)).body("maxScore", equalTo(2)).body("passed", equalTo(true))
                .extract().path("certificate");
        RestAssured.given().get("/api/certificates/" + code).then().statusCode(200)
                .body("valid", equalTo(true)).body("exam", equalTo("判断题小测"))
                .body("holder", containsString("Agent 2")).body("scorePercent", equalTo(100));
        RestAssured.given().get("/api/certificates/NOPE").then().statusCode(404).contentType(PROBLEM);
        as("qa").post("/api/exams/" + exam + "/attempts").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void theServerClockClosesAttemptsAndAnswersAfterTheDeadlineAreRefused() throws InterruptedException {
        int exam = createExam(Map.of("title", "限时", "timeLimitMinutes", 30,
                "sections", List.of(Map.of("bank", "scripts", "category", "话术/外呼", "count", 2)),
                "assignTo", Map.of("users", List.of("lead"))));
        int attempt = as("lead").post("/api/exams/" + exam + "/attempts").then().statusCode(201).extract().path("attemptId");
        TestClock.advance(java.time.Duration.ofMinutes(31));
        try {
            theDeadlineHasPassed(attempt);
        } finally {
            TestClock.reset();
        }
    }

    private static void theDeadlineHasPassed(int attempt) throws InterruptedException {
        as("lead").contentType(ContentType.JSON).body(Map.of("answer", true))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("deadline"));
        String status = "IN_PROGRESS";
        for (int i = 0; i < 50 && status.equals("IN_PROGRESS"); i++) {
            Thread.sleep(200);
            status = as("lead").get("/api/attempts/" + attempt).then().extract().path("status");
        }
        assertEquals("AUTO_SUBMITTED", status, "the scheduler submits attempts whose browser is gone");
    }

    @Test
    void theReviewPolicyDecidesWhatTheTraineeSeesBeforeAndAfterTheExamCloses() {
        int question = questionId("online-service", "标准开头语");
        int exam = createExam(Map.of("title", "回顾策略", "timeLimitMinutes", 10,
                "closesAt", TestClock.now().plusSeconds(3600).toString(),
                "reviewAfterSubmit", "RESPONSES", "reviewAfterClose", "ANSWERS",
                "sections", List.of(Map.of("questions", List.of(question))),
                "assignTo", Map.of("users", List.of("agent1"))));
        int attempt = as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(201)
                .extract().path("attemptId");
        as("agent1").get("/api/attempts/" + attempt + "/review").then().statusCode(409);
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", false))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(200);
        as("agent1").post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        as("agent1").get("/api/attempts/" + attempt + "/review").then().statusCode(200)
                .body("shown", equalTo("RESPONSES")).body("score", equalTo(0))
                .body("questions[0].response", equalTo(false))
                .body("questions[0].rightAnswers", org.hamcrest.Matchers.nullValue());
        TestClock.advance(java.time.Duration.ofHours(2));
        try {
            as("agent1").get("/api/attempts/" + attempt + "/review").then().statusCode(200)
                    .body("shown", equalTo("ANSWERS")).body("questions[0].rightAnswers", equalTo(List.of("true")));
        } finally {
            TestClock.reset();
        }
        as("agent2").get("/api/attempts/" + attempt + "/review").then().statusCode(403);
    }

    @Test
    void theGradingMethodPicksTheAttemptThatCountsAndRepeatsAreAvoided() {
        int exam = createExam(Map.of("title", "两次机会", "timeLimitMinutes", 10, "attemptsAllowed", 2,
                "gradingMethod", "LAST", "sections", List.of(Map.of("bank", "scripts", "category", "话术/外呼", "count", 2)),
                "assignTo", Map.of("users", List.of("qa"))));
        as("qa").get("/api/exams/" + exam + "/grade").then().statusCode(204);
        Response first = as("qa").post("/api/exams/" + exam + "/attempts");
        List<String> firstTexts = first.path("questions.text");
        as("qa").post("/api/attempts/" + first.path("attemptId") + "/submit").then().statusCode(200);
        Response second = as("qa").post("/api/exams/" + exam + "/attempts");
        List<String> secondTexts = second.path("questions.text");
        assertTrue(secondTexts.stream().noneMatch(firstTexts::contains), "5 questions in the pool: no repeats");
        as("qa").post("/api/attempts/" + second.path("attemptId") + "/submit").then().statusCode(200);
        as("qa").get("/api/exams/" + exam + "/grade").then().statusCode(200)
                .body("attemptId", equalTo(second.path("attemptId")));
    }

    @Test
    void theTwoSeedExamsAreAssignedToTeamA() {
        as("agent1").get("/api/exams").then().statusCode(200)
                .body("title", org.hamcrest.Matchers.hasItems("在线客服考试（9.4.1）", "工单客服考试（9.4.2）"))
                .body("find { it.title == '在线客服考试（9.4.1）' }.assignees", org.hamcrest.Matchers.hasItem("team:A组"));
        int exam = as("agent1").get("/api/exams").then().extract().path("find { it.title == '工单客服考试（9.4.2）' }.id");
        as("agent2").post("/api/exams/" + exam + "/attempts").then().statusCode(201).body("questions", hasSize(16));
    }

    @Test
    void blueprintsAreCheckedWhenTheExamIsCreated() {
        as("trainer").contentType(ContentType.JSON).body(Map.of("title", "太多", "timeLimitMinutes", 10,
                        "sections", List.of(Map.of("bank", "scripts", "category", "话术/外呼", "count", 50))))
                .post("/api/exams").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sections[0].count"))
                .body("errors[0].message", containsString("50"));
        as("trainer").contentType(ContentType.JSON).body(Map.of("title", "", "sections", List.of(),
                        "assignTo", Map.of("users", List.of("ghost"))))
                .post("/api/exams").then().statusCode(400)
                .body("errors.field", equalTo(List.of("title", "timeLimitMinutes", "sections", "assignTo.users")));
        as("agent1").contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/exams").then().statusCode(403);
        as("agent1").get("/api/exams/1/analysis").then().statusCode(403);
    }

    @Test
    void itemAnalysisCoversSubmittedAttempts() {
        int tf1 = questionId("ticket-service", "直派反馈时限");
        int tf2 = questionId("ticket-service", "客户信息满分");
        int exam = createExam(Map.of("title", "分析", "timeLimitMinutes", 10,
                "sections", List.of(Map.of("questions", List.of(tf1, tf2))),
                "assignTo", Map.of("users", List.of("agent1", "agent2", "lead"))));
        int[][] answers = {{2, 30}, {2, 10}, {5, 10}};
        String[] who = {"agent1", "agent2", "lead"};
        for (int i = 0; i < who.length; i++) {
            Response started = as(who[i]).post("/api/exams/" + exam + "/attempts");
            int attempt = started.path("attemptId");
            List<Map<String, Object>> questions = started.path("questions");
            for (Map<String, Object> q : questions) {
                int value = ((String) q.get("text")).contains("时限") ? answers[i][0] : answers[i][1];
                as(who[i]).contentType(ContentType.JSON).body(Map.of("answer", value))
                        .put("/api/attempts/" + attempt + "/answers/" + q.get("slot")).then().statusCode(200);
            }
            as(who[i]).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        }
        as("trainer").get("/api/exams/" + exam + "/analysis").then().statusCode(200)
                .body("attempts", equalTo(3)).body("sameQuestionsForAll", equalTo(true))
                .body("items", hasSize(2))
                .body("items.find { it.question == '直派反馈时限' }.facility", equalTo(0.6666667f))
                .body("items.find { it.question == '客户信息满分' }.facility", equalTo(0.33333334f))
                .body("alpha", notNullValue());
        as("agent1").get("/api/exams").then().statusCode(200).body("title", org.hamcrest.Matchers.hasItem("分析"));
        as("qa").get("/api/exams").then().statusCode(200).body("title", not(org.hamcrest.Matchers.hasItem("分析")));
    }

    @Test
    void anExamChangesUntilSomeoneStartsIt() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "可修改的考试", "timeLimitMinutes", 20,
                "passPercent", 60, "sections", List.of(Map.of("bank", "online-service", "count", 2, "marks", 1)),
                "assignTo", Map.of("users", List.of("agent2"))));
        int exam = createExam(body);
        body.put("title", "可修改的考试（第二版）");
        body.put("passPercent", 80);
        as("trainer").contentType(ContentType.JSON).body(body).put("/api/exams/" + exam).then().statusCode(200)
                .body("title", equalTo("可修改的考试（第二版）")).body("passPercent", equalTo(80));
        // A wrong change is refused at its field and changes nothing.
        Map<String, Object> wrong = new java.util.HashMap<>(body);
        wrong.put("passPercent", 0);
        wrong.put("title", "不应保存");
        as("trainer").contentType(ContentType.JSON).body(wrong).put("/api/exams/" + exam).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("passPercent"));
        as("trainer").get("/api/exams/" + exam).then().body("title", equalTo("可修改的考试（第二版）"));
        as("agent2").contentType(ContentType.JSON).body(body).put("/api/exams/" + exam).then().statusCode(403);
        as("trainer").contentType(ContentType.JSON).body(body).put("/api/exams/999999").then().statusCode(404);
        // Once a trainee has started it, what they were given stays.
        as("agent2").post("/api/exams/" + exam + "/attempts").then().statusCode(201);
        as("trainer").contentType(ContentType.JSON).body(body).put("/api/exams/" + exam).then().statusCode(409)
                .contentType(PROBLEM);
    }
}
