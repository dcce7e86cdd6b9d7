package io.zhijian.transcription;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskModelResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls through real Vosk (the tiny test model): upload, queue, decode, transcript, metrics, bad input. */
@QuarkusTest
@QuarkusTestResource(VoskModelResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranscriptionApiTest {

    static final String PROBLEM = "application/problem+json";
    static final double FRAME = 0.031;

    @Inject
    EntityManager entities;

    static Response upload(String user, byte[] wav, Map<String, Object> meta) {
        return as(user).multiPart("audio", "call.wav", wav, "audio/wav")
                .multiPart("meta", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(meta).toString(), "application/json")
                .post("/api/calls");
    }

    static Map<String, Object> meta(String language, Object... more) {
        Map<String, Object> meta = new java.util.HashMap<>(Map.of("externalId", "ext-" + UUID.randomUUID(), "agent", "agent1",
                "startedAt", "2026-03-01T09:30:00+08:00", "direction", "IN", "customerNumber", "13812345678",
                "language", language));
        for (int i = 0; i < more.length; i += 2) {
            meta.put((String) more[i], more[i + 1]);
        }
        return meta;
    }

    static int uploaded(byte[] wav, Map<String, Object> meta) {
        return upload("qa", wav, meta).then().statusCode(201).extract().path("id");
    }

    static String awaitStatus(int call, String... wanted) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String status = null;
        while (System.nanoTime() < until) {
            status = as("qa").get("/api/calls/" + call).then().statusCode(200).extract().path("transcription.status");
            if (List.of(wanted).contains(status)) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("call " + call + " stayed " + status + ", expected " + List.of(wanted));
    }

    static void assertWord(Map<String, Object> word, String text, double start, double end) {
        assertEquals(text, word.get("w"));
        assertEquals(start, ((Number) word.get("start")).doubleValue(), FRAME, text + " start");
        assertEquals(end, ((Number) word.get("end")).doubleValue(), FRAME, text + " end");
    }

    @Test
    @Order(1)
    void mono16kHzGivesTheExactWordsAndTimes() {
        byte[] wav = TestAudio.wav(16000, TestAudio.Encoding.PCM16, TestAudio.channel(16000, List.of(
                silence(0.5), tone(0, 0.6), silence(0.6), tone(2, 0.6), silence(0.3), tone(1, 0.9), silence(1))));
        int call = uploaded(wav, meta("en"));
        as("qa").get("/api/calls/" + call).then().body("durationSeconds", equalTo(4.5f))
                .body("channels", equalTo(1)).body("sampleRate", equalTo(16000)).body("customerNumber", equalTo("13812345678"));
        assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
        as("qa").get("/api/calls/" + call).then().body("transcription.progress", equalTo(1));
        Response transcript = as("qa").get("/api/calls/" + call + "/transcript");
        transcript.then().statusCode(200).body("language", equalTo("en"));
        List<Map<String, Object>> segments = transcript.path("segments");
        List<Map<String, Object>> words = segments.stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("words")).stream()).toList();
        assertEquals(3, words.size(), words.toString());
        assertWord(words.get(0), "alpha", 0.5, 1.1);
        assertWord(words.get(1), "charlie", 1.7, 2.3);
        assertWord(words.get(2), "bravo", 2.6, 3.5);
        segments.forEach(s -> assertEquals("UNKNOWN", s.get("speaker")));
        as("qa").accept("text/vtt").get("/api/calls/" + call + "/transcript").then().statusCode(200)
                .contentType(containsString("text/vtt")).body(containsString("WEBVTT")).body(containsString("<v UNKNOWN>alpha"));
        double turns = segments.stream().mapToDouble(s -> ((Number) s.get("end")).doubleValue()
                - ((Number) s.get("start")).doubleValue()).sum();
        float talk = as("agent1").get("/api/calls/" + call + "/metrics").then().statusCode(200).extract().path("unknownTalkSeconds");
        assertEquals(turns, talk, 0.002);
    }

    @Test
    @Order(2)
    void stereoMuLawGivesSpeakerTurnsOverlapsAndInterruptions() {
        // Agent (right channel): alpha 0.2–0.8, charlie 2.3–2.9. Customer (left): bravo 1.6–2.6.
        short[] agent = TestAudio.channel(8000, List.of(silence(0.2), tone(0, 0.6), silence(1.5), tone(2, 0.6), silence(1.2)));
        short[] customer = TestAudio.channel(8000, List.of(silence(1.6), tone(1, 1.0), silence(1.5)));
        int call = uploaded(TestAudio.wav(8000, TestAudio.Encoding.MULAW, customer, agent), meta("en", "agentChannel", "RIGHT"));
        assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
        List<Map<String, Object>> segments = as("qa").get("/api/calls/" + call + "/transcript").path("segments");
        assertEquals(List.of("AGENT", "CUSTOMER", "AGENT"), segments.stream().map(s -> s.get("speaker")).toList());
        assertEquals(List.of("alpha", "bravo", "charlie"), segments.stream().map(s -> s.get("text")).toList());
        assertWord(((List<Map<String, Object>>) segments.get(1).get("words")).get(0), "bravo", 1.6, 2.6);
        Map<String, Object> metrics = as("qa").get("/api/calls/" + call + "/metrics").then().statusCode(200).extract().path("");
        assertEquals(1, metrics.get("overlapCount"));
        assertEquals(0.3, ((Number) metrics.get("overlapSeconds")).doubleValue(), 2 * FRAME);
        assertEquals(1, metrics.get("agentInterruptions"));
        assertEquals(1.2, ((Number) metrics.get("agentTalkSeconds")).doubleValue(), 2 * FRAME);
        assertEquals(1.0, ((Number) metrics.get("customerTalkSeconds")).doubleValue(), 2 * FRAME);
    }

    @Test
    @Order(3)
    void aLawAndEightBitAtOtherRatesGiveTheSameWords() {
        List<TestAudio.Part> parts = List.of(silence(0.4), tone(1, 0.6), silence(0.6), tone(0, 0.6), silence(0.8));
        int alaw = uploaded(TestAudio.wav(8000, TestAudio.Encoding.ALAW, TestAudio.channel(8000, parts)), meta("en"));
        int pcm8 = uploaded(TestAudio.wav(11025, TestAudio.Encoding.PCM8, TestAudio.channel(11025, parts)), meta("en"));
        int cd = uploaded(TestAudio.wav(44100, TestAudio.Encoding.PCM16, TestAudio.channel(44100, parts)), meta("en"));
        for (int call : List.of(alaw, pcm8, cd)) {
            assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
            List<Map<String, Object>> segments = as("qa").get("/api/calls/" + call + "/transcript").path("segments");
            List<Map<String, Object>> words = segments.stream()
                    .flatMap(s -> ((List<Map<String, Object>>) s.get("words")).stream()).toList();
            assertEquals(2, words.size(), "call " + call + ": " + words);
            // The words are what must survive the codecs and resampling; times stay close (the 8-bit codecs blur the tone onsets).
            assertEquals(List.of("bravo", "alpha"), words.stream().map(w -> w.get("w")).toList());
            assertEquals(1.6, ((Number) words.get(1).get("start")).doubleValue(), 0.2);
        }
    }

    @Test
    @Order(4)
    void badRecordingsAreRefusedAtUploadAndNothingIsKept() {
        long before = as("qa").get("/api/calls").then().extract().jsonPath().getList("").size();
        upload("qa", "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000 mp3 frames".getBytes(), meta("en")).then().statusCode(415)
                .contentType(PROBLEM).body("reason", equalTo("MP3")).body("detail", containsString("MP3"));
        byte[] good = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000, List.of(tone(0, 1))));
        upload("qa", java.util.Arrays.copyOf(good, 2000), meta("en")).then().statusCode(400).contentType(PROBLEM)
                .body("reason", equalTo("TRUNCATED"));
        upload("qa", new byte[0], meta("en")).then().statusCode(400).body("reason", equalTo("EMPTY"));
        upload("qa", TestAudio.riff(1, 6, 8000, 16, new byte[120]), meta("en")).then().statusCode(415)
                .body("reason", equalTo("UNSUPPORTED_CHANNELS"));
        upload("qa", TestAudio.riff(1, 1, 1_000_000_000, 16, new byte[64]), meta("en")).then().statusCode(415)
                .body("reason", equalTo("UNSUPPORTED_RATE"));
        byte[] large = TestAudio.riff(1, 1, 16000, 16, new byte[5 * 1024 * 1024]);
        upload("qa", large, meta("en")).then().statusCode(413).contentType(PROBLEM).body("reason", equalTo("TOO_LARGE"));
        as("qa").multiPart("meta", "{\"externalId\":\"x\",\"agent\":\"agent1\"}", "application/json").post("/api/calls")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("audio"));
        upload("qa", good, Map.of("externalId", "", "agent", "nobody", "direction", "SIDEWAYS", "language", "fr",
                "startedAt", "yesterday", "agentChannel", "MIDDLE", "customerNumber", "call me"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", org.hamcrest.Matchers.hasItems(
                        "meta.externalId", "meta.agent", "meta.direction", "meta.language", "meta.startedAt",
                        "meta.agentChannel", "meta.customerNumber"));
        as("qa").multiPart("audio", "a.wav", good, "audio/wav").multiPart("meta", "{not json", "application/json")
                .post("/api/calls").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("meta"));
        assertEquals(before, as("qa").get("/api/calls").then().extract().jsonPath().getList("").size());
    }

    @Test
    @Order(5)
    void theSameCallOrTheSameAudioTwiceIsAConflictNamingTheExistingCall() {
        byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000, List.of(tone(2, 0.7), silence(0.3))));
        Map<String, Object> meta = meta("en");
        int call = uploaded(wav, meta);
        upload("qa", wav, meta("en")).then().statusCode(409).contentType(PROBLEM).body("existingCallId", equalTo(call));
        byte[] other = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000, List.of(tone(1, 0.7))));
        upload("qa", other, meta).then().statusCode(409).body("existingCallId", equalTo(call))
                .body("existingCall", equalTo("/api/calls/" + call));
    }

    @Test
    @Order(6)
    void rolesDecideWhoUploadsAndWhoSees() {
        byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000, List.of(tone(0, 0.5), silence(0.2))));
        upload("agent1", wav, meta("en")).then().statusCode(403);
        upload("trainer", wav, meta("en")).then().statusCode(403);
        int call = uploaded(wav, meta("en"));
        as("agent1").get("/api/calls/" + call).then().statusCode(200).body("customerNumber", equalTo("138****5678"));
        as("lead").get("/api/calls/" + call).then().statusCode(200);
        as("trainer").get("/api/calls/" + call).then().statusCode(200);
        as("agent2").get("/api/calls/" + call).then().statusCode(404);
        as("agent2").get("/api/calls").then().statusCode(200).body("id", not(hasItem(call)));
        as("agent1").post("/api/calls/" + call + "/transcription").then().statusCode(403);
        as("trainer").contentType(ContentType.JSON).body(Map.of("path", "/tmp")).put("/api/transcription/models/zh")
                .then().statusCode(403);
        as("agent1").get("/api/transcription/models").then().statusCode(403);
    }

    @Test
    @Order(7)
    void withoutAModelACallWaitsVisiblyThenRunsOnceAnAdminSetsOne() {
        short[] agent = TestAudio.channel(8000, List.of(silence(0.5), tone(0, 0.6), silence(0.2), tone(1, 0.6), silence(0.8)));
        short[] customer = TestAudio.channel(8000, List.of(silence(2.7)));
        int call = uploaded(TestAudio.wav(8000, TestAudio.Encoding.PCM16, agent, customer), meta("zh"));
        assertEquals("WAITING_FOR_MODEL", awaitStatus(call, "WAITING_FOR_MODEL"));
        as("qa").get("/api/calls/" + call).then().body("transcription.error", equalTo("no model for zh"));
        as("qa").get("/api/transcription/models").then().statusCode(200)
                .body("find { it.language == 'zh' }.state", equalTo("NOT_CONFIGURED"))
                .body("find { it.language == 'en' }.state", org.hamcrest.Matchers.oneOf("READY", "LOADED"));

        // A directory Vosk would crash on is refused before native code sees it; the JVM lives on.
        java.nio.file.Path broken = VoskModelResource.CHINESE.resolveSibling("zh-broken");
        io.zhijian.support.VoskTestModel.build(broken, io.zhijian.support.VoskTestModel.CHINESE);
        try {
            java.nio.file.Files.writeString(broken.resolve("conf/model.conf"), "");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        as("admin").contentType(ContentType.JSON).body(Map.of("path", broken.toString())).put("/api/transcription/models/zh")
                .then().statusCode(400).contentType(PROBLEM).body("problems", hasItem(containsString("conf/model.conf")));
        as("admin").contentType(ContentType.JSON).body(Map.of("path", "/no/such/model")).put("/api/transcription/models/zh")
                .then().statusCode(400).contentType(PROBLEM);
        as("admin").contentType(ContentType.JSON).body(Map.of("path", "x")).put("/api/transcription/models/fr")
                .then().statusCode(404).contentType(PROBLEM);
        assertEquals("WAITING_FOR_MODEL", awaitStatus(call, "WAITING_FOR_MODEL"));

        as("admin").contentType(ContentType.JSON).body(Map.of("path", VoskModelResource.CHINESE.toString()))
                .put("/api/transcription/models/zh").then().statusCode(200).body("state", equalTo("READY"));
        assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
        Response transcript = as("agent1").get("/api/calls/" + call + "/transcript");
        transcript.then().statusCode(200).body("language", equalTo("zh"))
                .body("segments[0].speaker", equalTo("AGENT")).body("segments[0].text", equalTo("您好快递"))
                .body("segments[0].words.w", equalTo(List.of("您好", "快递")));
        // 4 characters in 1.4 s of agent speech (您好 0.5–1.1, 快递 1.3–1.9).
        Map<String, Object> metrics = as("qa").get("/api/calls/" + call + "/metrics").then().extract().path("");
        assertEquals("chars/min", metrics.get("speechRateUnit"));
        assertEquals(4 / 1.4 * 60, ((Number) metrics.get("agentSpeechRate")).doubleValue(), 6);
    }

    @Test
    @Order(8)
    void cancelRetryAndTranscribeAgain() {
        int call = uploaded(TestAudio.wav(16000, TestAudio.Encoding.PCM16,
                TestAudio.channel(16000, List.of(silence(0.3), tone(2, 0.6), silence(0.6)))), meta("en"));
        assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
        as("qa").post("/api/calls/" + call + "/transcription/cancel").then().statusCode(409).contentType(PROBLEM);
        as("qa").post("/api/calls/" + call + "/transcription/retry").then().statusCode(409);
        as("qa").post("/api/calls/" + call + "/transcription").then().statusCode(201).body("status", equalTo("QUEUED"));
        assertEquals("DONE", awaitStatus(call, "DONE"));
        as("qa").get("/api/calls/" + call + "/transcription").then().statusCode(200).body("size()", equalTo(2));
        as("qa").get("/api/calls/" + call + "/transcript").then().body("segments.text", equalTo(List.of("charlie")));
    }

    /** Leaves the call's job as a killed process would: RUNNING, half done, its lease still valid for a while. */
    @Transactional
    void simulateAWorkerThatDied(int call, Duration leaseLeft) {
        entities.createNativeQuery("update transcription_jobs set status = 'RUNNING', worker = 'crashed-host/1', "
                        + "lease_until = ?1, progress = 0.4 where call_id = ?2")
                .setParameter(1, Instant.now().plus(leaseLeft)).setParameter(2, call).executeUpdate();
        entities.createNativeQuery("delete from transcript_segments where call_id = ?1").setParameter(1, call).executeUpdate();
        entities.createNativeQuery("delete from transcripts where call_id = ?1").setParameter(1, call).executeUpdate();
    }

    @Test
    @Order(9)
    void aJobWhoseWorkerDiedIsTakenAgainWhenItsLeaseRunsOut() {
        int call = uploaded(TestAudio.wav(16000, TestAudio.Encoding.PCM16,
                TestAudio.channel(16000, List.of(silence(0.3), tone(1, 0.6), silence(0.6)))), meta("en"));
        assertEquals("DONE", awaitStatus(call, "DONE"));
        simulateAWorkerThatDied(call, Duration.ofSeconds(1));
        as("qa").get("/api/calls/" + call).then().body("transcription.status", equalTo("RUNNING"));
        assertEquals("DONE", awaitStatus(call, "DONE"));
        as("qa").get("/api/calls/" + call).then().body("transcription.attempts", equalTo(2));
        as("qa").get("/api/calls/" + call + "/transcript").then().statusCode(200).body("segments.text", equalTo(List.of("bravo")));
    }

    @Test
    @Order(10)
    void theCallPageShowsTurnsWordSeekMetricsAndAPlayableRecording() {
        int call = uploaded(TestAudio.wav(8000, TestAudio.Encoding.MULAW,
                TestAudio.channel(8000, List.of(silence(0.5), tone(0, 0.6), silence(0.8))),
                TestAudio.channel(8000, List.of(silence(1.2), tone(1, 0.6), silence(0.1)))), meta("en"));
        assertEquals("DONE", awaitStatus(call, "DONE"));
        Browser agent = Browser.signedInAs("agent1");
        String page = agent.get("/calls/" + call).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-t=\"0.4") || page.contains("data-t=\"0.5"), page);
        assertTrue(page.contains(">alpha</span>") && page.contains(">bravo</span>"), page);
        assertTrue(page.contains("class=\"turn AGENT\"") && page.contains("class=\"turn CUSTOMER\""), page);
        assertTrue(page.contains("src=\"/calls/" + call + "/audio\""), page);
        assertTrue(page.contains("138****5678"), "masked for the agent");
        assertTrue(page.contains("Interruptions by the agent"), page);
        Response audio = agent.get("/calls/" + call + "/audio");
        audio.then().statusCode(200).header("Accept-Ranges", "bytes");
        byte[] pcm = audio.asByteArray();
        assertEquals("RIFF", new String(pcm, 0, 4));
        assertEquals(16, pcm[34], "converted to 16-bit PCM for the browser");
        Browser.signedInAs("agent2").get("/calls/" + call).then().statusCode(404);
        String zh = Browser.signedInAs("qa").acceptLanguage("zh").get("/calls/" + call).asString();
        assertTrue(zh.contains("客服打断次数") && zh.contains("13812345678"), zh);
    }

    @Test
    @Order(11)
    void uploadingThroughThePageAndTheModelsPage() {
        Browser qa = Browser.signedInAs("qa");
        qa.get("/calls/upload").then().statusCode(200);
        Browser.signedInAs("agent1").get("/calls/upload").then().statusCode(403);
        Browser.signedInAs("qa").get("/admin/speech-models").then().statusCode(403);
        Browser.signedInAs("admin").get("/admin/speech-models").then().statusCode(200).body(containsString("target/vosk-models/en"));
    }
}
