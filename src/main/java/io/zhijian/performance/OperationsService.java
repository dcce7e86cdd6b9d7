package io.zhijian.performance;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.UserService;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.Messages;
import io.zhijian.platform.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Operational data (attendance from the roster, ACD statistics, satisfaction surveys), one row per agent per day:
 * imported from CSV or XLSX (bad rows reported and skipped, the same agent and day again updates), and summed per
 * agent and month in the database for the KPIs.
 */
@ApplicationScoped
public class OperationsService {

    public record Rejected(int line, String reason) {
    }

    public record ImportReport(int imported, int updated, List<Rejected> rejected) {
    }

    /** One agent's day as imported; counts are null where the file had none. */
    public record Day(String agent, LocalDate date, boolean scheduled, boolean present, boolean onTime, boolean leave,
                      boolean training, Integer callsOffered, Integer callsAnswered, Long handleSeconds,
                      Long waitSeconds, Integer outboundCalls, Integer surveys, Integer satisfied) {
    }

    /**
     * One agent's month: {@code workingDays} are the scheduled days; {@code countedDays} leave out leave and training
     * days (the denominators of attendance and punctuality); sums are null when no row had the figure.
     */
    public record Month(String agent, long workingDays, long countedDays, long presentDays, long onTimeDays,
                        Long callsOffered, Long handleSeconds, Long waitSeconds, Long outboundCalls, Long surveys,
                        Long satisfied) {
    }

    @Inject
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MonthDataChanged> changed;

    // A year of rows for hundreds of agents is a large file: more than the default 60 s may be needed.
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport importFile(byte[] body, String format, String actor, String lang) {
        TableFile.Parsed parsed = OperationsFile.TABLE.read(body, format,
                unknown -> PerformanceTexts.text(x -> x.opsNoAgentColumn(unknown)));
        PerformanceMessages m = Messages.bundle(PerformanceMessages.class, lang);
        Set<String> known = new HashSet<>();
        users.list().forEach(u -> known.add(u.username()));
        Map<String, Integer> seen = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (TableFile.Line line : parsed.lines()) {
            Object read = read(line, known, m);
            if (read instanceof String reason) {
                rejected.add(new Rejected(line.line(), reason));
                continue;
            }
            Day day = (Day) read;
            String key = day.agent() + "\u0000" + day.date();
            Integer first = seen.putIfAbsent(key, line.line());
            if (first != null) {
                rejected.add(new Rejected(line.line(), m.opsDuplicate(first)));
                continue;
            }
            days.add(day);
        }
        Set<String> existing = existingKeys(days);
        // Written in the order of the table's key (day, agent), not the file's (usually agent, day): each row then
        // goes next to the one before in the key's index instead of into a page anywhere in it.
        Comparator<Day> byKey = Comparator.comparing(Day::date).thenComparing(Day::agent);
        List<Day> fresh = days.stream().filter(d -> !existing.contains(d.agent() + "\u0000" + d.date())).sorted(byKey)
                .toList();
        List<Day> updates = days.stream().filter(d -> existing.contains(d.agent() + "\u0000" + d.date())).sorted(byKey)
                .toList();
        write(fresh, updates, actor);
        changed.fire(new MonthDataChanged());
        audit.record(actor, "OPERATIONS_IMPORTED", "operations", null, null,
                Map.of("imported", fresh.size(), "updated", updates.size(), "rejected", rejected.size()));
        return new ImportReport(fresh.size(), updates.size(), rejected);
    }

