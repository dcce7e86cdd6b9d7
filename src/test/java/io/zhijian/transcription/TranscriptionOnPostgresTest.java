package io.zhijian.transcription;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import io.zhijian.support.TestAudio;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Transcription on a real PostgreSQL: jobs are claimed with {@code FOR UPDATE SKIP LOCKED} there, and a
 * job left RUNNING by a worker that died is taken again once its lease runs out.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Order(Integer.MAX_VALUE - 1)
class TranscriptionOnPostgresTest extends TranscriptionApiTest {

    @Test
    @Order(0)
    void aStereoMuLawCallIsClaimedDecodedAndStoredOnPostgres() {
        short[] agent = TestAudio.channel(8000, List.of(silence(0.3), tone(2, 0.6), silence(0.8)));
        short[] customer = TestAudio.channel(8000, List.of(silence(1.0), tone(0, 0.6), silence(0.1)));
        int call = uploaded(TestAudio.wav(8000, TestAudio.Encoding.MULAW, agent, customer), meta("en"));
        assertEquals("DONE", awaitStatus(call, "DONE", "FAILED"));
        as("qa").get("/api/calls/" + call + "/transcript").then().statusCode(200)
                .body("segments.speaker", equalTo(List.of("AGENT", "CUSTOMER")))
                .body("segments.text", equalTo(List.of("charlie", "alpha")));
    }

    /** The last thing this app does: a job is left as a killed process leaves it; the next start must finish it. */
    @Test
    @Order(100)
    void aJobIsLeftRunningAsAKilledProcessWouldLeaveIt() {
        int call = uploaded(TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000,
                List.of(silence(0.3), tone(1, 0.7), silence(0.8)))), meta("en", "externalId", INTERRUPTED));
        assertEquals("DONE", awaitStatus(call, "DONE"));
        simulateAWorkerThatDied(call, java.time.Duration.ofSeconds(4));
        as("qa").get("/api/calls/" + call).then().body("transcription.status", equalTo("RUNNING"));
    }

    static final String INTERRUPTED = "interrupted-by-a-restart";
}
