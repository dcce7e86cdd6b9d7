package io.zhijian.training;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** Computed values for the exam pages. */
@TemplateExtension
public final class TrainingTemplateExtensions {

    /** To the second: a trainee who changes an answer sees the time move. */
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private TrainingTemplateExtensions() {
    }

    /** When an answer was saved, on the server's clock (which rules the attempt): "14:03:27". */
    static String savedTime(Instant savedAt) {
        return SAVED.format(savedAt);
    }

    /** Time left as an exam clock shows it: "09:05", "1:02:03" past an hour. */
    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** A time limit in whole minutes, as the exam form asks for it. */
    static long minutes(int seconds) {
        return Math.round(seconds / 60.0);
    }

    /** An assignee as stored ("user:agent2", "team:A组") without its kind. */
    static String assigneeName(String assignee) {
        int colon = assignee.indexOf(':');
        return colon < 0 ? assignee : assignee.substring(colon + 1);
    }

    static boolean assigneeIsTeam(String assignee) {
        return assignee.startsWith("team:");
    }

    /** A row number as people count (from 1). */
    static int next(Integer index) {
        return index + 1;
    }

    /** Whether the saved response picks this choice (one index, or one of several). */
    static boolean picked(ExamService.SlotView slot, int choiceId) {
        Object response = slot.response();
        if (response instanceof Number number) {
            return number.intValue() == choiceId;
        }
        return response instanceof Collection<?> many
                && many.stream().anyMatch(r -> r instanceof Number n && n.intValue() == choiceId);
    }

    /** Marks as people write them: 2, 1.5. */
    static String marksShown(ExamService.SlotView slot) {
        return Gift.number(slot.marks());
    }

    /** The saved answer to a matching left item, or "". */
    static String matched(ExamService.SlotView slot, String left) {
        return slot.response() instanceof java.util.Map<?, ?> map && map.get(left) != null ? map.get(left).toString() : "";
    }
}
