package io.zhijian.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.zhijian.support.Browser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ScorecardPagesTest {

    @Inject
    ScorecardFileLoader loader;

    @Test
    void everyoneSeesTheSeedScorecardsInTheirLanguage() {
        Browser.signedInAs("agent1").acceptLanguage("zh").get("/scorecards").then().statusCode(200)
                .body(containsString("通话质量评分表")).body(containsString("工单质量评分表"))
                .body(containsString("通话监听表")).body(not(containsString("导入评分表")));
        Browser.signedInAs("qa").get("/scorecards/call-quality/v/1").then().statusCode(200)
                .body(containsString("Opening &amp; closing script")).body(containsString("Word-perfect"))
                .body(containsString("soft-skill")).body(not(containsString("Start a new draft")));
        Browser.signedInAs("qa").acceptLanguage("zh").get("/scorecards/ticket-quality/v/1").then().statusCode(200)
                .body(containsString("关键项：整表 0 分")).body(containsString("客户信息"));
        Browser.signedInAs("lead").get("/scorecards/call-quality").then().statusCode(303)
                .header("Location", endsWith("/scorecards/call-quality/v/1"));
    }

    @Test
    void aTrainerImportsEditsPublishesAndExportsAScorecard() {
        Browser trainer = Browser.signedInAs("trainer");
        trainer.submit("/scorecards", "/scorecards/import", Map.of("yaml", ScorecardApiTest.small("page-card", 10),
                "draft", "true")).then().statusCode(303).header("Location", endsWith("/scorecards/page-card/v/1/edit"));
        String edit = "/scorecards/page-card/v/1/edit";
        trainer.get(edit).then().statusCode(200).body(containsString("10 | 准确 | Accurate"));

        trainer.submit(edit, "/scorecards/page-card/v/1/sections/main/items/accuracy", Map.ofEntries(
                Map.entry("action", "save"), Map.entry("zh", "准确性"), Map.entry("en", "Accuracy of record"),
                Map.entry("type", "LEVELS"), Map.entry("maxPoints", "20"), Map.entry("critical", "NONE"),
                Map.entry("tags", "technical, ticket-accuracy"),
                Map.entry("levels", "20 | 完全准确 | Fully accurate\n10 | 基本准确 | Mostly accurate\n0 | 错误 | Wrong")))
                .then().statusCode(303);
        as("qa").get("/api/scorecards/page-card/versions/1").then()
                .body("sections[0].items[0].maxPoints", equalTo(20))
                .body("sections[0].items[0].levels.points", equalTo(List.of(20, 10, 0)))
                .body("sections[0].items[0].tags", equalTo(List.of("technical", "ticket-accuracy")));

        trainer.submit(edit, "/scorecards/page-card/v/1/sections", Map.of("sectionKey", "extra", "zh", "附加",
                "en", "Extra", "itemKey", "courtesy", "itemZh", "礼貌", "itemEn", "Courtesy")).then().statusCode(303);
        trainer.submit(edit, "/scorecards/page-card/v/1/sections/extra", Map.of("action", "up")).then().statusCode(303);
        trainer.submit(edit, "/scorecards/page-card/v/1/meta", Map.of("zh", "页面表", "en", "Page card",
                "appliesTo", List.of("TICKET", "CHAT"))).then().statusCode(303);
        as("qa").get("/api/scorecards/page-card/versions/1").then()
                .body("sections.key", equalTo(List.of("extra", "main")))
                .body("names.en", equalTo("Page card"))
                .body("appliesTo", equalTo(List.of("TICKET", "CHAT")));

        trainer.submit(edit, "/scorecards/page-card/v/1/publish", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/scorecards/page-card/v/1"));
        trainer.get("/scorecards/page-card/v/1").then().body(containsString("Start a new draft"));
        trainer.submit("/scorecards/page-card/v/1", "/scorecards/page-card/v/1/draft", Map.of()).then()
                .statusCode(303).header("Location", endsWith("/scorecards/page-card/v/2/edit"));
        trainer.submit("/scorecards/page-card/v/2/edit", "/scorecards/page-card/v/2/sections/extra/items/courtesy",
                Map.of("action", "delete")).then().statusCode(400).body(containsString("a section needs at least one item"))
                .body(containsString("sections[0].items"));
        trainer.submit("/scorecards/page-card/v/2/edit", "/scorecards/page-card/v/2/sections/extra",
                Map.of("action", "delete")).then().statusCode(303);
        trainer.submit("/scorecards/page-card/v/2/edit", "/scorecards/page-card/v/2/publish", Map.of()).then()
                .statusCode(303);
        trainer.get("/scorecards/page-card/diff?from=1&to=2").then().statusCode(200)
                .body(containsString("sections[extra].items[courtesy].names.en")).body(containsString("removed"));
        trainer.get("/scorecards/page-card/v/2/yaml").then().statusCode(200).body(containsString("key: page-card"));
        trainer.get("/scorecards/page-card/v/1/edit").then().statusCode(303);
    }

    @Test
    void aRejectedEditShowsLocatedErrorsInTheUsersLanguageAndSavesNothing() {
        Browser trainer = Browser.signedInAs("trainer").acceptLanguage("zh");
        trainer.submit("/scorecards", "/scorecards/import", Map.of("yaml", ScorecardApiTest.small("rejecting", 10),
                "draft", "true")).then().statusCode(303);
        String edit = "/scorecards/rejecting/v/1/edit";
        trainer.submit(edit, "/scorecards/rejecting/v/1/sections/main/items/accuracy", Map.of("action", "save",
                        "zh", "准确", "en", "", "type", "LEVELS", "maxPoints", "8",
                        "levels", "10 | 高 | High\n0 | 低 | Low"))
                .then().statusCode(400)
                .body(containsString("sections[0].items[0].names.en")).body(containsString("缺少 en 文字"))
                .body(containsString("sections[0].items[0].levels[0].points")).body(containsString("高于满分"));
        as("qa").get("/api/scorecards/rejecting/versions/1").then().body("sections[0].items[0].maxPoints", equalTo(10));
        trainer.submit(edit, "/scorecards/rejecting/v/1/yaml", Map.of("yaml", "key: [broken")).then().statusCode(400)
                .body(containsString("YAML 语法错误"));
        trainer.submit("/scorecards", "/scorecards/import", Map.of("yaml", "key: x")).then().statusCode(400)
                .body(containsString("appliesTo"));
    }

    @Test
    void nonTrainersCannotEdit() {
        Browser agent = Browser.signedInAs("agent1");
        agent.submit("/scorecards", "/scorecards/import", Map.of("yaml", ScorecardApiTest.small("agent-card", 10)))
                .then().statusCode(403);
        agent.submit("/scorecards", "/scorecards/call-quality/v/1/draft", Map.of()).then().statusCode(403);
        agent.get("/scorecards/call-quality/v/1/edit").then().statusCode(403);
        Browser.signedInAs("qa").submit("/scorecards", "/scorecards/call-quality/v/1/publish", Map.of())
                .then().statusCode(403);
        as("qa").get("/api/scorecards/agent-card").then().statusCode(404);
    }

    @Test
    void invalidFilesAreShownOnTheScorecardsPage() throws IOException {
        Path folder = Files.createTempDirectory("scorecards-page");
        Files.writeString(folder.resolve("broken.yaml"), ScorecardApiTest.small("broken-file", 10)
                .replace("maxPoints: 10", "maxPoints: 12"));
        loader.load(folder);
        try {
            Browser.signedInAs("trainer").get("/scorecards").then().statusCode(200)
                    .body(containsString("broken.yaml")).body(containsString("sections[0].items[0].maxPoints"))
                    .body(containsString("disagrees with the highest level"));
        } finally {
            loader.load();
        }
    }

    @Test
    void unknownScorecardsAndVersionsAreFriendlyNotFoundPages() {
        Browser.signedInAs("qa").get("/scorecards/nope").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("nope"));
        Browser.signedInAs("qa").get("/scorecards/call-quality/v/42").then().statusCode(404);
    }
}
