package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class QuestionBankApiTest {

    static final String PROBLEM = "application/problem+json";

    private static io.restassured.response.Response importing(String user, String body, String query) {
        return as(user).contentType(ContentType.TEXT.withCharset("UTF-8")).body(body)
                .post("/api/question-banks/import?" + query);
    }

    @Test
    void theSeedBanksAreLoadedWithAtLeastTwentyFiveQuestionsEach() {
        as("trainer").get("/api/question-banks").then().statusCode(200)
                .body("key", hasItems("online-service", "ticket-service", "scripts"))
                .body("find { it.key == 'online-service' }.questions", greaterThanOrEqualTo(26))
                .body("find { it.key == 'ticket-service' }.questions", greaterThanOrEqualTo(25))
                .body("find { it.key == 'scripts' }.questions", greaterThanOrEqualTo(25));
    }

    @Test
    void aGiftImportReportsCountsByTypeAndCategory() {
        importing("trainer", GiftParserTest.EVERY_TYPE, "format=gift&bank=api-every").then().statusCode(200)
                .body("imported", equalTo(14)).body("created", equalTo(14))
                .body("byType.SINGLE_CHOICE", equalTo(2)).body("byType.MULTIPLE_CHOICE", equalTo(1))
                .body("byType.TRUE_FALSE", equalTo(1)).body("byType.SHORT_ANSWER", equalTo(1))
                .body("byType.NUMERICAL", equalTo(4)).body("byType.MATCHING", equalTo(1))
                .body("byType.ESSAY", equalTo(1)).body("byType.DESCRIPTION", equalTo(1))
                .body("byType.MISSING_WORD", equalTo(2))
                .body("byCategory.'在线客服/服务规范'", equalTo(14))
                .body("errors", equalTo(List.of()))
                .body("bankId", notNullValue());
        importing("trainer", GiftParserTest.EVERY_TYPE, "format=gift&bank=api-every").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(14));
        importing("trainer", GiftParserTest.EVERY_TYPE.replace("{#10}", "{#15}"), "format=gift&bank=api-every")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(13));
    }

    @Test
    void exportThenImportGivesTheSameBank() {
        int id = importing("admin", GiftParserTest.EVERY_TYPE, "format=gift&bank=api-round").then().statusCode(200)
                .extract().path("bankId");
        String exported = as("trainer").get("/api/question-banks/" + id + "/export?format=gift").then()
                .statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertEquals(GiftParser.parse(GiftParserTest.EVERY_TYPE).questions().stream().map(Question::withoutLine).toList(),
                GiftParser.parse(exported).questions().stream().map(Question::withoutLine).toList());
        importing("trainer", exported, "format=gift&bank=api-round").then().statusCode(200)
                .body("unchanged", equalTo(14)).body("created", equalTo(0));
    }

    @Test
    void aFileWithErrorsImportsNothingUnlessPartial() {
        String gift = "好{=a ~b}\n\n坏{=a ~b\n\n也坏{~%7%a ~b}\n\n好二{T}\n";
        importing("trainer", gift, "format=gift&bank=api-errors").then().statusCode(400).contentType(PROBLEM)
                .body("imported", equalTo(0))
                .body("errors.line", equalTo(List.of(3, 5)))
                .body("errors[1].message", containsString("%7%"))
                .body("detail", containsString("partial=true"));
        as("trainer").get("/api/question-banks").then().body("key", org.hamcrest.Matchers.not(hasItems("api-errors")));
        importing("trainer", gift, "format=gift&bank=api-errors&dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("imported", equalTo(2)).body("errors.line", equalTo(List.of(3, 5)));
        importing("trainer", gift, "format=gift&bank=api-errors&partial=true").then().statusCode(200)
                .body("imported", equalTo(2)).body("created", equalTo(2)).body("errors.line", equalTo(List.of(3, 5)));
    }

    @Test
    void moodleXmlImportsAndExports() {
        int id = importing("trainer", GiftParserTest.EVERY_TYPE, "format=gift&bank=api-xml").then().statusCode(200)
                .extract().path("bankId");
        String xml = as("trainer").get("/api/question-banks/" + id + "/export?format=moodle-xml").then()
                .statusCode(200).contentType(containsString("xml")).extract().asString();
        importing("trainer", xml, "format=moodle-xml&bank=api-xml-copy").then().statusCode(200)
                .body("imported", equalTo(14)).body("byType.MATCHING", equalTo(1)).body("byType.MISSING_WORD", equalTo(2));
        importing("trainer", "<quiz><question type=\"cloze\"/></quiz>", "format=moodle-xml&bank=api-xml-bad")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].line", equalTo(1));
    }

    @Test
    void aikenImportsAndUnknownFormatsAreRefused() {
        importing("trainer", "问题？\nA. 甲\nB. 乙\nANSWER: B\n", "format=aiken&bank=api-aiken").then().statusCode(200)
                .body("byType.SINGLE_CHOICE", equalTo(1));
        importing("trainer", "x", "format=word").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("word"));
        as("trainer").get("/api/question-banks/999999/export?format=gift").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void binaryEmptyAndHugeUploadsAreRefused() {
        as("trainer").contentType("application/octet-stream").body(new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 1})
                .post("/api/question-banks/import?format=gift").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("binary"));
        importing("trainer", "   ", "format=gift").then().statusCode(400).contentType(PROBLEM);
        importing("trainer", "问题{T}\n\n".repeat(250_000), "format=gift").then().statusCode(413);
        importing("trainer", "问题{=a ~b}", "format=gift&bank=Bad Key").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qa", "lead", "agent1"})
    void questionBanksAreForTrainersAndAdminsOnly(String username) {
        as(username).get("/api/question-banks").then().statusCode(403).contentType(PROBLEM);
        importing(username, "问题{T}", "format=gift").then().statusCode(403);
        as(username).get("/api/question-banks/1/export?format=gift").then().statusCode(403);
        as(username).get("/api/question-banks/1/questions").then().statusCode(403);
    }

    @Test
    void questionsCarryTagsDifficultyAndVersions() {
        int id = as("trainer").get("/api/question-banks").then().extract()
                .path("find { it.key == 'online-service' }.id");
        as("trainer").get("/api/question-banks/" + id + "/questions").then().statusCode(200)
                .body("find { it.title == '十字服务用语' }.tags", equalTo(List.of("call-quality/standard-language")))
                .body("find { it.title == '十字服务用语' }.difficulty", equalTo(1))
                .body("find { it.title == '十字服务用语' }.version", equalTo(1))
                .body("find { it.title == '十字服务用语' }.type", equalTo("SINGLE_CHOICE"))
                .body("find { it.title == '十字服务用语' }.category", equalTo("在线客服/服务规范"));
    }
}
