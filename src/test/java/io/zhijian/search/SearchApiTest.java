package io.zhijian.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskModelResource;
import io.zhijian.transcription.Speaker;
import io.zhijian.transcription.TranscriptionService;
import io.zhijian.transcription.Transcripts;
import io.zhijian.transcription.Transcripts.Turn;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.TestAudio.Part.uniqueSilence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search through the running app: real H2, real Lucene and analyzers, transcripts stored as jobs store them. */
@QuarkusTest
@QuarkusTestResource(VoskModelResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    TranscriptionService transcription;

    int complaint;
    int parcels;
    int privacy;

    /** A transcribed call (real upload and real Vosk), then given the transcript under test. */
    int call(String agent, String startedAt, String language, List<Turn> turns) {
        byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000,
                List.of(tone(0, 0.3), uniqueSilence())));
        Map<String, Object> meta = new HashMap<>(Map.of("externalId", "search-" + UUID.randomUUID(), "agent", agent,
                "startedAt", startedAt, "language", "en"));
        int id = as("qa").multiPart("audio", "c.wav", wav, "audio/wav")
                .multiPart("meta", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(meta).toString(),
                        "application/json").post("/api/calls").then().statusCode(201).extract().path("id");
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"DONE".equals(as("qa").get("/api/calls/" + id).path("transcription.status"))) {
            assertTrue(System.nanoTime() < until, "call " + id + " was not transcribed");
            sleep(50);
        }
        Transcripts.replace(transcription, id, language, turns);
        return id;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Searches calls only (other test classes of this app import tickets into the same index). */
    static Response search(String user, String q) {
        return as(user).queryParam("q", "(" + q + ") AND channel:call").get("/api/search");
    }

    /** Searches until the call shows up (near-real-time: the searcher refreshes every 200 ms). */
    static long awaitFound(String q, int call) {
        long began = System.nanoTime();
        while (!search("qa", q).<List<Integer>>path("hits.id").contains(call)) {
            assertTrue(System.nanoTime() - began < Duration.ofSeconds(5).toNanos(), q + " never found call " + call);
            sleep(20);
        }
        return (System.nanoTime() - began) / 1_000_000;
    }

    @BeforeEach
    void corpus() {
        if (complaint != 0) {
            return;
        }
        complaint = call("agent1", "2026-03-01T09:30:00+08:00", "zh", List.of(
                new Turn(Speaker.AGENT, 0.5, 2.5, "您好", "请问", "有", "什么", "可以", "帮", "您"),
                new Turn(Speaker.CUSTOMER, 3.0, 6.0, "我", "要", "投诉", "你们", "的", "快递员", "他", "把", "包裹", "扔", "在", "门口"),
                new Turn(Speaker.AGENT, 6.5, 9.0, "非常", "抱歉", "我", "马上", "为", "您", "登记", "投诉"),
                new Turn(Speaker.CUSTOMER, 9.5, 11.0, "我的", "EMS", "快递", "还", "没", "到")));
        parcels = call("agent2", "2026-04-10T14:00:00+08:00", "en", List.of(
                new Turn(Speaker.CUSTOMER, 0.4, 3.0, "the", "courier", "delivered", "my", "parcels", "late"),
                new Turn(Speaker.AGENT, 3.5, 5.0, "I", "am", "sorry", "about", "the", "delay")));
        privacy = call("agent1", "2026-03-05T10:00:00+08:00", "zh", List.of(
                new Turn(Speaker.CUSTOMER, 1.0, 4.0, "我的", "电话", "是", "13812345678", "身份证", "110101199003071234")));
        assertTrue(awaitFound("电话", privacy) < 5000);
    }

    @Test
    void chineseMatchesWithAndWithoutSpacesAndMixedWithLatin() {
        awaitFound("快递员", complaint);
        // "非常抱歉我马上为您登记投诉": smartcn reads 马 上 as two words; the character pairs still find 马上.
        for (String q : List.of("快递员投诉", "快递员 投诉", "快递 还 没 到", "快递还没到", "EMS", "ems 快递", "马上", "马上登记")) {
            search("qa", q).then().statusCode(200).body("hits.id", hasItem(complaint));
        }
        search("qa", "快递员投诉").then().body("hits.id", not(hasItem(parcels)));
        String snippet = search("qa", "马上").path("hits.find { it.id == " + complaint + " }.snippets[0].text");
        assertTrue(snippet.replace("</mark><mark>", "").contains("<mark>马上</mark>"), snippet);
    }

    @Test
    void englishIsStemmed() {
        awaitFound("parcel", parcels);
        search("qa", "deliver parcel").then().body("hits.id", equalTo(List.of(parcels)));
        search("qa", "\"courier delivered\"").then().body("hits.id", equalTo(List.of(parcels)));
    }

    @Test
    void phrasesAndProximity() {
        awaitFound("快递员", complaint);
        // The customer said 投诉 … 快递员: the exact phrase in the other order is not there, within 5 words it is.
        search("qa", "\"快递员 投诉\"").then().statusCode(200).body("total", equalTo(0));
        search("qa", "\"快递员 投诉\"~5").then().body("hits.id", equalTo(List.of(complaint)));
        search("qa", "\"登记投诉\"").then().body("hits.id", equalTo(List.of(complaint)));
        // A hit is a call: NOT excludes calls that say the word anywhere; with a speaker, anywhere on that side.
        search("qa", "投诉 NOT 快递员").then().body("hits.id", not(hasItem(complaint)));
        search("qa", "speaker:agent 投诉 NOT 快递员").then().body("hits.id", equalTo(List.of(complaint)))
                .body("hits[0].snippets.speaker", equalTo(List.of("AGENT")));
        // A phrase stays within one turn: 门口 (the customer) and 非常 (the agent) follow each other across turns.
        search("qa", "\"门口 非常\"").then().body("total", equalTo(0));
        search("qa", "(快递员 OR parcels) AND -包裹").then().body("hits.id", equalTo(List.of(parcels)));
    }

    @Test
    void hitsAreGroupedPerCallWithHighlightedSnippetsThatSeek() {
        awaitFound("投诉", complaint);
        Response r = search("qa", "投诉");
        r.then().body("hits.findAll { it.id == " + complaint + " }.size()", equalTo(1));
        List<Map<String, Object>> snippets = r.path("hits.find { it.id == " + complaint + " }.snippets");
        assertEquals(2, snippets.size(), snippets.toString());
        assertEquals(List.of("CUSTOMER", "AGENT"), snippets.stream().map(s -> s.get("speaker")).toList());
        assertTrue(snippets.get(0).get("text").toString().contains("<mark>投诉</mark>"), snippets.toString());
        assertEquals(3.0, ((Number) snippets.get(0).get("start")).doubleValue(), 0.001);
        r.then().body("hits.find { it.id == " + complaint + " }.type", equalTo("CALL"))
                .body("hits.find { it.id == " + complaint + " }.agent", equalTo("agent1"))
                .body("hits.find { it.id == " + complaint + " }.date", equalTo("2026-03-01"))
                .body("facets.agent.agent1", equalTo(1)).body("facets.month.'2026-03'", equalTo(1))
                .body("facets.type.CALL", equalTo(1)).body("facets.team.A组", equalTo(1));
    }

    @Test
    void fieldFilters() {
        awaitFound("快递员", complaint);
        awaitFound("parcel", parcels);
        search("qa", "投诉 AND speaker:agent").then().body("hits[0].snippets.text", everyItem(containsString("登记")));
        search("qa", "快递员 speaker:customer").then().body("hits.id", equalTo(List.of(complaint)));
        search("qa", "快递员 speaker:agent").then().body("total", equalTo(0));
        search("qa", "channel:call AND date:2026-04").then().body("hits.id", equalTo(List.of(parcels)));
        search("qa", "channel:call date:[2026-03-01 TO 2026-03-31]").then().body("hits.id", hasItem(complaint))
                .body("hits.id", not(hasItem(parcels)));
        search("qa", "agent:agent2 AND (sorry OR parcels)").then().body("hits.id", equalTo(List.of(parcels)));
        search("qa", "agent:agent1 AND parcels").then().body("total", equalTo(0));
        search("qa", "team:A组 AND sorry").then().body("hits.id", equalTo(List.of(parcels)));
        search("qa", "score:<60").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void phoneAndIdNumbersNeverReachTheIndex() {
        search("qa", "13812345678").then().statusCode(200).body("total", equalTo(0));
        search("qa", "110101199003071234").then().body("total", equalTo(0));
        String snippet = search("qa", "电话").path("hits.find { it.id == " + privacy + " }.snippets[0].text");
        assertTrue(snippet.contains("138****5678") && snippet.contains("**************1234"), snippet);
        assertTrue(!snippet.contains("13812345678") && !snippet.contains("1101011990"), snippet);
    }

    @Test
    void aNewTranscriptIsSearchableAsSoonAsItIsStored() {
        int fresh = call("agent2", "2026-05-01T08:00:00+08:00", "en", List.of(
                new Turn(Speaker.CUSTOMER, 0, 1, "zebra", "crossing")));
        // Visible without any commit or reindex call (the benchmark measures how soon: p95 ≤ 1 s).
        awaitFound("zebra", fresh);
    }

    @Test
    void malformedQueriesAreExplained() {
        search("qa", "\"unclosed").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("column"))
                .body("column", org.hamcrest.Matchers.notNullValue());
        search("qa", "(投诉").then().statusCode(400).contentType(PROBLEM);
        as("qa").queryParam("q", "(投诉").get("/api/search").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The query cannot be read at column 4: the query ends where something more was "
                        + "expected (a word after AND, OR, NOT or a field name, a closing bracket, a number after ^)."));
        as("qa").header("Accept-Language", "zh").queryParam("q", "投诉 \"快递员").get("/api/search").then().statusCode(400)
                .body("detail", equalTo("查询第 8 列处无法解析：引号没有闭合。")).body("column", equalTo(8));
        as("qa").header("Accept-Language", "zh").queryParam("q", "colour:red").get("/api/search").then().statusCode(400)
                .body("detail", containsString("未知字段\"colour\""));
        search("qa", "AND").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("AND and OR need a word on each side"));
        search("qa", "colour:red").then().statusCode(400).body("detail", containsString("colour"));
        search("qa", "date:[yesterday TO today]").then().statusCode(400).body("detail", containsString("yesterday"));
        search("qa", "agent:[a TO b]").then().statusCode(400).contentType(PROBLEM);
        search("qa", "*投诉").then().statusCode(400).contentType(PROBLEM);
        search("qa", " ").then().statusCode(400).contentType(PROBLEM);
        as("qa").get("/api/search").then().statusCode(400).contentType(PROBLEM);
        as("qa").queryParam("q", "投诉").queryParam("size", 1000).get("/api/search").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as("qa").queryParam("q", "投诉").queryParam("page", 0).get("/api/search").then().statusCode(400);
        as("qa").queryParam("q", "投诉").queryParam("size", 100).queryParam("page", 101).get("/api/search").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));
        as("qa").queryParam("q", "投诉").queryParam("size", 100).queryParam("page", 100).get("/api/search").then()
                .statusCode(200).body("hasNext", equalTo(false));
        as("qa").queryParam("q", "投诉").queryParam("page", "x").get("/api/search").then().statusCode(400);
        as("qa").queryParam("q", "投诉").queryParam("size", 1).queryParam("page", 1).get("/api/search").then()
                .statusCode(200).body("hits.size()", equalTo(1));
    }

    /** A page read from the best documents and a page from scoring every match rank alike. */
    @Test
    void pagesRankTheSameWhicheverWayTheyAreFound() {
        awaitFound("快递员", complaint);
        Response deep = as("qa").queryParam("q", "快递员 OR 包裹 OR parcel OR 投诉").queryParam("size", 100).get("/api/search");
        deep.then().statusCode(200);
        List<Integer> all = deep.path("hits.id");
        int total = deep.path("total");
        assertTrue(all.size() >= 2, all.toString());
        Response first = as("qa").queryParam("q", "快递员 OR 包裹 OR parcel OR 投诉").queryParam("size", 2).get("/api/search");
        first.then().body("total", equalTo(total)).body("hits.id", equalTo(all.subList(0, 2)));
        as("qa").queryParam("q", "快递员 OR 包裹 OR parcel OR 投诉").queryParam("size", 1).queryParam("page", 2)
                .get("/api/search").then().body("hits.id", equalTo(all.subList(1, 2)));
    }

    @Test
    void everyoneFindsOnlyWhatTheyMaySee() {
        awaitFound("快递员", complaint);
        search("agent1", "快递员").then().statusCode(200).body("hits.id", equalTo(List.of(complaint)));
        search("agent2", "快递员").then().statusCode(200).body("total", equalTo(0));
        search("agent2", "agent:agent1").then().body("total", equalTo(0));
        search("lead", "快递员").then().body("hits.id", equalTo(List.of(complaint)));
        search("trainer", "快递员").then().body("hits.id", equalTo(List.of(complaint)));
        as("nobody", "wrong").queryParam("q", "x").get("/api/search").then().statusCode(401);
        as("qa").post("/api/search/reindex").then().statusCode(403);
        as("agent1").get("/api/search/reindex").then().statusCode(403);
    }

    @Test
    void rebuildingFromTheDatabaseWhileSearching() {
        awaitFound("快递员", complaint);
        as("admin").post("/api/search/reindex").then().statusCode(202).body("state", equalTo("RUNNING"));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String state;
        do {
            // searches keep answering from the current index during the rebuild
            search("qa", "快递员").then().statusCode(200).body("hits.id", hasItem(complaint));
            state = as("admin").get("/api/search/reindex").path("state");
            assertTrue(System.nanoTime() < until, "rebuild did not finish");
        } while ("RUNNING".equals(state));
        assertEquals("DONE", state);
        as("admin").get("/api/search/reindex").then().body("done", equalTo(as("admin").get("/api/search/reindex").path("total")));
        search("qa", "快递员").then().body("hits.id", hasItem(complaint));
        search("qa", "parcel").then().body("hits.id", hasItem(parcels));
    }

    @Test
    void theSearchPageLinksSnippetsToTheMomentInTheCall() {
        awaitFound("快递员", complaint);
        String page = Browser.signedInAs("qa").get("/search?q=快递员").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<mark>快递</mark>"), page);
        assertTrue(page.contains("href=\"/calls/" + complaint + "?t=3.0\""), page);
        String bad = Browser.signedInAs("qa").get("/search?q=\"oops").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("column"), bad);
        String tooDeep = Browser.signedInAs("qa").get("/search?q=快递员&page=100000").then().statusCode(400).extract().asString();
        assertTrue(tooDeep.contains("10000") && tooDeep.contains("narrow the query"), tooDeep);
        String tooDeepZh = Browser.signedInAs("qa").acceptLanguage("zh").get("/search?q=快递员&page=100000").then()
                .statusCode(400).extract().asString();
        assertTrue(tooDeepZh.contains("请缩小查询范围"), tooDeepZh);
        Browser.signedInAs("admin").get("/admin/search").then().statusCode(200);
        Browser.signedInAs("qa").get("/admin/search").then().statusCode(403);
    }
}
