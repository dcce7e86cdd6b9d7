package io.zhijian.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the date-times people and exports write: ISO with or without offset, "2026-03-01 09:30", "2026/3/1". */
public final class DateTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"));

    private DateTimes() {
    }

    /** The instant, local times taken in the server's zone; null when blank or unreadable. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f).atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }
}
