package io.zhijian.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.UserView;
import io.zhijian.performance.IntervalService;
import io.zhijian.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
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

    /** The charts, in page order; {@code service} only for those who see the whole centre's figures. */
    public static final List<String> CHARTS = List.of("trend", "distribution", "causes", "service");

    /** What the dashboard is filtered to. */
    public record Filters(LocalDate from, LocalDate to, String team, String agent, String scorecard) {
    }

    /** {@code chart}: the series as JSON for the page's script; {@code rows}: the table, cells already as shown. */
    public record Chart(String key, String title, List<String> headers, List<List<Object>> rows, String chart) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReportService reports;

    @Inject
    IntervalService intervals;

    public Chart chart(String key, Filters f, UserView viewer, String lang) {
        ReportingMessages m = Messages.bundle(ReportingMessages.class, lang);
        return switch (key) {
            case "trend" -> trend(f, viewer, m);
            case "distribution" -> distribution(f, viewer, m);
            case "causes" -> causes(f, viewer, m, lang);
            case "service" -> service(f, m);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private Chart trend(Filters f, UserView viewer, ReportingMessages m) {
        ReportService.Trend trend = reports.trend(f.from(), f.to(), "week", f.team(), f.agent(), f.scorecard(), viewer);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        List<Object> mean = new ArrayList<>();
        List<Object> low = new ArrayList<>();
        List<Object> high = new ArrayList<>();
        for (ReportService.Point p : trend.points()) {
            rows.add(List.of(p.period(), p.evaluations(), p.mean() == null ? "—" : p.mean(),
                    p.ci95() == null ? "—" : p.ci95().get(0) + "–" + p.ci95().get(1)));
            labels.add(p.period());
            mean.add(p.mean());
            low.add(p.ci95() == null ? null : Math.max(0, p.ci95().get(0)));
            high.add(p.ci95() == null ? null : Math.min(100, p.ci95().get(1)));
        }
        return new Chart("trend", m.dashTrend(), List.of(m.dashWeek(), m.figure("evaluations"), m.figure("meanScore"),
                m.dashInterval()), rows, json(Map.of("labels", labels, "mean", mean, "low", low, "high", high,
                "names", List.of(m.figure("meanScore"), m.dashInterval()))));
    }

    private Chart distribution(Filters f, UserView viewer, ReportingMessages m) {
        ReportService.DistributionView d = reports.distribution(f.from(), f.to(), f.team(), f.agent(), f.scorecard(), viewer);
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
        List<Map<String, Object>> byTeam = reports.itemFailures(f.from(), f.to(), f.team(), f.agent(), f.scorecard(),
                ItemFailures.By.TEAM, viewer, lang);
        Map<String, long[]> byItem = new LinkedHashMap<>();
        Map<String, Long> evaluatedByScorecard = new LinkedHashMap<>();
        Map<String, String> teamScorecards = new LinkedHashMap<>();
        for (Map<String, Object> row : byTeam) {
            String name = (String) row.get("name");
            byItem.computeIfAbsent(name, k -> new long[1])[0] += ((Number) row.get("failures")).longValue();
            // A team's evaluations of a scorecard repeat on each of its rows: count them once per team and scorecard.
            if (teamScorecards.putIfAbsent(row.get("team") + "\u0000" + row.get("scorecard"), "") == null) {
                evaluatedByScorecard.merge((String) row.get("scorecard"), ((Number) row.get("evaluations")).longValue(), Long::sum);
            }
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