    /** The row as a day, or why it is refused. */
    private static Object read(TableFile.Line line, Set<String> known, PerformanceMessages m) {
        Map<String, String> v = line.values();
        String agent = v.getOrDefault("agent", "").trim();
        if (agent.isEmpty()) {
            return m.opsAgentRequired();
        }
        if (!known.contains(agent)) {
            return m.opsUnknownAgent(agent);
        }
        String dateText = v.getOrDefault("date", "").trim();
        LocalDate date = date(dateText);
        if (date == null) {
            return dateText.isEmpty() ? m.opsDateRequired() : m.opsDate(dateText);
        }
        boolean[] flags = new boolean[OperationsFile.FLAGS.size()];
        for (int i = 0; i < flags.length; i++) {
            String column = OperationsFile.FLAGS.get(i);
            Boolean flag = flag(v.get(column));
            if (flag == null) {
                return m.opsFlag(column, v.get(column));
            }
            flags[i] = flag;
        }
        Long[] counts = new Long[OperationsFile.COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            String column = OperationsFile.COUNTS.get(i);
            String text = v.getOrDefault(column, "").trim();
            if (text.isEmpty()) {
                continue;
            }
            counts[i] = whole(text);
            if (counts[i] == null) {
                return m.opsNumber(column, text);
            }
            if (counts[i] < 0) {
                return m.opsNegative(column, text);
            }
        }
        boolean scheduled = flags[0];
        boolean present = flags[1];
        boolean onTime = flags[2];
        if (present && !scheduled) {
            return m.opsPresentUnscheduled();
        }
        if (onTime && !present) {
            return m.opsOnTimeAbsent();
        }
        Long surveys = counts[5];
        Long satisfied = counts[6];
        if (satisfied != null && satisfied > (surveys == null ? 0 : surveys)) {
            return m.opsSatisfiedOverSurveys(satisfied, surveys == null ? 0 : surveys);
        }
        return new Day(agent, date, scheduled, present, onTime, flags[3], flags[4], integer(counts[0]),
                integer(counts[1]), counts[2], counts[3], integer(counts[4]), integer(surveys), integer(satisfied));
    }

