package io.zhijian.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ScorecardApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String YAML = "application/yaml";

    @Inject
    ScorecardFileLoader loader;

    static String small(String key, int maxPoints) {
        return """
                key: %s
                names: {zh: 小表, en: Small}
                appliesTo: [TICKET]
                sections:
                  - key: main
                    names: {zh: 主要, en: Main}
                    items:
                      - key: accuracy
                        names: {zh: 准确, en: Accuracy}
                        type: LEVELS
                        maxPoints: %d
                        levels:
                          - {points: %d, description: {zh: 准确, en: Accurate}}
                          - {points: 0, description: {zh: 错误, en: Wrong}}
                      - key: gate
                        names: {zh: 否决, en: Gate}
                        type: YES_NO
                        maxPoints: 0
                        critical: FORM
                        failingAnswers: ['no']
                """.formatted(key, maxPoints, maxPoints);
    }

    @Test
    void theThreeSeedScorecardsAreListedInBothLanguages() {
        as("agent1").get("/api/scorecards").then().statusCode(200)
                .body("key", hasItems("call-quality", "ticket-quality", "call-monitoring"))
                .body("find { it.key == 'call-quality' }.names.zh", equalTo("通话质量评分表"))
                .body("find { it.key == 'call-quality' }.names.en", equalTo("Call quality"))
                .body("find { it.key == 'call-quality' }.latestVersion", equalTo(1))
                .body("find { it.key == 'call-quality' }.appliesTo", equalTo(List.of("CALL")))
                .body("find { it.key == 'ticket-quality' }.appliesTo", equalTo(List.of("TICKET", "CHAT")));
    }

    @Test
    void aPublishedVersionHasTheDocumentedShape() {
        as("qa").get("/api/scorecards/call-quality").then().statusCode(200)
                .body("key", equalTo("call-quality"))
                .body("version", equalTo(1))
                .body("sections", hasSize(6))
                .body("sections[0].key", equalTo("opening-closing"))
                .body("sections[0].items[0].key", equalTo("opening-closing-script"))
                .body("sections[0].items[0].names.zh", equalTo("开头语/结束语"))
                .body("sections[0].items[0].type", equalTo("LEVELS"))
                .body("sections[0].items[0].maxPoints", equalTo(8))
                .body("sections[0].items[0].allowNa", equalTo(false))
                .body("sections[0].items[0].critical", equalTo("NONE"))
                .body("sections[0].items[0].failingAnswers", equalTo(List.of()))
                .body("sections[0].items[0].levels.points", equalTo(List.of(8, 4, 0)))
                .body("sections[0].items[0].levels[0].description.en", equalTo("Word-perfect standard opening and closing"))
                .body("sections[0].items[0].tags", equalTo(List.of("soft-skill")));
        as("qa").get("/api/scorecards/ticket-quality/versions/1").then().statusCode(200)
                .body("sections[1].items[0].critical", equalTo("FORM"))
                .body("sections[1].items[0].failingAnswers", equalTo(List.of("no")));
        as("trainer").contentType(ContentType.JSON).body(Map.of("key", "json-card", "names", Map.of("zh", "杰", "en", "J"),
                        "appliesTo", List.of("CHAT"), "sections", List.of(Map.of("key", "s", "names", Map.of("zh", "段", "en", "S"),
                                "items", List.of(Map.of("key", "p", "names", Map.of("zh", "分", "en", "P"), "type", "POINTS",
                                        "maxPoints", 5, "critical", "SECTION", "failingAnswers", List.of(0)))))))
                .post("/api/scorecards").then().statusCode(201);
        as("qa").get("/api/scorecards/json-card").then().body("sections[0].items[0].failingAnswers", equalTo(List.of(0)));
    }

    @Test
    void theYamlOfAVersionReadsBackToTheSameScorecard() {
        String yaml = as("agent2").get("/api/scorecards/call-monitoring/versions/1/yaml").then().statusCode(200)
                .contentType(YAML).extract().asString();
        assertEquals(Fixtures.seed("call-monitoring"), Fixtures.parse(yaml));
    }

    @Test
    void postingCreatesVersionsAndIdenticalContentChangesNothing() {
        as("trainer").contentType(YAML).body(small("api-small", 10)).post("/api/scorecards").then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/api/scorecards/api-small/versions/1"))
                .body("version", equalTo(1)).body("status", equalTo("PUBLISHED")).body("created", equalTo(true));
        as("trainer").contentType(YAML).body(small("api-small", 10)).post("/api/scorecards").then().statusCode(200)
                .body("version", equalTo(1)).body("created", equalTo(false));
        as("admin").contentType(YAML).body(small("api-small", 20)).post("/api/scorecards").then().statusCode(201)
                .body("version", equalTo(2));
        as("qa").get("/api/scorecards/api-small").then().body("version", equalTo(2))
                .body("sections[0].items[0].maxPoints", equalTo(20));
        as("qa").get("/api/scorecards/api-small/versions").then().body("version", equalTo(List.of(1, 2)));
        as("qa").get("/api/scorecards/api-small/diff?from=1&to=2").then().statusCode(200)
                .body("find { it.path == 'sections[main].items[accuracy].maxPoints' }.kind", equalTo("CHANGED"))
                .body("find { it.path == 'sections[main].items[accuracy].maxPoints' }.before", equalTo("10"))
                .body("find { it.path == 'sections[main].items[accuracy].maxPoints' }.after", equalTo("20"))
                .body("find { it.path == 'sections[main].items[accuracy].levels[20].en' }.kind", equalTo("ADDED"));
    }

    @Test
    void draftsChangeUntilPublishedAndPublishedVersionsNeverChange() {
        as("trainer").contentType(YAML).body(small("drafty", 10)).post("/api/scorecards").then().statusCode(201);
        as("trainer").post("/api/scorecards/drafty/versions/1/draft").then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        as("qa").get("/api/scorecards/drafty").then().body("version", equalTo(1));
        as("trainer").contentType(YAML).body(small("drafty", 30)).put("/api/scorecards/drafty/versions/2")
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        as("qa").get("/api/scorecards/drafty/versions/2").then().body("status", equalTo("DRAFT"))
                .body("sections[0].items[0].maxPoints", equalTo(30));
        as("trainer").post("/api/scorecards/drafty/versions/2/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("qa").get("/api/scorecards/drafty").then().body("version", equalTo(2));

        as("trainer").contentType(YAML).body(small("drafty", 40)).put("/api/scorecards/drafty/versions/2")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("published"));
        as("trainer").contentType(YAML).body(small("drafty", 40)).put("/api/scorecards/drafty/versions/1")
                .then().statusCode(409);
        as("trainer").delete("/api/scorecards/drafty/versions/1").then().statusCode(409);
        as("trainer").post("/api/scorecards/drafty/versions/1/publish").then().statusCode(409);
        as("qa").get("/api/scorecards/drafty/versions/2").then().body("sections[0].items[0].maxPoints", equalTo(30));
        as("trainer").contentType(YAML).body(small("renamed", 40)).post("/api/scorecards/drafty/versions/2/draft")
                .then().statusCode(200).body("version", equalTo(3));
        as("trainer").contentType(YAML).body(small("renamed", 40)).put("/api/scorecards/drafty/versions/3")
                .then().statusCode(400).body("detail", containsString("drafty"));
        as("trainer").delete("/api/scorecards/drafty/versions/3").then().statusCode(204);
    }

    @Test
    void invalidYamlIs400WithLocatedErrorsAndCreatesNothing() {
        String bad = small("invalid-one", 10).replace("- {points: 0, description: {zh: 错误, en: Wrong}}",
                "- {points: 12, description: {zh: 错误}}");
        as("trainer").contentType(YAML).body(bad).post("/api/scorecards").then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("sections[0].items[0].levels[1].points",
                        "sections[0].items[0].levels[1].description.en"))
                .body("errors.message", hasItem(containsString("above maxPoints")));
        as("trainer").contentType(YAML).body("key: [unclosed").post("/api/scorecards").then().statusCode(400)
                .body("errors[0].field", equalTo("yaml")).body("errors[0].message", containsString("line"));
        as("trainer").header("Accept-Language", "zh").contentType(YAML).body("key: x\nsections: 3")
                .post("/api/scorecards").then().statusCode(400).body("errors.message", hasItem("必填"));
        as("trainer").contentType(YAML).body("").post("/api/scorecards").then().statusCode(400).contentType(PROBLEM);
        as("qa").get("/api/scorecards/invalid-one").then().statusCode(404);
    }

    @Test
    void hugeBodiesWrongTypesAndUnknownScorecardsAreRefused() {
        String huge = small("huge", 10) + "#" + "x".repeat(2 * 1024 * 1024) + "\n";
        as("trainer").contentType(YAML).body(huge).post("/api/scorecards").then().statusCode(413);
        as("trainer").contentType(ContentType.JSON).body("{}").post("/api/scorecards").then().statusCode(400)
                .body("errors.field", hasItems("key", "names", "appliesTo", "sections"));
        as("qa").get("/api/scorecards/nope").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("nope"));
        as("qa").get("/api/scorecards/call-quality/versions/99").then().statusCode(404).contentType(PROBLEM);
        as("qa").get("/api/scorecards/call-quality/versions/99/yaml").then().statusCode(404);
        as("qa").get("/api/scorecards/call-quality/versions/x").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qa", "lead", "agent1"})
    void onlyTrainersAndAdminsWrite(String username) {
        as(username).contentType(YAML).body(small("not-mine", 10)).post("/api/scorecards").then().statusCode(403)
                .contentType(PROBLEM);
        as(username).contentType(YAML).body(small("call-quality", 10)).put("/api/scorecards/call-quality/versions/1")
                .then().statusCode(403);
        as(username).post("/api/scorecards/call-quality/versions/1/publish").then().statusCode(403);
        as(username).post("/api/scorecards/call-quality/versions/1/draft").then().statusCode(403);
        as(username).delete("/api/scorecards/call-quality/versions/1").then().statusCode(403);
        as(username).get("/api/scorecards/files").then().statusCode(403);
        as(username).get("/api/scorecards/not-mine").then().statusCode(404);
    }

    @Test
    void scoringFollowsTheEngine() {
        Map<String, Object> answers = new java.util.HashMap<>();
        Fixtures.seed("call-quality").items().forEach(item -> answers.put(item.key(), item.maxPoints()));
        answers.put("opening-closing-script", 4);
        answers.put("product-knowledge", 5);
        as("qa").contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/scorecards/call-quality/versions/1/score").then().statusCode(200)
                .body("total", equalTo(91))
                .body("awardedPoints", equalTo(91))
                .body("possiblePoints", equalTo(100))
                .body("criticalFailures", equalTo(List.of()))
                .body("sections[0].key", equalTo("opening-closing"))
                .body("sections[0].score", equalTo(50))
                .body("tags.'soft-skill'", equalTo(92.73f))   // 51 of 55
                .body("tags.technical", equalTo(88.89f));     // 40 of 45
        as("qa").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("customer-info", 30, "procedure-followed", "no"), "partial", true))
                .post("/api/scorecards/ticket-quality/versions/1/score").then().statusCode(200)
                .body("total", equalTo(0)).body("criticalFailures", equalTo(List.of("procedure-followed")));
        as("agent1").contentType(ContentType.JSON).body(Map.of("answers", Map.of("opening", "NA"), "partial", true))
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(400)
                .body("errors[0].field", equalTo("answers.opening"));
        as("qa").contentType(ContentType.JSON).body(Map.of("answers", Map.of("summarising", 1), "partial", true))
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(200)
                .body("total", equalTo(100)).body("sections[0].score", nullValue());
    }

    @Test
    void badAnswersAre400NamingTheItems() {
        as("qa").contentType(ContentType.JSON).body(Map.of("answers", Map.of("ghost", 1, "opening", 5), "partial", true))
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("answers.ghost", "answers.opening")))
                .body("errors[1].message", containsString("Opening"));
        as("qa").contentType(ContentType.JSON).body(Map.of("answers", Map.of("opening", 1)))
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(400)
                .body("errors.field", hasItem("answers.tone"));
        as("qa").contentType(ContentType.JSON).body("{}")
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(400).contentType(PROBLEM);
        as("qa").contentType(ContentType.JSON).body("{\"answers\": [1,2]}")
                .post("/api/scorecards/call-monitoring/versions/1/score").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anInvalidFileIsReportedWithItsLocationWhileTheOthersLoad() throws IOException {
        Path folder = Files.createTempDirectory("scorecards");
        Files.writeString(folder.resolve("good.yaml"), small("from-file", 10));
        Files.writeString(folder.resolve("bad.yaml"), small("bad-file", 10).replace("type: YES_NO", "type: MAYBE"));
        Files.writeString(folder.resolve("twin.yaml"), small("from-file", 12));
        List<ScorecardFileLoader.FileReport> report = loader.load(folder);
        assertEquals(List.of("bad.yaml", "good.yaml", "twin.yaml"), report.stream().map(ScorecardFileLoader.FileReport::file).toList());
        assertEquals("sections[0].items[1].type", report.get(0).errors().get(0).path());
        assertTrue(report.get(1).ok() && report.get(1).created());
        assertEquals("duplicate-key", report.get(2).errors().get(0).code());
        assertTrue(loader.load(folder).get(1).ok() && !loader.load(folder).get(1).created(), "loading is idempotent");
        as("trainer").get("/api/scorecards/files").then().statusCode(200)
                .body("find { it.file == 'bad.yaml' }.errors[0].path", equalTo("sections[0].items[1].type"))
                .body("find { it.file == 'good.yaml' }.key", equalTo("from-file"));
        as("qa").get("/api/scorecards/from-file/versions").then().body("version", equalTo(List.of(1)));
        loader.load();
    }
}
