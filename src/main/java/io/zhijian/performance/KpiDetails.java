package io.zhijian.performance;

import io.zhijian.evaluation.EvaluationService;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.Role;
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
import java.util.List;
import java.util.Map;

/** What is behind one agent's KPIs: the operational days, the evaluations and the tickets the month counts. */
@ApplicationScoped
public class KpiDetails {

    public record Detail(String period, String agent, String displayName, String team, Map<String, Kpis.Kpi> kpis,
                         List<OperationsService.Day> days, List<EvaluationService.CountedEvaluation> evaluations,
                         List<TicketService.CountedTicket> tickets) {
    }

    @Inject
    KpiService kpis;

    @Inject
    OperationsService operations;

    @Inject
    EvaluationService evaluations;

    @Inject
    TicketService tickets;

    @Inject
    UserService users;

    @Inject
    AgentVisibility visibility;

    @Inject
    PerformanceRulesStore rules;

    @Inject
    Clock clock;

    public Detail of(YearMonth month, String agent, UserView viewer) {
        UserView who = users.find(agent).filter(u -> u.roles().contains(Role.AGENT) && visibility.maySee(viewer, agent))
                .orElseThrow(() -> Problem.notFound(PerformanceTexts.text(m -> m.agentNotFound(agent))));
        Instant from = Periods.start(month, clock);
        Instant to = Periods.end(month, clock);
        PerformanceRules r = rules.rulesFor(month);
        Map<String, Kpis.Kpi> figures = kpis.compute(month).getOrDefault(agent, Kpis.of(null, null, null));
        return new Detail(month.toString(), agent, who.displayName(), who.team(), figures, operations.days(agent, month),
                evaluations.evaluationsOf(agent, from, to),
                tickets.countedTickets(agent, from, to, Duration.ofSeconds(Math.round(r.directHours() * 3600)),
                        Duration.ofSeconds(Math.round(r.assistHours() * 3600))));
    }
}
