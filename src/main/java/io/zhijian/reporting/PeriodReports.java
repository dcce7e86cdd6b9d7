package io.zhijian.reporting;

import io.zhijian.evaluation.DisputeCounts;
import io.zhijian.evaluation.EvaluationService;
import io.zhijian.identity.UserView;
import io.zhijian.performance.KpiService;
import io.zhijian.performance.Kpis;
import io.zhijian.platform.Problem;
import io.zhijian.training.ExamActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily, weekly and monthly reports (日报、周报、月报): each period's key figures per team and agent, beside the
 * previous period's and the change (周周通报和比较). The monthly report adds the month's KPIs.
 */
@ApplicationScoped
public class PeriodReports {

    public enum Kind { DAILY, WEEKLY, MONTHLY }

    /** {@code to} inclusive. */
    public record Period(String label, LocalDate from, LocalDate to) {
    }

    /**
     * {@code kpis}: the monthly report's KPI values (a team's: the summed numerators over the summed denominators of its
     * agents, for the KPIs that are such a ratio), empty in daily and weekly reports.
     */
    public record Figures(long evaluations, Double meanScore, long criticalFailures, long disputes, long disputesAmended,
                          long examsTaken, long examsPassed, Double examPassRate, Map<String, Double> kpis) {
    }

    /** What changed from the previous period: differences of counts, of the mean (points) and of the pass rate. */
    public record Change(long evaluations, Double meanScore, long criticalFailures, long disputes, Double examPassRate) {
    }

    /** A team's line has no agent; the total line has neither. */
    public record Line(String team, String agent, String displayName, Figures current, Figures previous, Change change) {
    }

    public record Report(String kind, Period period, Period previous, Instant generatedAt, Line total, List<Line> teams,
                         List<Line> agents) {
    }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    @Inject
    EvaluationService evaluations;

    @Inject
    DisputeCounts disputes;

    @Inject
    ExamActivity exams;

    @Inject
    KpiService kpis;

    @Inject
    Clock clock;

    /** The period a report names ({@code 2026-11-20}, {@code 2026-W47}, {@code 2026-11}); blank: the last complete one. */
    public Period period(Kind kind, String value) {
        LocalDate today = LocalDate.now(clock);
        String text = value == null ? "" : value.trim();
        try {
            return switch (kind) {
                case DAILY -> day(text.isEmpty() ? today.minusDays(1) : LocalDate.parse(text));
                case WEEKLY -> text.isEmpty() ? week(today.minusWeeks(1)) : week(text);
                case MONTHLY -> month(text.isEmpty() ? YearMonth.from(today).minusMonths(1) : YearMonth.parse(text));
            };
        } catch (RuntimeException e) {
            String field = kind == Kind.DAILY ? "date" : kind == Kind.WEEKLY ? "week" : "month";
            throw Problem.invalid(Map.of(field, ReportingTexts.text(m -> switch (kind) {
                case DAILY -> m.dateInvalid(text);
                case WEEKLY -> m.weekInvalid(text);
                case MONTHLY -> m.monthInvalid(text);
            })));
        }
    }

    private static Period day(LocalDate day) {
        plausible(day.getYear());
        return new Period(day.toString(), day, day);
    }

