package io.zhijian.performance;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.zhijian.evaluation.EvaluationScored;
import io.zhijian.evaluation.EvaluationService;
import io.zhijian.interaction.TicketsImported;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.Role;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.TicketService;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The month's KPIs per agent: operational sums, evaluations and tickets, each aggregated in the database by its feature. */
@ApplicationScoped
public class KpiService {

    public record KpiRow(String agent, String displayName, String team, Map<String, Kpis.Kpi> kpis) {
    }

    public record KpiTable(String period, String team, List<KpiRow> rows) {
    }

    @Inject
    OperationsService operations;

    @Inject
    EvaluationService evaluations;

    @Inject
    TicketService tickets;

    @Inject
    UserService users;

    @Inject
    TeamService teams;

    @Inject
    AgentVisibility visibility;

    @Inject
    PerformanceRulesStore rules;

    @Inject
    Clock clock;

    @CacheName("month-kpis")
    Cache cache;

    /** The agents (active users holding the agent role) the viewer may see, of one team or all, by team and name. */
    public List<UserView> agents(UserView viewer, String team) {
        if (team != null && !team.isBlank() && teams.list().stream().noneMatch(t -> t.name().equals(team))) {
            throw Problem.notFound(PerformanceTexts.text(m -> m.teamNotFound(team)));
        }
        Optional<List<String>> visible = visibility.visibleAgents(viewer);
        return allAgents().stream()
                .filter(u -> team == null || team.isBlank() || team.equals(u.team()))
                .filter(u -> visible.isEmpty() || visible.get().contains(u.username()))
                .toList();
    }

    /** Every active user holding the agent role, by team and name: whom a month's assessment is computed for. */
    public List<UserView> allAgents() {
        return users.list().stream()
                .filter(u -> u.active() && u.roles().contains(Role.AGENT))
                .sorted(Comparator.comparing((UserView u) -> u.team() == null ? "" : u.team()).thenComparing(UserView::username))
                .toList();
    }

    public Optional<YearMonth> firstMonth() {
        return operations.firstMonth();
    }

    public KpiTable table(YearMonth month, String team, UserView viewer) {
        List<UserView> agents = agents(viewer, team);
        Map<String, Map<String, Kpis.Kpi>> kpis = compute(month);
        List<KpiRow> rows = agents.stream().map(u -> new KpiRow(u.username(), u.displayName(), u.team(),
                kpis.getOrDefault(u.username(), Kpis.of(null, null, null)))).toList();
        return new KpiTable(month.toString(), team == null || team.isBlank() ? null : team, rows);
    }

    /**
     * Every agent's KPIs of the month that has any data. Kept once computed: a month's figures change only when its
     * data does — an operational or ticket import, an evaluation submitted or amended, new rules — and each of those
     * empties the cache once its transaction has committed.
     */
    public Map<String, Map<String, Kpis.Kpi>> compute(YearMonth month) {
        return cache.get(month, this::computeNow).await().indefinitely();
    }

    void onTickets(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsImported imported) {
        invalidate();
    }

    void onScored(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvaluationScored scored) {
        invalidate();
    }

    void onMonthData(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonthDataChanged changed) {
        invalidate();
    }

    void invalidate() {
        cache.invalidateAll().await().indefinitely();
    }

    /** Four grouped queries, whatever the number of agents. */
    private Map<String, Map<String, Kpis.Kpi>> computeNow(YearMonth month) {
        Instant from = Periods.start(month, clock);
        Instant to = Periods.end(month, clock);
        PerformanceRules r = rules.rulesFor(month);
        Map<String, OperationsService.Month> ops = operations.months(month);
        Map<String, EvaluationService.AgentEvaluations> evals = evaluations.evaluationsBetween(from, to);
        Map<String, TicketService.TimelyResolution> resolved = tickets.timelyResolution(from, to,
                Duration.ofSeconds(Math.round(r.directHours() * 3600)), Duration.ofSeconds(Math.round(r.assistHours() * 3600)));
        Map<String, Map<String, Kpis.Kpi>> kpis = new LinkedHashMap<>();
        java.util.Set<String> agents = new java.util.TreeSet<>(ops.keySet());
        agents.addAll(evals.keySet());
        agents.addAll(resolved.keySet());
        agents.forEach(a -> kpis.put(a, Kpis.of(ops.get(a), evals.get(a), resolved.get(a))));
        return java.util.Collections.unmodifiableMap(kpis);
    }
}
