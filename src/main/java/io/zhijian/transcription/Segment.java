package io.zhijian.transcription;

import java.util.List;

/** One speaker turn: an utterance Vosk ended at a pause, on one channel. */
public record Segment(Speaker speaker, double start, double end, String text, double confidence, List<TimedWord> words) {

    /** A segment from one utterance's words (never empty), its text joined as the language writes it. */
    public static Segment of(Speaker speaker, List<TimedWord> words, String language) {
        double confidence = words.stream().mapToDouble(TimedWord::conf).average().orElse(0);
        return new Segment(speaker, words.get(0).start(), words.get(words.size() - 1).end(),
                TranscriptText.join(words.stream().map(TimedWord::w).toList(), language), confidence, List.copyOf(words));
    }
}