    private static Period week(String text) {
        Matcher m = WEEK.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        plausible(year);
        LocalDate monday = LocalDate.of(year, 1, 4).with(WeekFields.ISO.weekOfWeekBasedYear(), week)
                .with(WeekFields.ISO.dayOfWeek(), 1);
        if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year || monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
            throw new IllegalArgumentException(text);
        }
        return week(monday);
    }

    private static Period week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(WeekFields.ISO.dayOfWeek(), 1);
        return new Period(ReportService.week(monday), monday, monday.plusDays(6));
    }

    private static Period month(YearMonth month) {
        plausible(month.getYear());
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static void plausible(int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException(String.valueOf(year));
        }
    }

    /** The period before: the day, week or month before. */
    static Period previous(Kind kind, Period period) {
        return switch (kind) {
            case DAILY -> day(period.from().minusDays(1));
            case WEEKLY -> week(period.from().minusWeeks(1));
            case MONTHLY -> month(YearMonth.from(period.from()).minusMonths(1));
        };
    }

    /** The report as the viewer may see it: agents themselves, leads their team, others everyone. */
    public Report report(Kind kind, Period period, UserView viewer) {
        return report(kind, period, kpis.agents(viewer, null));
    }

    /** The report of every agent (what the archive keeps). */
    public Report reportOfEveryone(Kind kind, Period period) {
        return report(kind, period, kpis.allAgents());
    }

    private Report report(Kind kind, Period period, List<UserView> agents) {
        Period before = previous(kind, period);
        Map<String, Measured> now = figures(kind, period, agents);
        Map<String, Measured> then = figures(kind, before, agents);
        List<Line> agentLines = new ArrayList<>();
        Map<String, List<String>> teams = new TreeMap<>();
        for (UserView agent : agents) {
            Figures current = now.get(agent.username()).figures();
            Figures previous = then.get(agent.username()).figures();
            agentLines.add(new Line(agent.team(), agent.username(), agent.displayName(), current, previous,
                    change(current, previous)));
            teams.computeIfAbsent(agent.team() == null ? "" : agent.team(), t -> new ArrayList<>()).add(agent.username());
        }
        List<Line> teamLines = new ArrayList<>();
        teams.forEach((team, members) -> {
            Figures current = combine(members, now);
            Figures previous = combine(members, then);
            teamLines.add(new Line(team, null, null, current, previous, change(current, previous)));
        });
        List<String> everyone = agents.stream().map(UserView::username).toList();
        Figures current = combine(everyone, now);
        Figures previous = combine(everyone, then);
        return new Report(kind.name().toLowerCase(java.util.Locale.ROOT), period, before, clock.instant(),
                new Line(null, null, null, current, previous, change(current, previous)), teamLines, agentLines);
    }

    /** An agent's figures, with the month's KPIs as computed (their numerators and denominators add up per team). */
    private record Measured(Figures figures, Map<String, Kpis.Kpi> kpis) {
    }

    /** Per agent, the period's figures (the KPIs only for a month). */
    private Map<String, Measured> figures(Kind kind, Period period, List<UserView> agents) {
        Instant from = period.from().atStartOfDay(clock.getZone()).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<String, EvaluationService.AgentEvaluations> scored = evaluations.evaluationsBetween(from, to);
        Map<String, DisputeCounts.Counts> disputed = disputes.between(from, to);
        Map<String, ExamActivity.Counts> examined = exams.between(from, to);
        Map<String, Map<String, Kpis.Kpi>> monthKpis = kind == Kind.MONTHLY
                ? kpis.compute(YearMonth.from(period.from())) : Map.of();
        Map<String, Measured> byAgent = new LinkedHashMap<>();
        for (UserView agent : agents) {
            String u = agent.username();
            EvaluationService.AgentEvaluations e = scored.get(u);
            DisputeCounts.Counts d = disputed.get(u);
            ExamActivity.Counts x = examined.get(u);
            Map<String, Double> values = new TreeMap<>();
            monthKpis.getOrDefault(u, Map.of()).forEach((name, kpi) -> values.put(name, kpi.value()));
            byAgent.put(u, new Measured(new Figures(e == null ? 0 : e.count(), e == null ? null : round(e.meanTotal()),
                    e == null ? 0 : e.criticalFailures(), d == null ? 0 : d.raised(), d == null ? 0 : d.amended(),
                    x == null ? 0 : x.taken(), x == null ? 0 : x.passed(), x == null ? null : rate(x.passed(), x.taken()),
                    values), monthKpis.getOrDefault(u, Map.of())));
        }
        return byAgent;
    }

    /**
     * A group's figures: counts added up, the mean weighted by evaluations, and each ratio KPI as its members' summed
     * numerators over their summed denominators (a KPI with a factor, such as quality, is not a plain ratio: left out).
     */
    private static Figures combine(List<String> members, Map<String, Measured> figures) {
        long evaluated = 0;
        double sum = 0;
        long critical = 0;
        long disputed = 0;
        long amended = 0;
        long taken = 0;
        long passed = 0;
        Map<String, double[]> ratios = new TreeMap<>();
        for (String u : members) {
            Measured m = figures.get(u);
            if (m == null) {
                continue;
            }
            Figures f = m.figures();
            m.kpis().forEach((name, kpi) -> {
                if (kpi.factor() == null && kpi.numerator() != null && kpi.denominator() != null) {
                    double[] parts = ratios.computeIfAbsent(name, k -> new double[2]);
                    parts[0] += kpi.numerator();
                    parts[1] += kpi.denominator();
                }
            });
            evaluated += f.evaluations();
            sum += f.meanScore() == null ? 0 : f.meanScore() * f.evaluations();
            critical += f.criticalFailures();
            disputed += f.disputes();
            amended += f.disputesAmended();
            taken += f.examsTaken();
            passed += f.examsPassed();
        }
        Map<String, Double> kpiValues = new TreeMap<>();
        ratios.forEach((name, parts) -> kpiValues.put(name, parts[1] == 0 ? null
                : Math.round(10_000.0 * parts[0] / parts[1]) / 10_000.0));
        return new Figures(evaluated, evaluated == 0 ? null : round(sum / evaluated), critical, disputed, amended, taken,
                passed, rate(passed, taken), kpiValues);
    }

    private static Change change(Figures now, Figures before) {
        return new Change(now.evaluations() - before.evaluations(),
                now.meanScore() == null || before.meanScore() == null ? null : round(now.meanScore() - before.meanScore()),
                now.criticalFailures() - before.criticalFailures(), now.disputes() - before.disputes(),
                now.examPassRate() == null || before.examPassRate() == null ? null
                        : Math.round(10_000.0 * (now.examPassRate() - before.examPassRate())) / 10_000.0);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
