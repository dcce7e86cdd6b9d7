package io.zhijian.transcription;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a transcribed call a transcript with chosen text (the tiny Vosk model only knows three words),
 * through the same store path a finished job uses, so search sees exactly what a real job produces.
 */
public final class Transcripts {

    /** One turn: speaker, start and end seconds, and words (their times spread evenly over the turn). */
    public record Turn(Speaker speaker, double start, double end, String... words) {
    }

    private Transcripts() {
    }

    public static void replace(TranscriptionService service, long callId, String language, List<Turn> turns) {
        List<Segment> segments = new ArrayList<>();
        for (Turn t : turns) {
            List<TimedWord> words = new ArrayList<>();
            double step = (t.end() - t.start()) / t.words().length;
            for (int i = 0; i < t.words().length; i++) {
                words.add(new TimedWord(t.words()[i], t.start() + i * step, t.start() + (i + 1) * step, 0.9));
            }
            segments.add(Segment.of(t.speaker(), words, language));
        }
        long job = service.latest(callId).orElseThrow().id();
        service.store(callId, job, language, segments);
    }
}
