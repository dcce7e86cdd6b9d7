package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class QuestionBankPagesTest {

    @Test
    void trainersBrowseTheSeedBanksByCategoryTagAndWords() {
        Browser trainer = Browser.signedInAs("trainer").acceptLanguage("zh");
        trainer.get("/question-banks").then().statusCode(200).body(containsString("在线客服"))
                .body(org.hamcrest.Matchers.not(containsString(">online-service<")))
                .body(containsString("导入题目"));
        int id = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'scripts' }.id");
        trainer.get("/question-banks/" + id).then().statusCode(200).body(containsString("话术/协查工单回访"))
                .body(containsString("回访开场")).body(containsString("外呼开场"));
        trainer.get("/question-banks/" + id + "?category=话术/外呼").then().statusCode(200)
                .body(containsString("外呼开场")).body(not(containsString("回访开场")));
        trainer.get("/question-banks/" + id + "?tag=call-quality/listening").then()
                .body(containsString("复述确认")).body(not(containsString("外呼开场")));
        trainer.get("/question-banks/" + id + "?q=语速").then().body(containsString("语速"))
                .body(not(containsString("外呼开场")));
    }

    @Test
    void aFileImportedThroughThePageReportsWhatItDid() {
        Browser trainer = Browser.signedInAs("trainer");
        trainer.submitMultipart("/question-banks", "/question-banks/import",
                        Map.of("format", "gift", "bank", "page-import"), "bank.gift", GiftParserTest.EVERY_TYPE)
                .then().statusCode(200).body(containsString("Import done")).body(containsString("14 questions: 14 new"));
        trainer.submitMultipart("/question-banks", "/question-banks/import",
                        Map.of("format", "gift", "bank", "page-import", "content", "坏{=a ~b"), null, null)
                .then().statusCode(400).body(containsString("Nothing was imported")).body(containsString("Line 1"));
        Browser.signedInAs("trainer").submitMultipart("/question-banks", "/question-banks/import",
                Map.of("format", "aiken", "bank", "page-import", "content", "问？\nA. 甲\nB. 乙\nANSWER: A", "dryRun", "true"),
                null, null).then().statusCode(200).body(containsString("Dry run"));
    }

    @Test
    void editingAQuestionAsGiftPreviewsLiveAndSavesANewVersion() {
        Browser trainer = Browser.signedInAs("trainer");
        int bank = as("trainer").get("/api/question-banks").then().extract().path("find { it.key == 'online-service' }.id");
        int question = as("trainer").get("/api/question-banks/" + bank + "/questions").then().extract()
                .path("find { it.title == '提前到岗' }.id");
        String page = "/question-banks/" + bank + "/questions/" + question;
        trainer.get(page).then().statusCode(200).body(containsString("// [id:os-005]")).body(containsString("hx-post"));

        trainer.htmxPost(page, "/question-banks/preview", Map.of("gift", "::新::新题？{=对 ~错}")).then().statusCode(200)
                .body(containsString("新题？")).body(containsString("100"));
        trainer.htmxPost(page, "/question-banks/preview", Map.of("gift", "坏{=a ~%7%b}")).then().statusCode(200)
                .body(containsString("Line 1"));

        String edited = "$CATEGORY: 在线客服/服务规范\n\n// [id:os-005]\n// [tag:conduct] [difficulty:1]\n"
                + "::提前到岗::按照员工行为规范，坐席应在上班前提前几分钟到岗？{#10:1}\n";
        trainer.submit(page, "/question-banks/" + bank + "/questions", Map.of("gift", edited)).then().statusCode(303);
        as("trainer").get("/api/question-banks/" + bank + "/questions").then()
                .body("find { it.title == '提前到岗' }.version", equalTo(2))
                .body("find { it.title == '提前到岗' }.question.answers[0].tolerance", equalTo(1));
        trainer.submit(page, "/question-banks/" + bank + "/questions", Map.of("gift", "两题{T}\n\n二{F}")).then()
                .statusCode(400).body(containsString("exactly one valid question"));
    }

    @Test
    void otherRolesCannotSeeQuestionBanks() {
        Browser.signedInAs("agent1").get("/question-banks").then().statusCode(403);
        Browser.signedInAs("qa").get("/question-banks/1").then().statusCode(403);
        Browser.signedInAs("agent1").get("/").then().body(not(containsString("/question-banks")));
    }
}
