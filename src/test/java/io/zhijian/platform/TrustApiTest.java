package io.zhijian.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that used to corrupt data or answer 500, parallel requests that used to break rules, and secrets. */
@QuarkusTest
class TrustApiTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aGb18030GiftFileIsStoredAsTheChineseItIs() {
        String gift = "$CATEGORY: 编码测试\n\n::退回件::客户要求退回快件，坐席应先核实运单号。{TRUE}\n";
        as("trainer").contentType("text/plain").body(gift.getBytes(Charset.forName("GB18030")))
                .queryParam("format", "gift").queryParam("bank", "gb18030-check")
                .post("/api/question-banks/import").then().statusCode(200).body("imported", equalTo(1));
        int bank = as("trainer").get("/api/question-banks").then().extract()
                .path("find { it.key == 'gb18030-check' }.id");
        String text = as("trainer").get("/api/question-banks/" + bank + "/questions").then().statusCode(200)
                .extract().path("[0].question.text");
        assertEquals("客户要求退回快件，坐席应先核实运单号。", text);
        as("trainer").get("/api/question-banks/" + bank + "/questions").then().body("[0].category", equalTo("编码测试"));
    }

    @Test
    void undecodableUploadsAreRefusedAtTheirLineInTheReadersLanguage() {
        byte[] csv = ("ticket_no,type,content,created_at\nE-1,协查,快递员态度差,2026-11-20 09:30\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[csv.length + 1];
        System.arraycopy(csv, 0, broken, 0, csv.length - 1);
        broken[csv.length - 1] = (byte) 0xFF;
        broken[csv.length] = '\n';
        as("qa").contentType("text/csv").body(broken).queryParam("format", "csv").post("/api/tickets/import")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("Line 2"))
                .body("detail", containsString("UTF-8"));
        as("qa").header("Accept-Language", "zh").contentType("text/csv").body(broken).queryParam("format", "csv")
                .post("/api/tickets/import").then().statusCode(400).body("detail", containsString("第 2 行"));
        as("qa").get("/api/tickets/E-1").then().statusCode(404);

        byte[] gift = "::题::内容{TRUE}\n\n::坏::\u0000".getBytes(StandardCharsets.UTF_8);
        gift[gift.length - 1] = (byte) 0xC3;
        as("trainer").contentType("text/plain").body(gift).queryParam("format", "gift")
                .post("/api/question-banks/import").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Line 3"));
    }

    @Test
    void xlsxTicketNumbersStayWhatWasTypedAndTwoNumbersNeverBecomeOne() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            String[] header = {"ticket_no", "type", "content", "created_at"};
            for (int i = 0; i < header.length; i++) {
                sheet.createRow(0);
            }
            var head = sheet.getRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            double[] numbers = {202611200011d, 202611200012d, 12345678901234567890d};
            for (int r = 0; r < numbers.length; r++) {
                var row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(numbers[r]);
                row.createCell(1).setCellValue("协查");
                row.createCell(2).setCellValue("派送延误 " + r);
                row.createCell(3).setCellValue("2026-11-20 09:3" + r);
            }
            book.write(out);
            file = out.toByteArray();
        }
        as("qa").contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(file)
                .queryParam("format", "xlsx").post("/api/tickets/import").then().statusCode(200)
                .body("imported", equalTo(2)).body("rejected", hasSize(1)).body("rejected[0].line", equalTo(4))
                .body("rejected[0].reason", containsString("15"));
        as("qa").get("/api/tickets/202611200011").then().statusCode(200).body("content", equalTo("派送延误 0"));
        as("qa").get("/api/tickets/202611200012").then().statusCode(200).body("content", equalTo("派送延误 1"));
    }

    @Test
    void absurdAndOversizedInputsAre400sThatChangeNothing() {
        StringBuilder deep = new StringBuilder("<?xml version=\"1.0\"?><quiz>");
        deep.append("<a>".repeat(20_000)).append("</a>".repeat(20_000)).append("</quiz>");
        as("trainer").contentType("application/xml").body(deep.toString()).queryParam("format", "moodle-xml")
                .post("/api/question-banks/import").then().statusCode(400).contentType(PROBLEM);

        int before = as("trainer").get("/api/exams").then().statusCode(200).extract().path("size()");
        as("trainer").contentType(ContentType.JSON).body(Map.of("title", "说明过长的考试", "description", "长".repeat(2001),
                        "timeLimitMinutes", 30, "passPercent", 60,
                        "sections", List.of(Map.of("bank", "online-service", "count", 1)),
                        "assignTo", Map.of("users", List.of("trainer"))))
                .post("/api/exams").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("description"));
        as("trainer").get("/api/exams").then().body("size()", equalTo(before));
    }

    @Test
    void absurdValuesAre400sNamingTheirField() {
        Map<String, Object> exam = Map.of("title", "荒谬值", "timeLimitMinutes", 30, "passPercent", 60,
                "sections", List.of(Map.of("bank", "online-service", "count", 1)), "assignTo", Map.of("users", List.of("trainer")));
        Map<String, Object> absurd = Map.of("certificateValidDays", 2_000_000_000, "opensAt", "+1000000000-01-01T00:00:00Z",
                "passPercent", 0);
        absurd.forEach((field, value) -> {
            Map<String, Object> body = new java.util.HashMap<>(exam);
            body.put(field, value);
            as("trainer").contentType(ContentType.JSON).body(body).post("/api/exams").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", hasItem(field));
        });
        as("qa").contentType(ContentType.JSON).body(Map.of("name", "远期计划", "period", "9999-12", "teams", List.of("A组"),
                "perAgent", 1, "inspectors", List.of("qa"))).post("/api/qa/plans").then().statusCode(400)
                .body("errors.field", hasItem("period"));

        byte[] wav = io.zhijian.support.TestAudio.wav(8000, io.zhijian.support.TestAudio.Encoding.PCM16,
                new short[8000]);
        as("qa").multiPart("audio", "c.wav", wav, "audio/wav").multiPart("meta", "null", "application/json")
                .post("/api/calls").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("meta"));

        String longTitle = "::" + "标".repeat(501) + "::题干{TRUE}\n\n::短标题::题干{FALSE}\n";
        as("trainer").contentType("text/plain").body(longTitle.getBytes(StandardCharsets.UTF_8))
                .queryParam("format", "gift").queryParam("bank", "too-long-title").queryParam("partial", true)
                .post("/api/question-banks/import").then().statusCode(200).body("imported", equalTo(1))
                .body("errors[0].line", equalTo(1)).body("errors[0].message", containsString("500"));
    }

    @Test
    void tenParallelCreationsOfOneUsernameGiveOne201AndNine409s() throws Exception {
        List<Integer> statuses = parallel(10, () -> as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "twin.user", "displayName", "Twin", "password", "long-enough-1",
                        "roles", List.of("AGENT")))
                .post("/api/users").statusCode());
        Collections.sort(statuses);
        List<Integer> expected = new ArrayList<>(List.of(201));
        expected.addAll(Collections.nCopies(9, 409));
        assertEquals(expected, statuses);
    }

    @Test
    void fiftyParallelWrongPasswordsLockTheAccount() throws Exception {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "guessed.user", "displayName", "Guessed",
                "password", "right-password-1", "roles", List.of("AGENT"))).post("/api/users").then().statusCode(201);
        List<Integer> statuses = parallel(50, () -> as("guessed.user", "wrong-" + Thread.currentThread().getId())
                .get("/api/me").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 401), statuses.toString());
        as("guessed.user", "right-password-1").get("/api/me").then().statusCode(401);
        as("admin").get("/api/users/guessed.user").then().statusCode(200).body("lockedUntil", notNullValue());
    }

    @Test
    void choiceIdsAreOpaquePerAttemptAndPositionsAreNotAnswers() {
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'online-service' }.id");
        int question = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract()
                .path("find { it.title == '十字服务用语' }.id");
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "选项编号测试", "timeLimitMinutes", 30,
                        "passPercent", 60, "attemptsAllowed", 2,
                        "sections", List.of(Map.of("questions", List.of(question)),
                                Map.of("bank", "online-service", "category", "在线客服/服务规范", "count", 3)),
                        "assignTo", Map.of("users", List.of("agent2"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");
        Response started = as("agent2").post("/api/exams/" + exam + "/attempts");
        started.then().statusCode(201);
        List<Map<String, Object>> questions = started.path("questions");
        Map<String, Object> choice = questions.stream().filter(q -> q.get("choices") != null
                && "SINGLE_CHOICE".equals(q.get("type"))).findFirst().orElseThrow();
        List<Integer> ids = ((List<Map<String, Object>>) choice.get("choices")).stream()
                .map(c -> (Integer) c.get("id")).toList();
        assertTrue(ids.stream().allMatch(id -> id >= 100_000 && id <= 999_999), "ids say nothing of positions: " + ids);
        int attempt = started.path("attemptId");
        as("agent2").contentType(ContentType.JSON).body(Map.of("answer", 0))
                .put("/api/attempts/" + attempt + "/answers/" + choice.get("slot")).then().statusCode(400);
        as("agent2").contentType(ContentType.JSON).body(Map.of("answer", ids.get(1)))
                .put("/api/attempts/" + attempt + "/answers/" + choice.get("slot")).then().statusCode(200);
        as("agent2").get("/api/attempts/" + attempt).then().statusCode(200)
                .body("questions.find { it.slot == " + choice.get("slot") + " }.response", equalTo(ids.get(1)));
        as("agent2").post("/api/attempts/" + attempt + "/submit").then().statusCode(200);

        Response again = as("agent2").post("/api/exams/" + exam + "/attempts");
        again.then().statusCode(201);
        List<Integer> all = new ArrayList<>();
        ((List<Map<String, Object>>) again.path("questions")).stream().filter(q -> q.get("choices") != null)
                .forEach(q -> ((List<Map<String, Object>>) q.get("choices")).forEach(c -> all.add((Integer) c.get("id"))));
        assertFalse(all.stream().anyMatch(ids::contains), "another attempt shows other ids");
    }

    @Test
    void parallelSubmitsOfOneAttemptSubmitItOnceWithOneAuditRow() throws Exception {
        int exam = as("trainer").contentType(ContentType.JSON).body(Map.of("title", "并发交卷测试", "timeLimitMinutes", 30,
                        "passPercent", 60, "sections", List.of(Map.of("bank", "scripts", "count", 3)),
                        "assignTo", Map.of("users", List.of("agent1"))))
                .post("/api/exams").then().statusCode(201).extract().path("id");
        int attempt = as("agent1").post("/api/exams/" + exam + "/attempts").then().statusCode(201).extract().path("attemptId");
        List<Integer> statuses = parallel(6, () -> as("agent1").post("/api/attempts/" + attempt + "/submit").statusCode());
        Collections.sort(statuses);
        assertEquals(List.of(200, 409, 409, 409, 409, 409), statuses);
        List<String> audited = as("admin").queryParam("size", 200).get("/api/audit").then().statusCode(200).extract()
                .path("findAll { it.targetType == 'attempt' && it.targetId == '" + attempt + "' }.action");
        assertEquals(List.of("ATTEMPT_SUBMITTED"), audited);
        List<Integer> starts = parallel(4, () -> as("agent1").post("/api/exams/" + exam + "/attempts").statusCode());
        assertTrue(starts.stream().allMatch(st -> st == 409), "the one attempt allowed is used: " + starts);
    }

    @Test
    void aTeamLeadIsNeverDealtAnotherTeamsInteractions() {
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "B组")).post("/api/teams").then().statusCode(201);
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "lead.b", "displayName", "Lead B",
                "password", "long-enough-1", "roles", List.of("LEAD"), "team", "B组")).post("/api/users")
                .then().statusCode(201);
        as("qa").contentType(ContentType.JSON).body(Map.of("name", "跨组计划", "period", "2026-11", "teams", List.of("A组"),
                        "perAgent", 2, "inspectors", List.of("qa", "lead.b")))
                .post("/api/qa/plans").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("inspectors")).body("errors.message", hasItem(containsString("lead.b")));
        as("qa").contentType(ContentType.JSON).body(Map.of("name", "本组计划", "period", "2026-11", "teams", List.of("A组"),
                        "perAgent", 2, "inspectors", List.of("qa", "lead")))
                .post("/api/qa/plans").then().statusCode(201);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Response r : List.of(RestAssured.given().get("/login"), as("qa").get("/api/me"))) {
            r.then().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", notNullValue())
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-eval")));
        }
    }

    private static List<Integer> parallel(int n, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> calls = Collections.nCopies(n, request);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
