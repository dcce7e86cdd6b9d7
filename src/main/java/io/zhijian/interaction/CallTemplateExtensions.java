package io.zhijian.interaction;

import io.quarkus.qute.TemplateExtension;
import io.zhijian.transcription.TranscriptionService;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Computed values for the call pages. */
@TemplateExtension
public class CallTemplateExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** 75.5 → "1:15". */
    static String clock(double seconds) {
        long s = Math.round(Math.floor(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String secs(Number seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%.1f", seconds.doubleValue());
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static int percent(TranscriptionService.JobView job) {
        return (int) Math.floor(job.progress() * 100);
    }

    static boolean active(TranscriptionService.JobView job) {
        return job != null && job.status().active();
    }

    static boolean retryable(TranscriptionService.JobView job) {
        return job != null && (job.status().name().equals("FAILED") || job.status().name().equals("CANCELLED"));
    }

    /** Chinese words display joined, other languages with spaces between words. */
    static String gap(TranscriptionService.TranscriptView transcript) {
        return "zh".equals(transcript.language()) ? "" : " ";
    }

    /** The rate unit's message key suffix: "chars" or "words". */
    static String rateKey(String unit) {
        return unit != null && unit.startsWith("chars") ? "chars" : "words";
    }
}
