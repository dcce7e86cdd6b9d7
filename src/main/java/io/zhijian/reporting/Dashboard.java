package io.zhijian.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.UserView;
import io.zhijian.performance.IntervalService;
import io.zhijian.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.zhijian.performance.Kpis;
import io.zhijian.performance.PerformanceMessages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team dashboard's charts, each as the table of its numbers (what the page shows beside the chart and what its
 * XLSX download holds) and the series the chart draws from the same numbers.
 */
@ApplicationScoped
public class Dashboard {

    /**
     * The charts, in page order; {@code service} only for those who see the whole centre's figures, {@code inspectors}
     * for QA, managers and administrators (as its API).
     */
    public static final List<String> CHARTS = List.of("trend", "distribution", "causes", "inspectors", "kpis",
            "training", "service");

    /** The KPIs a trend shows: those that are a share of something, so a team's is its agents' parts added up. */
    static final List<String> RATE_KPIS = List.of("attendance", "punctuality", "satisfaction", "attitude",
            "criticalFailureRate", "firstTimeResolution");

    /** What the dashboard is filtered to. */
    public record Filters(LocalDate from, LocalDate to, String team, String agent, String scorecard,
                          io.zhijian.interaction.Interactions.Type channel) {
        /** The channels the form offers. */
        public List<String> channelNames() {
            return java.util.Arrays.stream(io.zhijian.interaction.Interactions.Type.values()).map(Enum::name).toList();
        }
    }

    /** {@code chart}: the series as JSON for the page's script; {@code rows}: the table, cells already as shown. */
    public record Chart(String key, String title, List<String> headers, List<List<Object>> rows, String chart) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReportService reports;

    @Inject
    IntervalService intervals;

    @Inject
    io.zhijian.performance.KpiService kpis;

    @Inject
    io.zhijian.training.ExamActivity exams;

    @Inject
    Clock clock;

    @Inject
    io.zhijian.evaluation.InspectorProductivity productivity;

