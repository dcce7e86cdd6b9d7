package io.zhijian.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the date-times people and exports write: ISO with or without offset, "2026-03-01 09:30", "2026/3/1". */
public final class DateTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"));

    private static final Pattern WITH_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");
    private static final List<Pattern> DATE_TIME_SHAPES = List.of(
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}(:\\d{2})?"),
            Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}(:\\d{2})?"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+"));
    private static final List<Pattern> DATE_SHAPES = List.of(Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}"),
            Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}"));

    private DateTimes() {
    }

    /** The instant, local times taken in the server's zone; null when blank or unreadable. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        // Each format is tried only when the text has its shape: imports parse millions of dates, and a
        // failed parse costs an exception.
        try {
            if (WITH_OFFSET.matcher(t).matches()) {
                return OffsetDateTime.parse(t).toInstant();
            }
            for (int i = 0; i < DATE_TIMES.size(); i++) {
                if (DATE_TIME_SHAPES.get(i).matcher(t).matches()) {
                    return LocalDateTime.parse(t, DATE_TIMES.get(i)).atZone(ZoneId.systemDefault()).toInstant();
                }
            }
            for (int i = 0; i < DATES.size(); i++) {
                if (DATE_SHAPES.get(i).matcher(t).matches()) {
                    return LocalDate.parse(t, DATES.get(i)).atStartOfDay(ZoneId.systemDefault()).toInstant();
                }
            }
        } catch (DateTimeParseException invalidValues) {
            // the right shape with impossible values, such as month 13
        }
        return null;
    }
}
