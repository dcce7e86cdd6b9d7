package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExamPagesTest {

    @Test
    void aTraineeStartsAnswersReloadsSubmitsAndPrintsTheCertificate() {
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'online-service' }.id");
        int question = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract()
                .path("find { it.title == '标准开头语' }.id");
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "页面考试", "timeLimitMinutes", 20,
                        "passPercent", 50, "sections", List.of(Map.of("questions", List.of(question))),
                        "assignTo", Map.of("users", List.of("agent2"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");

        Browser agent = Browser.signedInAs("agent2").acceptLanguage("zh");
        agent.get("/exams").then().statusCode(200).body(containsString("页面考试")).body(containsString("开始或继续作答"));
        String location = agent.submit("/exams", "/exams/" + exam + "/start", Map.of()).then().statusCode(303)
                .extract().header("Location");
        Matcher id = Pattern.compile("/attempts/(\\d+)$").matcher(location);
        assertTrue(id.find(), location);
        String attemptPage = "/attempts/" + id.group(1);
        agent.get(attemptPage).then().statusCode(200).body(containsString("接入在线会话后"))
                .body(containsString("hx-post")).body(not(containsString("fraction")));

        String saved = agent.htmxPost(attemptPage, attemptPage + "/answers/1", Map.of("kind", "boolean", "answer", "true"))
                .then().statusCode(200).body(containsString("已保存")).extract().asString();
        assertTrue(Pattern.compile("\\d{2}:\\d{2}:\\d{2} 已保存").matcher(saved).find(), saved);
        agent.get(attemptPage).then().body(containsString("value=\"true\" checked"));

        Browser second = Browser.signedInAs("agent2").acceptLanguage("zh");
        second.get(attemptPage).then().statusCode(409).body(containsString("另一个浏览器"));
        second.submit("/exams", attemptPage + "/take-over", Map.of()).then().statusCode(303);
        second.get(attemptPage).then().statusCode(200);
        agent.htmxPost("/exams", attemptPage + "/answers/1", Map.of("kind", "boolean", "answer", "false"))
                .then().statusCode(200).body(containsString("未保存"));
        agent.submit("/exams", attemptPage + "/take-over", Map.of()).then().statusCode(303);

        agent.submit(attemptPage, attemptPage + "/submit", Map.of()).then().statusCode(303)
                .header("Location", endsWith(attemptPage + "/result"));
        String result = agent.get(attemptPage + "/result").then().statusCode(200).body(containsString("通过"))
                .extract().asString();
        Matcher code = Pattern.compile("/certificates/([A-Z0-9]+)").matcher(result);
        assertTrue(code.find(), result);
        RestAssured.given().get("/certificates/" + code.group(1)).then().statusCode(200)
                .body(containsString("Agent 2")).body(containsString("页面考试"));
        agent.get(attemptPage).then().statusCode(303);
        Browser.signedInAs("agent1").get(attemptPage).then().statusCode(403);
        Browser.signedInAs("trainer").acceptLanguage("zh").get("/question-banks/" + bank + "/questions/" + question)
                .then().statusCode(200).body(containsString("使用情况")).body(containsString("难度系数"));
    }
}