    public Chart chart(String key, Filters f, UserView viewer, String lang) {
        ReportingMessages m = Messages.bundle(ReportingMessages.class, lang);
        return switch (key) {
            case "trend" -> trend(f, viewer, m);
            case "distribution" -> distribution(f, viewer, m);
            case "causes" -> causes(f, viewer, m, lang);
            case "service" -> service(f, m);
            case "inspectors" -> inspectors(f, m);
            case "kpis" -> kpiTrend(f, viewer, m, lang);
            case "training" -> training(f, viewer, m);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private Chart trend(Filters f, UserView viewer, ReportingMessages m) {
        ReportService.Trend trend = reports.trend(f.from(), f.to(), "week", f.team(), f.agent(), f.scorecard(), f.channel(),
                viewer);
        List<List<Object>> rows = new ArrayList<>();
        for (ReportService.Point p : trend.points()) {
            rows.add(List.of(p.period(), p.evaluations(), p.mean() == null ? "—" : p.mean(),
                    p.ci95() == null ? "—" : p.ci95().get(0) + "–" + p.ci95().get(1)));
        }
        return new Chart("trend", m.dashTrend(), List.of(m.dashWeek(), m.figure("evaluations"), m.figure("meanScore"),
                m.dashInterval()), rows, trendSeries(trend, m.figure("meanScore"), m.dashInterval()));
    }

    /**
     * A trend as dashboard.js draws it: the mean as a line and its 95 % interval as a band clipped to 0–100 (also on
     * an agent's KPI page).
     */
    public static String trendSeries(ReportService.Trend trend, String meanName, String bandName) {
        List<Object> labels = new ArrayList<>();
        List<Object> mean = new ArrayList<>();
        List<Object> low = new ArrayList<>();
        List<Object> high = new ArrayList<>();
        for (ReportService.Point p : trend.points()) {
            labels.add(p.period());
            mean.add(p.mean());
            low.add(p.ci95() == null ? null : Math.max(0, p.ci95().get(0)));
            high.add(p.ci95() == null ? null : Math.min(100, p.ci95().get(1)));
        }
        return json(Map.of("labels", labels, "mean", mean, "low", low, "high", high, "names", List.of(meanName, bandName)));
    }

    private Chart distribution(Filters f, UserView viewer, ReportingMessages m) {
        ReportService.DistributionView d = reports.distribution(f.from(), f.to(), f.team(), f.agent(), f.scorecard(),
                f.channel(), viewer);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (ReportService.Band band : d.bands()) {
            rows.add(List.of(band.range(), band.evaluations()));
            labels.add(band.range());
            values.add(band.evaluations());
        }
        rows.add(List.of(m.figure("criticalFailures"), d.criticalFailures()));
        return new Chart("distribution", m.dashDistribution(), List.of(m.dashBand(), m.figure("evaluations")),
                d.evaluations() == 0 ? List.of() : rows,
                json(Map.of("labels", labels, "values", values, "names", List.of(m.figure("evaluations")))));
    }

    /** Items across the scope, most failures first, with the cumulative share of all failures (the Pareto line). */
    private Chart causes(Filters f, UserView viewer, ReportingMessages m, String lang) {
        Map<String, long[]> byItem = new LinkedHashMap<>();
        for (ItemFailures.Row row : reports.itemFailures(f.from(), f.to(), f.team(), f.agent(), f.scorecard(),
                f.channel(), ItemFailures.By.TEAM, viewer, lang)) {
            byItem.computeIfAbsent(row.name(), k -> new long[1])[0] += row.failures();
        }
        List<Map.Entry<String, long[]>> items = new ArrayList<>(byItem.entrySet());
        items.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        long all = items.stream().mapToLong(e -> e.getValue()[0]).sum();
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> cumulative = new ArrayList<>();
        long running = 0;
        for (Map.Entry<String, long[]> item : items) {
            running += item.getValue()[0];
            double share = Math.round(1000.0 * running / all) / 10.0;
            rows.add(List.of(item.getKey(), item.getValue()[0], share + "%"));
            labels.add(item.getKey());
            values.add(item.getValue()[0]);
            cumulative.add(share);
        }
        return new Chart("causes", m.dashCauses(), List.of(m.dashItem(), m.dashFailures(), m.dashCumulative()), rows,
                json(Map.of("labels", labels, "values", values, "cumulative", cumulative,
                        "names", List.of(m.dashFailures(), m.dashCumulative()))));
    }

    private Chart service(Filters f, ReportingMessages m) {
        IntervalService.ServiceLevel level = intervals.serviceLevel(f.from(), f.to());
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> offered = new ArrayList<>();
        List<Object> sl = new ArrayList<>();
        for (IntervalService.Slot s : level.slots()) {
            rows.add(List.of(s.start(), s.offered(), s.answered(), s.answeredInThreshold(), s.abandoned(),
                    percent(s.serviceLevel()), percent(s.abandonRate())));
            labels.add(s.start());
            offered.add(s.offered());
            sl.add(s.serviceLevel() == null ? null : Math.round(s.serviceLevel() * 1000) / 10.0);
        }
        String title = level.peak() == null ? m.dashService(level.thresholdSeconds())
                : m.dashServiceWithPeak(level.thresholdSeconds(), level.peak().start(), level.peak().end(),
                level.peak().offered(), percent(level.peak().serviceLevel()));
        return new Chart("service", title, List.of(m.dashSlot(), m.dashOffered(), m.dashAnswered(),
                m.dashInThreshold(), m.dashAbandoned(), m.dashServiceLevel(), m.dashAbandonRate()),
                level.total().offered() == 0 ? List.of() : rows,
                json(Map.of("labels", labels, "offered", offered, "serviceLevel", sl,
                        "names", List.of(m.dashOffered(), m.dashServiceLevel()))));
    }

    /**
     * Per inspector over the period: sampling-plan assignments made (done, overdue) and the disputes their evaluations
     * drew; the chart sets done and overdue side by side with the dispute rate.
     */
    private Chart inspectors(Filters f, ReportingMessages m) {
        List<io.zhijian.evaluation.InspectorProductivity.Row> found = productivity.between(
                f.from().atStartOfDay(clock.getZone()).toInstant(),
                f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> done = new ArrayList<>();
        List<Object> overdue = new ArrayList<>();
        List<Object> disputeRate = new ArrayList<>();
        for (io.zhijian.evaluation.InspectorProductivity.Row r : found) {
            rows.add(List.of(r.inspector(), r.assigned(), r.done(), r.overdue(), r.evaluations(), r.disputes(),
                    r.upheld(), r.amended(), percent(r.disputeRate())));
            labels.add(r.inspector());
            done.add(r.done());
            overdue.add(r.overdue());
            disputeRate.add(r.disputeRate() == null ? null : Math.round(r.disputeRate() * 1000) / 10.0);
        }
        return new Chart("inspectors", m.dashInspectors(), List.of(m.dashInspector(), m.dashPlanAssigned(),
                m.dashPlanDone(), m.dashPlanOverdue(), m.figure("evaluations"), m.dashDisputes(), m.dashUpheld(),
                m.dashAmended(), m.dashDisputeRate()), rows,
                json(Map.of("labels", labels, "done", done, "overdue", overdue, "disputeRate", disputeRate,
                        "names", List.of(m.dashPlanDone(), m.dashPlanOverdue(), m.dashDisputeRate()))));
    }

    /** The agents in the filters' scope: one, a team, or everyone the viewer may see. */
    private List<UserView> agents(Filters f, UserView viewer) {
        List<String> scope = reports.scope(f.team(), f.agent(), viewer);
        return kpis.agents(viewer, null).stream().filter(u -> scope == null || scope.contains(u.username())).toList();
    }

    /** Month by month (at most the last 12 of the period), each rate KPI as the scope's summed parts. */
    private Chart kpiTrend(Filters f, UserView viewer, ReportingMessages m, String lang) {
        PerformanceMessages perf = Messages.bundle(PerformanceMessages.class, lang);
        List<String> agents = agents(f, viewer).stream().map(UserView::username).toList();
        YearMonth first = YearMonth.from(f.from());
        YearMonth last = YearMonth.from(f.to());
        if (first.plusMonths(11).isBefore(last)) {
            first = last.minusMonths(11);
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        Map<String, List<Object>> series = new LinkedHashMap<>();
        RATE_KPIS.forEach(k -> series.put(perf.kpiName(k), new ArrayList<>()));
        boolean any = false;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<String, Map<String, Kpis.Kpi>> all = kpis.compute(month);
            List<Object> row = new ArrayList<>(List.of(month.toString()));
            for (String kpi : RATE_KPIS) {
                double num = 0;
                double den = 0;
                for (String agent : agents) {
                    Kpis.Kpi value = all.getOrDefault(agent, Map.of()).get(kpi);
                    if (value != null && value.numerator() != null && value.denominator() != null) {
                        num += value.numerator();
                        den += value.denominator();
                    }
                }
                Double rate = den == 0 ? null : Math.round(1000.0 * num / den) / 10.0;
                any |= rate != null;
                row.add(rate == null ? "—" : rate + "%");
                series.get(perf.kpiName(kpi)).add(rate);
            }
            rows.add(row);
            labels.add(month.toString());
        }
        List<String> headers = new ArrayList<>(List.of(m.dashMonth()));
        RATE_KPIS.forEach(k -> headers.add(perf.kpiName(k)));
        return new Chart("kpis", m.dashKpis(), headers, any ? rows : List.of(),
                json(Map.of("labels", labels, "series", series)));
    }

    /** Per team: the assigned exams finished and passed, and the certificates running out in the next 30 days. */
    private Chart training(Filters f, UserView viewer, ReportingMessages m) {
        Map<String, String> teamOf = new LinkedHashMap<>();
        agents(f, viewer).forEach(u -> teamOf.put(u.username(), u.team()));
        Map<String, io.zhijian.training.ExamActivity.Completion> done = exams.completion(teamOf);
        Instant now = clock.instant();
        List<io.zhijian.training.ExamActivity.Expiring> expiring = exams.expiring(teamOf.keySet(), now,
                now.plus(java.time.Duration.ofDays(30)));
        Map<String, long[]> byTeam = new java.util.TreeMap<>();
        teamOf.forEach((agent, team) -> {
            long[] t = byTeam.computeIfAbsent(team == null ? "" : team, k -> new long[4]);
            io.zhijian.training.ExamActivity.Completion c = done.get(agent);
            if (c != null) {
                t[0] += c.assigned();
                t[1] += c.completed();
                t[2] += c.passed();
            }
        });
        expiring.forEach(e -> byTeam.get(teamOf.get(e.username()) == null ? "" : teamOf.get(e.username()))[3]++);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> completion = new ArrayList<>();
        List<Object> passRate = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, long[]> e : byTeam.entrySet()) {
            long[] t = e.getValue();
            any |= t[0] > 0 || t[3] > 0;
            Double completed = t[0] == 0 ? null : Math.round(1000.0 * t[1] / t[0]) / 10.0;
            Double passed = t[1] == 0 ? null : Math.round(1000.0 * t[2] / t[1]) / 10.0;
            rows.add(List.of(e.getKey(), t[0], t[1], t[2], completed == null ? "—" : completed + "%",
                    passed == null ? "—" : passed + "%", t[3]));
            labels.add(e.getKey());
            completion.add(completed);
            passRate.add(passed);
        }
        return new Chart("training", m.dashTraining(), List.of(m.colTeam(), m.dashAssigned(), m.dashCompleted(),
                m.dashPassed(), m.dashCompletionRate(), m.dashPassRate(), m.dashExpiring()), any ? rows : List.of(),
                json(Map.of("labels", labels, "completion", completion, "passRate", passRate,
                        "names", List.of(m.dashCompletionRate(), m.dashPassRate()))));
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : Math.round(rate * 1000) / 10.0 + "%";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
