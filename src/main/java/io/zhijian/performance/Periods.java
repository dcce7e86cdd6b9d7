package io.zhijian.performance;

import io.zhijian.platform.Problem;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/** A month (period) as the API names it, {@code 2026-10}; its span in the server's time zone. */
final class Periods {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private Periods() {
    }

    /** The named month, the current one when none is named; 400 naming the field when unreadable. */
    static YearMonth parse(String period, Clock clock) {
        if (period == null || period.isBlank()) {
            return YearMonth.now(clock);
        }
        if (SHAPE.matcher(period.trim()).matches()) {
            try {
                YearMonth month = YearMonth.parse(period.trim());
                if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                    return month;
                }
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        throw Problem.invalid(Map.of("period", PerformanceTexts.text(m -> m.periodInvalid(period))));
    }

    static Instant start(YearMonth month, Clock clock) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    static Instant end(YearMonth month, Clock clock) {
        return start(month.plusMonths(1), clock);
    }
}
