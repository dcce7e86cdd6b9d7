package io.zhijian.transcription;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhijian.support.Chromium;
import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskModelResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call page in a real browser: clicking a transcript word plays the recording from that word. */
@QuarkusTest
@QuarkusTestResource(VoskModelResource.class)
class CallBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Test
    void clickingATranscriptWordSeeksTheAudio() {
        byte[] wav = TestAudio.wav(16000, TestAudio.Encoding.PCM16, TestAudio.channel(16000, List.of(
                silence(0.5), tone(0, 0.6), silence(0.6), tone(2, 0.6), silence(0.3), tone(1, 0.9),
                silence(1 + (System.nanoTime() % 500) / 1000.0))));  // unique audio: an identical upload is a duplicate
        int call = TranscriptionApiTest.uploaded(wav, TranscriptionApiTest.meta("en"));
        assertEquals("DONE", TranscriptionApiTest.awaitStatus(call, "DONE", "FAILED"));

        chromium.viewport(Chromium.DESKTOP);
        chromium.signIn("qa", "en");
        chromium.open("/calls/" + call);
        List<WebElement> words = chromium.all(".turn .w");
        assertTrue(words.size() >= 3, "the transcript's words: " + chromium.text());
        chromium.waitFor(d -> ((Number) chromium.script("return document.getElementById('player').readyState")).intValue() >= 1);
        WebElement third = words.get(2);
        double at = Double.parseDouble(third.getAttribute("data-t"));
        assertTrue(at > 2, "the third word starts after two seconds: " + at);
        third.click();
        chromium.waitFor(d -> Math.abs(((Number) chromium.script(
                "return document.getElementById('player').currentTime")).doubleValue() - at) < 0.5);
        chromium.assertSound();
        chromium.assertNoInternals();

        chromium.viewport(Chromium.PHONE);
        chromium.open("/calls/" + call);
        chromium.assertSound();
    }
}
