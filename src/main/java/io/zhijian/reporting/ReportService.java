package io.zhijian.reporting;

import io.zhijian.evaluation.EvaluationService;
import io.zhijian.interaction.Interactions;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Honest numbers: a mean score with its 95 % interval, alone or as a trend by week or month. */
@ApplicationScoped
public class ReportService {

    public record Summary(String agent, LocalDate from, LocalDate to, long evaluations, Double mean, List<Double> ci95,
                          Long nNeeded, boolean tooFewEvaluations) {
    }

    public record Point(String period, long evaluations, Double mean, List<Double> ci95) {
    }

    public record Trend(LocalDate from, LocalDate to, String by, List<Point> points) {
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    AgentVisibility visibility;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    /** The agent's mean total over [from, to] (inclusive days) with its interval; 404 for whom the viewer may not see. */
    public Summary summary(String agent, LocalDate from, LocalDate to, UserView viewer) {
        if (users.find(agent).isEmpty() || !visibility.maySee(viewer, agent)) {
            throw Problem.notFound(ReportingTexts.text(m -> m.agentNotFound(agent)));
        }
        List<EvaluationService.DailyScores> days = evaluations.dailyScores(start(from), start(to.plusDays(1)),
                List.of(agent), null, null);
        Confidence.Interval interval = combine(days);
        return new Summary(agent, from, to, interval.n(), interval.mean(), ci(interval), interval.nNeeded(),
                interval.n() > 0 && interval.tooWide());
    }

    /** Mean totals by ISO week or month with their intervals, of an agent, a team or everyone the viewer may see. */
    public Trend trend(LocalDate from, LocalDate to, String by, String team, String agent, String scorecard,
                       Interactions.Type channel, UserView viewer) {
        boolean weekly = !"month".equals(by);
        List<String> agents = scope(team, agent, viewer);
        Map<String, List<EvaluationService.DailyScores>> buckets = new LinkedHashMap<>();
        for (EvaluationService.DailyScores day : evaluations.dailyScores(start(from), start(to.plusDays(1)), agents,
                scorecard, channel)) {
            buckets.computeIfAbsent(weekly ? week(day.day()) : day.day().toString().substring(0, 7),
                    k -> new ArrayList<>()).add(day);
        }
        List<Point> points = buckets.entrySet().stream().map(e -> {
            Confidence.Interval interval = combine(e.getValue());
            return new Point(e.getKey(), interval.n(), interval.mean(), ci(interval));
        }).toList();
        return new Trend(from, to, weekly ? "week" : "month", points);
    }

    /** One band of ten points: its label (90–100 for the last) and how many totals fall in it. */
    public record Band(String range, long evaluations) {
    }

    public record DistributionView(LocalDate from, LocalDate to, long evaluations, long criticalFailures,
                                   List<Band> bands) {
    }

    /** The histogram of totals in bands of ten points, and the critical failures, of the same scope as the trend. */
    public DistributionView distribution(LocalDate from, LocalDate to, String team, String agent, String scorecard,
                                         Interactions.Type channel, UserView viewer) {
        EvaluationService.Distribution d = evaluations.distribution(start(from), start(to.plusDays(1)),
                scope(team, agent, viewer), scorecard, channel);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bands.add(new Band(i * 10 + "–" + (i == 9 ? 100 : i * 10 + 9), d.bands()[i]));
        }
        return new DistributionView(from, to, d.evaluations(), d.criticalFailures(), bands);
    }

    @Inject
    ItemFailures itemFailures;

    /** The causes of lost points over [from, to] (inclusive days), of the same scope as the trend. */
    public List<ItemFailures.Row> itemFailures(LocalDate from, LocalDate to, String team, String agent,
                                               String scorecard, Interactions.Type channel, ItemFailures.By by,
                                               UserView viewer, String lang) {
        return itemFailures.rows(start(from), start(to.plusDays(1)), scope(team, agent, viewer), scorecard, channel, by,
                lang);
    }

    @Inject
    io.zhijian.search.HotTopics hotTopics;

    /**
     * The week's hot topics against the {@code weeksBefore} before it, of a team and a type, each word with the search
     * (a page link) that finds the week's documents with it.
     */
    public Map<String, Object> hotTopics(PeriodReports.Period week, String team, String type, int weeksBefore, int size,
                                         UserView viewer) {
        String t = team == null || team.isBlank() ? null : team.trim();
        String k = type == null || type.isBlank() ? null : type.trim();
        io.zhijian.search.HotTopics.Result result = hotTopics.of(week.from(), week.to(), week.from().minusWeeks(weeksBefore),
                t, k, size, viewer);
        String filters = " date:[" + week.from() + " TO " + week.to() + "]" + (t == null ? "" : " team:\"" + t + "\"")
                + (k == null ? "" : "CALL".equals(k) || "CHAT".equals(k) ? " channel:" + k.toLowerCase(java.util.Locale.ROOT)
                : " type:\"" + k + "\"");
        List<Map<String, Object>> topics = result.topics().stream().map(topic -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("term", topic.term());
            row.put("documents", topic.documents());
            row.put("share", topic.share());
            row.put("backgroundShare", topic.backgroundShare());
            row.put("score", topic.score());
            row.put("search", "/search?q=" + java.net.URLEncoder.encode("\"" + topic.term() + "\"" + filters,
                    java.nio.charset.StandardCharsets.UTF_8));
            return row;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("week", week.label());
        body.put("from", week.from());
        body.put("to", week.to());
        body.put("documents", result.documents());
        body.put("background", result.background());
        body.put("topics", topics);
        return body;
    }

    /** The agents whose evaluations count: one agent, a team, or everyone the viewer may see (null: everyone). */
    List<String> scope(String team, String agent, UserView viewer) {
        Optional<List<String>> visible = visibility.visibleAgents(viewer);
        if (agent != null && !agent.isBlank()) {
            if (!visibility.maySee(viewer, agent)) {
                throw Problem.notFound(ReportingTexts.text(m -> m.agentNotFound(agent)));
            }
            return List.of(agent);
        }
        if (team != null && !team.isBlank()) {
            List<String> members = users.members(team).stream().map(UserView::username)
                    .filter(u -> visible.isEmpty() || visible.get().contains(u)).toList();
            return members;
        }
        return visible.orElse(null);
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Confidence.Interval combine(List<EvaluationService.DailyScores> days) {
        long n = 0;
        double sum = 0;
        double squares = 0;
        for (EvaluationService.DailyScores d : days) {
            n += d.count();
            sum += d.sum();
            squares += d.sumOfSquares();
        }
        return Confidence.of(n, sum, squares);
    }

    private static List<Double> ci(Confidence.Interval interval) {
        return interval.low() == null ? null : List.of(interval.low(), interval.high());
    }

    private java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
