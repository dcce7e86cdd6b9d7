package io.zhijian.reporting;

import io.zhijian.evaluation.EvaluationService;
import io.zhijian.identity.UserService;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The causes of lost points: per scorecard item, how many evaluations lost points on it, by team, agent or ISO week,
 * with how many evaluations of that scorecard the group had (the Pareto bar and the pie read these rows).
 */
@ApplicationScoped
public class ItemFailures {

    public enum By { TEAM, AGENT, WEEK }

    /**
     * {@code group}: the team, agent or week the row belongs to (also under its own name: {@code team}, {@code agent}
     * or {@code week}); {@code name}: the item's name in the reader's language.
     */
    public record Row(String group, String scorecard, String item, String name, long failures, long evaluations,
                      Double share) {
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    UserService users;

    @Inject
    ScorecardService scorecards;

    /** Rows ordered by group, then by failures (most first): within a group, a Pareto order. */
    public List<Row> rows(java.time.Instant from, java.time.Instant to, List<String> agents, String scorecard,
                          io.zhijian.interaction.Interactions.Type channel, By by, String lang) {
        EvaluationService.LossCounts counts = evaluations.itemLosses(from, to, agents, scorecard, channel, by == By.WEEK);
        Map<String, String> teams = by == By.TEAM ? users.teams() : Map.of();
        Map<List<String>, long[]> failures = new HashMap<>();
        counts.losses().forEach(l -> failures.computeIfAbsent(List.of(group(by, l.agent(), l.day(), teams),
                l.scorecardKey(), l.itemKey()), k -> new long[1])[0] += l.evaluations());
        Map<List<String>, long[]> evaluated = new HashMap<>();
        counts.evaluated().forEach(e -> evaluated.computeIfAbsent(List.of(group(by, e.agent(), e.day(), teams),
                e.scorecardKey()), k -> new long[1])[0] += e.evaluations());
        Map<String, Scorecard> cards = new HashMap<>();
        // The scorecards' names in their latest published versions, looked up once per request.
        List<ScorecardService.Summary> published = failures.isEmpty() ? List.of()
                : scorecards.list().stream().filter(s -> s.latestVersion() != null).toList();
        List<Row> rows = new ArrayList<>();
        failures.forEach((key, n) -> {
            long total = evaluated.getOrDefault(List.of(key.get(0), key.get(1)), new long[1])[0];
            rows.add(new Row(key.get(0), key.get(1), key.get(2), name(cards, published, key.get(1), key.get(2), lang), n[0], total,
                    total == 0 ? null : Math.round(10_000.0 * n[0] / total) / 10_000.0));
        });
        rows.sort(Comparator.comparing(Row::group).thenComparing(Comparator.comparingLong(Row::failures).reversed())
                .thenComparing(Row::scorecard).thenComparing(Row::item));
        return rows;
    }

    private static String group(By by, String agent, LocalDate day, Map<String, String> teams) {
        return switch (by) {
            case TEAM -> java.util.Objects.requireNonNullElse(teams.get(agent), "");
            case AGENT -> agent;
            case WEEK -> ReportService.week(day);
        };
    }

    /** The item's name in the scorecard's latest published version (the key if it is no longer there). */
    private String name(Map<String, Scorecard> cards, List<ScorecardService.Summary> published, String scorecard,
                        String item, String lang) {
        Scorecard card = cards.computeIfAbsent(scorecard, key -> published.stream().filter(s -> s.key().equals(key))
                .findFirst().map(s -> scorecards.definition(key, s.latestVersion())).orElse(null));
        return card == null ? item : card.item(item).map(i -> i.names().in(lang)).orElse(item);
    }

    /** A row as the API gives it, the group under its own name too ({@code team}, {@code agent} or {@code week}). */
    static Map<String, Object> json(Row row, By by) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put(by.name().toLowerCase(java.util.Locale.ROOT), row.group());
        json.put("scorecard", row.scorecard());
        json.put("item", row.item());
        json.put("name", row.name());
        json.put("failures", row.failures());
        json.put("evaluations", row.evaluations());
        json.put("share", row.share());
        return json;
    }
}
