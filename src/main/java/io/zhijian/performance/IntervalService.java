package io.zhijian.performance;

import io.zhijian.identity.AuditLog;
import io.zhijian.platform.Messages;
import io.zhijian.platform.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls per half hour (the telephony system's interval report): imported by managers, read as the service level by
 * time of day over the opening hours (08:30–22:30) with the busiest hour.
 */
@ApplicationScoped
public class IntervalService {

    /** The opening hours the source's peak-hour analysis covers: half hours starting 08:30 … 22:00. */
    static final String OPENS = "08:30";
    static final String CLOSES = "22:30";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::00)?(?:\\s*[-–~至]\\s*\\d{1,2}:\\d{2}(?::00)?)?");
    private static final Pattern WHOLE = Pattern.compile("(\\d{1,9})(?:\\.0+)?");

    record Interval(LocalDate date, String start, int offered, int answered, int answeredInThreshold, int abandoned) {
    }

    /** One half hour over the period: the sums and the rates (null without calls offered). */
    public record Slot(String start, long offered, long answered, long answeredInThreshold, long abandoned,
                       Double serviceLevel, Double answerRate, Double abandonRate) {
    }

    /** {@code peak}: the busiest hour (two consecutive half hours with the most calls offered), null without calls. */
    public record ServiceLevel(LocalDate from, LocalDate to, int thresholdSeconds, Slot total, List<Slot> slots,
                               Peak peak) {
    }

    public record Peak(String start, String end, long offered, Double serviceLevel, Double shareOfDay) {
    }

    @Inject
    EntityManager database;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PerformanceConfig config;

    @Transactional
    public OperationsService.ImportReport importFile(byte[] body, String format, String actor, String lang) {
        TableFile.Parsed parsed = IntervalFile.TABLE.read(body, format,
                unknown -> PerformanceTexts.text(x -> x.ivNoDateColumn(unknown)));
        PerformanceMessages m = Messages.bundle(PerformanceMessages.class, lang);
        Map<String, Integer> seen = new HashMap<>();
        List<OperationsService.Rejected> rejected = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        for (TableFile.Line line : parsed.lines()) {
            Object read = read(line.values(), m);
            if (read instanceof String reason) {
                rejected.add(new OperationsService.Rejected(line.line(), reason));
                continue;
            }
            Interval interval = (Interval) read;
            Integer first = seen.putIfAbsent(interval.date() + " " + interval.start(), line.line());
            if (first != null) {
                rejected.add(new OperationsService.Rejected(line.line(), m.ivDuplicate(first)));
                continue;
            }
            intervals.add(interval);
        }
        Set<String> existing = existing(intervals);
        int updated = 0;
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        for (Interval i : intervals) {
            boolean known = existing.contains(i.date() + " " + i.start());
            updated += known ? 1 : 0;
            database.createNativeQuery(known
                            ? "update service_intervals set offered = ?3, answered = ?4, answered_in_threshold = ?5,"
                            + " abandoned = ?6, imported_at = ?7, imported_by = ?8 where work_date = ?1 and start_time = ?2"
                            : "insert into service_intervals (work_date, start_time, offered, answered,"
                            + " answered_in_threshold, abandoned, imported_at, imported_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, i.date()).setParameter(2, i.start()).setParameter(3, i.offered())
                    .setParameter(4, i.answered()).setParameter(5, i.answeredInThreshold()).setParameter(6, i.abandoned())
                    .setParameter(7, now).setParameter(8, actor).executeUpdate();
        }
        audit.record(actor, "INTERVALS_IMPORTED", "operations", null, null,
                Map.of("imported", intervals.size() - updated, "updated", updated, "rejected", rejected.size()));
        return new OperationsService.ImportReport(intervals.size() - updated, updated, rejected);
    }

    /** The row as an interval, or why it is refused. */
    static Object read(Map<String, String> v, PerformanceMessages m) {
        String dateText = v.getOrDefault("date", "").trim();
        LocalDate date = OperationsService.date(dateText);
        if (date == null) {
            return dateText.isEmpty() ? m.opsDateRequired() : m.opsDate(dateText);
        }
        String startText = v.getOrDefault("start", "").trim();
        String start = halfHour(startText);
        if (start == null) {
            return m.ivStart(startText);
        }
        int[] counts = new int[IntervalFile.COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            String column = IntervalFile.COUNTS.get(i);
            String text = v.getOrDefault(column, "").trim();
            Matcher whole = WHOLE.matcher(text);
            if (!whole.matches()) {
                return text.startsWith("-") ? m.opsNegative(column, text) : m.opsNumber(column, text);
            }
            counts[i] = Integer.parseInt(whole.group(1));
        }
        int offered = counts[0];
        int answered = counts[1];
        int inThreshold = counts[2];
        int abandoned = counts[3];
        if (answered > offered) {
            return m.ivAnsweredOverOffered(answered, offered);
        }
        if (inThreshold > answered) {
            return m.ivInThresholdOverAnswered(inThreshold, answered);
        }
        if (abandoned > offered - answered) {
            return m.ivAbandonedOverUnanswered(abandoned, offered - answered);
        }
        return new Interval(date, start, offered, answered, inThreshold, abandoned);
    }

    /** "8:30", "08:30", "08:30:00" or "08:30-09:00" → "08:30"; null unless it starts a half hour of the day. */
    static String halfHour(String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour > 23 || minute != 0 && minute != 30 ? null : String.format("%02d:%02d", hour, minute);
    }

    private Set<String> existing(List<Interval> intervals) {
        Set<String> keys = new HashSet<>();
        if (intervals.isEmpty()) {
            return keys;
        }
        LocalDate first = intervals.stream().map(Interval::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = intervals.stream().map(Interval::date).max(LocalDate::compareTo).orElseThrow();
        List<?> rows = database.createNativeQuery("select work_date, start_time from service_intervals"
                + " where work_date >= ?1 and work_date <= ?2").setParameter(1, first).setParameter(2, last).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            keys.add(toDate(r[0]) + " " + r[1]);
        }
        return keys;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The half hours of the opening hours over [from, to] (inclusive), summed in SQL, with the busiest hour. */
    @Transactional
    public ServiceLevel serviceLevel(LocalDate from, LocalDate to) {
        Map<String, long[]> sums = new TreeMap<>();
        for (String slot = OPENS; slot.compareTo(CLOSES) < 0; slot = next(slot)) {
            sums.put(slot, new long[4]);
        }
        List<?> rows = database.createNativeQuery("select start_time, sum(offered), sum(answered),"
                        + " sum(answered_in_threshold), sum(abandoned) from service_intervals where work_date >= ?1"
                        + " and work_date <= ?2 and start_time >= ?3 and start_time < ?4 group by start_time")
                .setParameter(1, from).setParameter(2, to).setParameter(3, OPENS).setParameter(4, CLOSES).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] s = sums.get((String) r[0]);
            for (int i = 0; i < 4; i++) {
                s[i] = ((Number) r[i + 1]).longValue();
            }
        }
        List<Slot> slots = new ArrayList<>();
        long[] total = new long[4];
        sums.forEach((start, s) -> {
            slots.add(slot(start, s));
            for (int i = 0; i < 4; i++) {
                total[i] += s[i];
            }
        });
        Peak peak = null;
        for (int i = 0; i + 1 < slots.size(); i++) {
            long offered = slots.get(i).offered() + slots.get(i + 1).offered();
            if (offered > 0 && (peak == null || offered > peak.offered())) {
                long inThreshold = slots.get(i).answeredInThreshold() + slots.get(i + 1).answeredInThreshold();
                peak = new Peak(slots.get(i).start(), next(slots.get(i + 1).start()), offered, rate(inThreshold, offered),
                        rate(offered, total[0]));
            }
        }
        return new ServiceLevel(from, to, config.serviceLevelThresholdSeconds(), slot(null, total), slots, peak);
    }

    private static Slot slot(String start, long[] s) {
        return new Slot(start, s[0], s[1], s[2], s[3], rate(s[2], s[0]), rate(s[1], s[0]), rate(s[3], s[0]));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static String next(String slot) {
        int minutes = Integer.parseInt(slot.substring(0, 2)) * 60 + Integer.parseInt(slot.substring(3)) + 30;
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