    /**
     * A whole number of up to nine digits, as typed or as a spreadsheet writes it (12.0); null when it is not one.
     * Read by hand rather than with a regular expression: a year's file has three quarters of a million of them.
     */
    static Long whole(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int start = i;
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            value = value * 10 + (text.charAt(i++) - '0');
        }
        int digits = i - start;
        if (digits == 0 || digits > 9) {
            return null;
        }
        if (i < text.length()) {
            if (text.charAt(i) != '.' || i == text.length() - 1) {
                return null;
            }
            for (int k = i + 1; k < text.length(); k++) {
                if (text.charAt(k) != '0') {
                    return null;
                }
            }
        }
        return start == 1 ? -value : value;
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The day: ISO dates read digit by digit (the common case: {@code LocalDate.parse} and its formatter were a tenth
     * of a year's import), any other shape as {@link DateTimes} reads it.
     */
    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            int year = digits(text, 0, 4);
            if (!DateTimes.plausibleYear(year)) {
                return null;
            }
            try {
                return LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Instant instant = DateTimes.parse(text);
        return instant == null ? null : LocalDate.ofInstant(instant, java.time.ZoneId.systemDefault());
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** 1/0 as the roster writes it (also yes/no, true/false, 是/否); blank is 0; null when unreadable. */
    static Boolean flag(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "0", "0.0", "false", "no", "n", "否" -> false;
            case "1", "1.0", "true", "yes", "y", "是" -> true;
            default -> null;
        };
    }

    private static Integer integer(Long value) {
        return value == null ? null : value.intValue();
    }

    /** Which of the file's agent-days are already stored: one range query per 500 agents. */
    private Set<String> existingKeys(List<Day> days) {
        Set<String> keys = new HashSet<>();
        if (days.isEmpty()) {
            return keys;
        }
        LocalDate min = days.stream().map(Day::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = days.stream().map(Day::date).max(LocalDate::compareTo).orElseThrow();
        List<String> agents = days.stream().map(Day::agent).distinct().toList();
        for (int i = 0; i < agents.size(); i += 500) {
            List<?> rows = em.createNativeQuery("select agent, work_date from operational_days where work_date between ?1 and ?2"
                            + " and agent in (?3)")
                    .setParameter(1, min).setParameter(2, max)
                    .setParameter(3, agents.subList(i, Math.min(agents.size(), i + 500))).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                keys.add(r[0] + "\u0000" + localDate(r[1]));
            }
        }
        return keys;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void write(List<Day> fresh, List<Day> known, String actor) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into operational_days (scheduled,"
                    + " present, on_time, on_leave, training, calls_offered, calls_answered, handle_seconds, wait_seconds,"
                    + " outbound_calls, surveys, satisfied, imported_at, imported_by, agent, work_date)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement update = connection.prepareStatement("update operational_days set scheduled = ?,"
                         + " present = ?, on_time = ?, on_leave = ?, training = ?, calls_offered = ?, calls_answered = ?,"
                         + " handle_seconds = ?, wait_seconds = ?, outbound_calls = ?, surveys = ?, satisfied = ?,"
                         + " imported_at = ?, imported_by = ? where agent = ? and work_date = ?")) {
                batch(insert, fresh, now, actor);
                batch(update, known, now, actor);
            }
        });
    }

    private static void batch(PreparedStatement statement, List<Day> days, OffsetDateTime now, String actor)
            throws java.sql.SQLException {
        int pending = 0;
        for (Day d : days) {
            statement.setBoolean(1, d.scheduled());
            statement.setBoolean(2, d.present());
            statement.setBoolean(3, d.onTime());
            statement.setBoolean(4, d.leave());
            statement.setBoolean(5, d.training());
            setInt(statement, 6, d.callsOffered());
            setInt(statement, 7, d.callsAnswered());
            setLong(statement, 8, d.handleSeconds());
            setLong(statement, 9, d.waitSeconds());
            setInt(statement, 10, d.outboundCalls());
            setInt(statement, 11, d.surveys());
            setInt(statement, 12, d.satisfied());
            statement.setObject(13, now);
            statement.setString(14, actor);
            statement.setString(15, d.agent());
            statement.setObject(16, d.date());
            statement.addBatch();
            if (++pending == 1000) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** Per agent, summed in the database over the month's rows. */
    @Transactional
    public Map<String, Month> months(YearMonth month) {
        Map<String, Month> byAgent = new HashMap<>();
        String counted = "scheduled = true and on_leave = false and training = false";
        List<?> rows = em.createNativeQuery("select agent,"
                        + " sum(case when scheduled = true then 1 else 0 end),"
                        + " sum(case when " + counted + " then 1 else 0 end),"
                        + " sum(case when " + counted + " and present = true then 1 else 0 end),"
                        + " sum(case when " + counted + " and present = true and on_time = true then 1 else 0 end),"
                        + " sum(calls_offered), sum(handle_seconds), sum(wait_seconds), sum(outbound_calls), sum(surveys),"
                        + " sum(satisfied) from operational_days where work_date >= ?1 and work_date < ?2 group by agent")
                .setParameter(1, month.atDay(1)).setParameter(2, month.plusMonths(1).atDay(1)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String agent = (String) r[0];
            byAgent.put(agent, new Month(agent, count(r[1]), count(r[2]), count(r[3]), count(r[4]), sum(r[5]),
                    sum(r[6]), sum(r[7]), sum(r[8]), sum(r[9]), sum(r[10])));
        }
        return byAgent;
    }

    /** The agent's rows of the month, day by day (the KPIs' drill-down). */
    @Transactional
    public List<Day> days(String agent, YearMonth month) {
        List<?> rows = em.createNativeQuery("select agent, work_date, scheduled, present, on_time, on_leave, training,"
                        + " calls_offered, calls_answered, handle_seconds, wait_seconds, outbound_calls, surveys, satisfied"
                        + " from operational_days where agent = ?1 and work_date >= ?2 and work_date < ?3 order by work_date")
                .setParameter(1, agent).setParameter(2, month.atDay(1)).setParameter(3, month.plusMonths(1).atDay(1))
                .getResultList();
        List<Day> days = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            days.add(new Day((String) r[0], localDate(r[1]), (Boolean) r[2], (Boolean) r[3], (Boolean) r[4],
                    (Boolean) r[5], (Boolean) r[6], integer(sum(r[7])), integer(sum(r[8])), sum(r[9]), sum(r[10]),
                    integer(sum(r[11])), integer(sum(r[12])), integer(sum(r[13]))));
        }
        return days;
    }

    /** The first month with operational data, if any (reports' on-time publishing counts from there). */
    @Transactional
    public java.util.Optional<YearMonth> firstMonth() {
        Object first = em.createNativeQuery("select min(work_date) from operational_days").getSingleResult();
        return java.util.Optional.ofNullable(first == null ? null : YearMonth.from(localDate(first)));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long sum(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
