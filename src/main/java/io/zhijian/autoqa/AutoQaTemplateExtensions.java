package io.zhijian.autoqa;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How evidence reads on a page: times as m:ss, ticket times as dates, numbers without noise. */
@TemplateExtension
public class AutoQaTemplateExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    static String startClock(AutoQaEngine.Evidence evidence) {
        return clock(evidence.start());
    }

    static String endClock(AutoQaEngine.Evidence evidence) {
        return clock(evidence.end());
    }

    /** The phrases a missing-phrase window was searched for, as written in the scorecard. */
    static String missingText(AutoQaEngine.Evidence evidence) {
        return evidence.missing() == null ? "" : String.join(" / ", evidence.missing());
    }

    /** A metric's or field's value; a ticket time as a local date and time; null as empty. */
    static String shownValue(AutoQaEngine.Evidence evidence) {
        Object value = evidence.value();
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
        }
        String text = value.toString();
        if (evidence.field() != null && evidence.field().endsWith("_at")) {
            try {
                return WHEN.format(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    static String shownTotal(AutoQaService.ResultView result) {
        return result.total() == null ? "–" : String.format(Locale.ROOT, "%.1f", result.total());
    }

    static int percent(AutoQaService.RunView run) {
        return (int) Math.floor(run.progress() * 100);
    }

    private static String clock(Double seconds) {
        if (seconds == null) {
            return "";
        }
        long s = Math.round(Math.floor(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
