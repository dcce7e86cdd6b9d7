package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TrainerExamTest {

    @Test
    void aTrainerBuildsAnExamInThePageAndAssignsItToATeam() {
        Browser trainer = Browser.signedInAs("trainer").acceptLanguage("zh");
        trainer.get("/training/exams").then().statusCode(200).body(containsString("新建考试"))
                .body(containsString("在线客服考试（9.4.1）"));
        String location = trainer.submit("/training/exams", "/training/exams", Map.ofEntries(
                        Map.entry("title", "页面组卷"), Map.entry("timeLimitMinutes", "15"), Map.entry("attemptsAllowed", "2"),
                        Map.entry("gradingMethod", "LAST"), Map.entry("passPercent", "80"),
                        Map.entry("bank_0", "scripts"), Map.entry("category_0", "话术/外呼"), Map.entry("count_0", "3"),
                        Map.entry("marks_0", "2"), Map.entry("teams", "A组")))
                .then().statusCode(303).header("Location", startsWith("http")).extract().header("Location");
        trainer.get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).body(containsString("页面组卷"))
                .body(containsString("题目分析"));
        as("agent1").get("/api/exams").then().body("find { it.title == '页面组卷' }.gradingMethod", equalTo("LAST"))
                .body("find { it.title == '页面组卷' }.sections[0].count", equalTo(3));

        trainer.submit("/training/exams", "/training/exams", Map.of("title", "", "timeLimitMinutes", "x",
                "bank_0", "scripts", "count_0", "99")).then().statusCode(400)
                .body(containsString("该部分需要 99 道题")).body(containsString("标题必填"))
                .body(org.hamcrest.Matchers.not(containsString("sections[0]")))
                .body(containsString("name=\"count_0\" inputmode=\"numeric\" value=\"99\""));
        Browser.signedInAs("agent1").get("/training/exams").then().statusCode(403);
    }

    @Test
    void aRegradeAppliesAFixedKeyAndIssuesCertificatesToNewPasses() {
        String gift = "$CATEGORY: 重评\n\n// [id:regrade-1]\n::重评题::客服热线号码是？{=12345 ~11185}\n";
        int bankId = as("trainer").contentType(ContentType.TEXT.withCharset("UTF-8")).body(gift)
                .post("/api/question-banks/import?format=gift&bank=regrade").then().statusCode(200).extract().path("bankId");
        int question = as("trainer").get("/api/question-banks/" + bankId + "/questions").then().extract().path("[0].id");
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "重评考试", "timeLimitMinutes", 10,
                        "passPercent", 100, "sections", List.of(Map.of("questions", List.of(question))),
                        "assignTo", Map.of("users", List.of("agent2"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");
        Response started = as("agent2").post("/api/exams/" + exam + "/attempts");
        int attempt = started.path("attemptId");
        int right = started.path("questions[0].choices.find { it.text == '11185' }.id");
        as("agent2").contentType(ContentType.JSON).body(Map.of("answer", right))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(200);
        as("agent2").post("/api/attempts/" + attempt + "/submit").then().body("passed", equalTo(false));

        as("trainer").contentType(ContentType.TEXT.withCharset("UTF-8")).body(gift.replace("{=12345 ~11185}", "{~12345 =11185}"))
                .post("/api/question-banks/import?format=gift&bank=regrade").then().body("updated", equalTo(1));
        as("trainer").post("/api/exams/" + exam + "/regrade").then().statusCode(200)
                .body("attempts", equalTo(1)).body("slotsRegraded", equalTo(1)).body("newlyPassed", equalTo(1));
        as("agent2").get("/api/attempts/" + attempt + "/review").then().body("score", equalTo(1));
        as("agent1").post("/api/exams/" + exam + "/regrade").then().statusCode(403);
    }

    @Test
    void essaysWaitForAPersonAndThenTheScoreAndCertificateFollow() {
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'online-service' }.id");
        int essay = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract()
                .path("find { it.title == '论述：服务用语' }.id");
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "论述考试", "timeLimitMinutes", 10,
                        "passPercent", 50, "sections", List.of(Map.of("questions", List.of(essay), "marks", 4)),
                        "assignTo", Map.of("users", List.of("agent1"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");
        Response started = as("agent1").post("/api/exams/" + exam + "/attempts");
        int attempt = started.path("attemptId");
        as("agent1").contentType(ContentType.JSON).body(Map.of("answer", "开始时说您好，结束时说再见。"))
                .put("/api/attempts/" + attempt + "/answers/1").then().statusCode(200);
        as("agent1").post("/api/attempts/" + attempt + "/submit").then().statusCode(200)
                .body("pendingGrading", equalTo(true)).body("passed", equalTo(false)).body("certificate", nullValue());

        as("trainer").get("/api/exams/" + exam + "/grading").then().statusCode(200).body("$", hasSize(1))
                .body("[0].response", containsString("您好"));
        as("trainer").contentType(ContentType.JSON).body(Map.of("marks", 5))
                .post("/api/attempts/" + attempt + "/slots/1/grade").then().statusCode(400);
        as("agent1").contentType(ContentType.JSON).body(Map.of("marks", 4))
                .post("/api/attempts/" + attempt + "/slots/1/grade").then().statusCode(403);
        as("trainer").contentType(ContentType.JSON).body(Map.of("marks", 3))
                .post("/api/attempts/" + attempt + "/slots/1/grade").then().statusCode(200)
                .body("score", equalTo(3)).body("maxScore", equalTo(4)).body("passed", equalTo(true))
                .body("pendingGrading", equalTo(false)).body("certificate", org.hamcrest.Matchers.notNullValue());
        as("trainer").get("/api/exams/" + exam + "/grading").then().body("$", hasSize(0));
    }

    @Test
    void aTrainerChangesAnExamOnItsPageUntilSomeoneStartsIt() {
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "可改考试", "timeLimitMinutes", 20,
                        "passPercent", 62.5, "sections", List.of(Map.of("bank", "scripts", "count", 2, "marks", 1.5)),
                        "assignTo", Map.of("teams", List.of("A组"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");
        Browser trainer = Browser.signedInAs("trainer").acceptLanguage("zh");
        String path = "/training/exams/" + exam;
        // The change form holds the exam's own values.
        trainer.get(path).then().statusCode(200).body(containsString("修改此考试"))
                .body(containsString("name=\"title\" required value=\"可改考试\""))
                .body(containsString("name=\"timeLimitMinutes\" value=\"20\""))
                .body(containsString("name=\"passPercent\" value=\"62.5\""))
                .body(containsString("name=\"marks_0\" inputmode=\"decimal\" value=\"1.5\""))
                .body(containsString("value=\"A组\" checked"));

        Map<String, String> changed = Map.of("title", "已改考试", "timeLimitMinutes", "25", "passPercent", "70",
                "bank_0", "scripts", "count_0", "3", "marks_0", "2", "teams", "A组");
        trainer.submit(path, path, changed).then().statusCode(303)
                .header("Location", containsString(path + "?saved=true"));
        trainer.get(path + "?saved=true").then().body(containsString("考试已保存。"));
        as("trainer").get("/api/exams/" + exam).then().body("title", equalTo("已改考试"))
                .body("timeLimitSeconds", equalTo(1500)).body("sections[0].count", equalTo(3));

        // A refused change keeps what was typed and says why at the field; nothing changes.
        trainer.submit(path, path, Map.of("title", "", "timeLimitMinutes", "九十", "bank_0", "scripts", "count_0", "99"))
                .then().statusCode(400).body(containsString("考试未修改"))
                .body(containsString("请给出时限，最长 24 小时。")).body(org.hamcrest.Matchers.not(containsString("timeLimitSeconds")))
                .body(containsString("该部分需要 99 道题")).body(containsString("标题必填"))
                .body(containsString("name=\"count_0\" inputmode=\"numeric\" value=\"99\""));
        as("trainer").get("/api/exams/" + exam).then().body("title", equalTo("已改考试"));

        // Once someone has started it, the page says so instead of offering the form, and a change is 409.
        as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(201);
        trainer.get(path).then().body(org.hamcrest.Matchers.not(containsString("修改此考试")))
                .body(containsString("已有学员开始此考试"));
        trainer.submit(path, path, changed).then().statusCode(409);
        Browser.signedInAs("agent1").get(path).then().statusCode(403);
    }

    @Test
    void anExamWithMoreSectionsThanTheFormsFourRowsKeepsThemAllWhenChangedOnItsPage() {
        List<Map<String, Object>> five = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> Map.<String, Object>of("bank", "scripts", "count", 1, "marks", 1 + i)).toList();
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "五部分考试", "timeLimitMinutes", 20,
                "sections", five, "assignTo", Map.of("users", List.of("agent2")))).post("/api/exams").then().statusCode(201)
                .extract().path("id");
        Browser trainer = Browser.signedInAs("trainer").acceptLanguage("en");
        String path = "/training/exams/" + exam;
        trainer.get(path).then().statusCode(200).body(containsString("name=\"marks_4\" inputmode=\"decimal\" value=\"5\""));
        Map<String, String> form = new java.util.HashMap<>(Map.of("title", "五部分考试（改）", "timeLimitMinutes", "20",
                "users", "agent2"));
        for (int i = 0; i < 5; i++) {
            form.put("bank_" + i, "scripts");
            form.put("count_" + i, "1");
            form.put("marks_" + i, String.valueOf(1 + i));
        }
        trainer.submit(path, path, form).then().statusCode(303);
        as("trainer").get("/api/exams/" + exam).then().body("title", equalTo("五部分考试（改）"))
                .body("sections", hasSize(5)).body("sections[4].marks", io.zhijian.support.Api.number(5));
    }
}
