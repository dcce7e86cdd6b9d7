package io.zhijian.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads the date-times people and exports write: ISO with or without offset, "2026-03-01 09:30", "2026/3/1". */
public final class DateTimes {

    /** ISO forms (with "T"); the common export shapes are read by {@link #plain}. */
    private static final Pattern WITH_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern ISO_LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+");

    /** Dates a contact centre's records and plans can have: anything outside is a typing slip, not a plan. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    private DateTimes() {
    }

    /** Whether an instant falls within {@link #FIRST_YEAR}..{@link #LAST_YEAR} (UTC). */
    public static boolean plausible(Instant instant) {
        // Compared as instants: converting an instant of the year 1,000,000,000 to a date would itself overflow.
        return instant == null || !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
    }

    public static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The instant, local times taken in the server's zone; null when blank or unreadable. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        Instant plain = plain(t);
        if (plain != null) {
            return plain;
        }
        Instant iso = isoWithSeconds(t);
        if (iso != null) {
            return iso;
        }
        // ISO forms are parsed only when the text has their shape: a failed parse costs an exception.
        try {
            if (WITH_OFFSET.matcher(t).matches()) {
                return OffsetDateTime.parse(t).toInstant();
            }
            if (ISO_LOCAL.matcher(t).matches()) {
                return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
            }
        } catch (DateTimeParseException impossible) {
            // the right shape with impossible values, such as month 13
        }
        return null;
    }

    /**
     * What JSON exports write, read by hand (a chat import has 20 of these per conversation, and the general parse
     * cost more than storing the conversation): {@code 2026-11-20T09:00:05}, optionally {@code .fraction}, then
     * {@code Z} or {@code ±hh:mm}. Null for any other shape (the general parse then decides) or impossible values.
     */
    private static Instant isoWithSeconds(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            int length = i - start;
            if (length < 1 || length > 9) {
                return null;
            }
            nanos = digits(t, start, length);
            for (int k = length; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int hours = digits(t, i + 1, 2);
            int minutes = digits(t, i + 4, 2);
            if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            offsetSeconds = (t.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (java.time.DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number written by {@code length} digits from {@code from}; -1 if any is not a digit. */
    private static int digits(String t, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The common export shapes read by hand, as they make up nearly every row of an import:
     * {@code 2026-03-01}, {@code 2026/3/1}, each optionally followed by {@code 9:30} or {@code 09:30:15}.
     * Null when the text has another shape or impossible values.
     */
    private static Instant plain(String t) {
        int[] numbers = new int[6];
        int count = 0;
        int value = -1;
        int digits = 0;
        char dateSeparator = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '\0';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > (count == 0 ? 4 : 2)) {
                    return null;
                }
                continue;
            }
            if (value < 0 || count == 0 && digits != 4 || count == 4 && digits != 2 || count == 5 && digits != 2) {
                return null;
            }
            numbers[count++] = value;
            value = -1;
            digits = 0;
            if (count == 1) {
                dateSeparator = c;
            }
            boolean separatorOk = switch (count) {
                case 1 -> c == '-' || c == '/';
                case 2 -> c == dateSeparator;
                case 3 -> c == ' ' || c == '\0';
                case 4 -> c == ':';
                case 5 -> c == ':' || c == '\0';
                default -> c == '\0';
            };
            if (!separatorOk) {
                return null;
            }
            if (c == '\0') {
                break;
            }
        }
        if (value >= 0 || count != 3 && count != 5 && count != 6 || t.endsWith(":") || t.endsWith(" ")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(numbers[0], numbers[1], numbers[2]);
            if (count == 3) {
                return date.atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return date.atTime(numbers[3], numbers[4], count == 6 ? numbers[5] : 0).atZone(ZoneId.systemDefault())
                    .toInstant();
        } catch (java.time.DateTimeException impossible) {
            return null;
        }
    }
}
