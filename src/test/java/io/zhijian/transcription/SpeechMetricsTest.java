package io.zhijian.transcription;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Speech metrics against a hand-computed call, plus the edge cases. */
class SpeechMetricsTest {

    private static Segment turn(Speaker speaker, double start, double end, String... words) {
        List<TimedWord> timed = new ArrayList<>();
        double step = (end - start) / words.length;
        for (int i = 0; i < words.length; i++) {
            timed.add(new TimedWord(words[i], start + i * step, start + (i + 1) * step, 1));
        }
        return Segment.of(speaker, timed, "zh");
    }

    /**
     * Agent 0–2, 3–5, 11.5–12.5; customer 1.5–4, 9–10. Overlaps 1.5–2 and 3–4; the agent's 3.0 start falls
     * inside the customer's turn; gaps 5–9 (4 s) and 10–11.5 (1.5 s); 10 agent characters in 5 s of talk.
     */
    private static final List<Segment> CALL = List.of(
            turn(Speaker.AGENT, 0, 2, "您好", "请问"),
            turn(Speaker.CUSTOMER, 1.5, 4, "我的", "快递"),
            turn(Speaker.AGENT, 3, 5, "快递", "到了"),
            turn(Speaker.CUSTOMER, 9, 10, "好的"),
            turn(Speaker.AGENT, 11.5, 12.5, "再见"));

    @Test
    void aHandComputedStereoCall() {
        SpeechMetrics m = SpeechMetrics.of(CALL, "zh");
        assertEquals(5.0, m.agentTalkSeconds());
        assertEquals(3.5, m.customerTalkSeconds());
        assertEquals(0.0, m.unknownTalkSeconds());
        assertEquals(1.429, m.talkRatio());
        assertEquals(5.5, m.silenceSeconds());
        assertEquals(4.0, m.longestSilenceSeconds());
        assertEquals(1, m.silencesOver3s());
        assertEquals(2, m.overlapCount());
        assertEquals(1.5, m.overlapSeconds());
        assertEquals(1, m.agentInterruptions());
        assertEquals(120.0, m.agentSpeechRate());
        assertEquals("chars/min", m.speechRateUnit());
    }

    @Test
    void englishRateCountsWords() {
        List<Segment> call = List.of(Segment.of(Speaker.AGENT, List.of(new TimedWord("hello", 0, 0.5, 1),
                new TimedWord("there", 0.5, 1, 1), new TimedWord("madam", 1, 1.5, 1)), "en"));
        SpeechMetrics m = SpeechMetrics.of(call, "en");
        assertEquals(120.0, m.agentSpeechRate());
        assertEquals("words/min", m.speechRateUnit());
        assertNull(m.talkRatio(), "no customer speech");
    }

    @Test
    void monoSpeechHasNoSpeakersToCompare() {
        SpeechMetrics m = SpeechMetrics.of(List.of(turn(Speaker.UNKNOWN, 1, 2, "你好"), turn(Speaker.UNKNOWN, 5, 6, "再见")), "zh");
        assertEquals(2.0, m.unknownTalkSeconds());
        assertEquals(3.0, m.silenceSeconds());
        assertEquals(1, m.silencesOver3s(), "exactly 3 s counts");
        assertEquals(0, m.overlapCount());
        assertNull(m.agentSpeechRate());
        assertNull(m.talkRatio());
    }

    @Test
    void noSpeechAtAll() {
        SpeechMetrics m = SpeechMetrics.of(List.of(), "en");
        assertEquals(0.0, m.silenceSeconds());
        assertEquals(0, m.silencesOver3s());
        assertEquals(0, m.agentInterruptions());
        assertNull(m.agentSpeechRate());
    }

    @Test
    void touchingAndNestedTurnsAreOneStretchOfSpeech() {
        List<Segment> call = List.of(turn(Speaker.AGENT, 0, 2, "a"), turn(Speaker.AGENT, 2, 3, "b"),
                turn(Speaker.CUSTOMER, 0.5, 1, "c"), turn(Speaker.CUSTOMER, 0.7, 0.9, "d"));
        SpeechMetrics m = SpeechMetrics.of(call, "zh");
        assertEquals(3.0, m.agentTalkSeconds());
        assertEquals(0.5, m.customerTalkSeconds());
        assertEquals(1, m.overlapCount());
        assertEquals(0.5, m.overlapSeconds());
        assertEquals(0.0, m.silenceSeconds());
        assertEquals(0, m.agentInterruptions(), "the agent's turn at 2.0 starts after the customer's ended");
    }

    @Test
    void chineseTextIsJoinedLatinWordsKeepTheirSpace() {
        assertEquals("您好请问EMS快递", TranscriptText.join(List.of("您好", "请问", "EMS", "快递"), "zh"));
        assertEquals("单号123 456", TranscriptText.join(List.of("单号", "123", "456"), "zh"));
        assertEquals("alpha bravo", TranscriptText.join(List.of("alpha", "bravo"), "en"));
    }

    @Test
    void webVttHasOneVoiceTaggedCuePerTurn() {
        String vtt = WebVtt.of(List.of(turn(Speaker.AGENT, 0.48, 1.11, "您好"), turn(Speaker.CUSTOMER, 61.5, 3723.25, "<b>")));
        assertEquals("""
                WEBVTT

                1
                00:00:00.480 --> 00:00:01.110
                <v AGENT>您好

                2
                00:01:01.500 --> 01:02:03.250
                <v CUSTOMER>&lt;b&gt;
                """, vtt);
    }

    @Test
    void voskResultsBecomeWordsAndSilenceBecomesNothing() {
        List<TimedWord> words = VoskResult.words("""
                {"result":[{"conf":0.9,"end":1.11,"start":0.48,"word":"您好"},{"conf":1.0,"end":2.31,"start":1.68,"word":"快递"}],
                 "text":"您好 快递"}""", 0);
        assertEquals(List.of(new TimedWord("您好", 0.48, 1.11, 0.9), new TimedWord("快递", 1.68, 2.31, 1.0)), words);
        assertEquals(List.of(), VoskResult.words("{\"text\":\"\"}", 0));
    }
}
