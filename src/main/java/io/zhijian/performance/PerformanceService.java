package io.zhijian.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.evaluation.Notification;
import io.zhijian.evaluation.Notifications;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly assessment (月度考核): the employer's score computed from the KPIs (or overridden with a note), the
 * client's score entered, total = employer × w + client × w, the bonus and the at-risk flags; published (frozen, the
 * agents notified), reopened with a reason, signed off or objected to by each agent.
 */
@ApplicationScoped
public class PerformanceService {

    public record Risk(String rule, List<String> months, double threshold) {
    }

    public record Row(String agent, String displayName, String team, Double employerScore, Double computedEmployerScore,
                      boolean employerOverridden, String note, Double clientScore, Double total, Double bonus,
                      boolean atRisk, List<Risk> atRiskReasons, boolean signedOff, Instant signedOffAt,
                      String objection, Instant objectedAt, Map<String, Kpis.Kpi> kpis) {
    }

    public record MonthView(String period, PerformanceMonth.Status status, Map<String, Double> weights, int rulesVersion,
                            Instant publishedAt, LocalDate deadline, boolean late, List<Row> rows) {
    }

    /** One month's publishing against its deadline (报告提交及时率). */
    public record Timeliness(String period, LocalDate deadline, Instant publishedAt, boolean onTime, boolean late) {
    }

    public record TimelinessReport(List<Timeliness> months, long due, long onTime, Double share) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KpiService kpis;

    @Inject
    PerformanceRulesStore rulesStore;

    @Inject
    PerformanceMonths months;

    @Inject
    UserService users;

    @Inject
    AgentVisibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** The month as the viewer may see it: everyone's rows for managers, a lead's team, an agent's own row. */
    @Transactional
    public MonthView month(YearMonth month, String team, UserView viewer) {
        List<String> visible = kpis.agents(viewer, team).stream().map(UserView::username).toList();
        MonthView all = compute(month, true);
        boolean published = all.status() == PerformanceMonth.Status.PUBLISHED;
        // A draft is the manager's work in progress: an agent sees their month once it is published.
        List<Row> rows = !published && onlyAgent(viewer) ? List.of() : all.rows().stream()
                .filter(r -> visible.contains(r.agent()) || published && visibleFrozen(viewer, r, team)).toList();
        return new MonthView(all.period(), all.status(), all.weights(), all.rulesVersion(), all.publishedAt(),
                all.deadline(), all.late(), rows);
    }

    /** Someone who sees no one's month but their own (no manager, lead or admin role). */
    static boolean onlyAgent(UserView viewer) {
        return !viewer.roles().contains(Role.MANAGER) && !viewer.roles().contains(Role.ADMIN)
                && !viewer.roles().contains(Role.LEAD);
    }

    /** A published row stays visible to those who may see the agent, even if the agent has left since. */
    private boolean visibleFrozen(UserView viewer, Row row, String team) {
        return visibility.maySee(viewer, row.agent()) && (team == null || team.isBlank() || team.equals(row.team()));
    }

    /** One agent's month; 404 when the viewer may not see it (as for other people's evaluations). */
    @Transactional
    public Row row(YearMonth month, String agent, UserView viewer) {
        return month(month, null, viewer).rows().stream().filter(r -> r.agent().equals(agent)).findFirst()
                .orElseThrow(() -> notFound(agent));
    }

    private static Problem notFound(String agent) {
        return Problem.notFound(PerformanceTexts.text(m -> m.agentNotFound(agent)));
    }

    /** Every agent's month: frozen figures once published, else computed now. */
    MonthView compute(YearMonth month, boolean withRisk) {
        String period = month.toString();
        Optional<PerformanceMonth> stored = PerformanceMonth.byPeriod(period);
        boolean published = stored.map(m -> m.status == PerformanceMonth.Status.PUBLISHED).orElse(false);
        int version = stored.filter(m -> published).map(m -> m.rulesVersion).orElseGet(() -> rulesStore.versionFor(month));
        PerformanceRules rules = rulesStore.rules(version);
        // The month's own weights once set, else the rules'.
        double we = stored.map(m -> m.employerWeight).orElse(rules.employerWeight());
        double wc = stored.map(m -> m.clientWeight).orElse(rules.clientWeight());
        Map<String, PerformanceEntry> entries = new HashMap<>();
        PerformanceEntry.ofPeriod(period).forEach(e -> entries.put(e.agent, e));
        Map<String, String> names = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        if (published) {
            users.list().forEach(u -> names.put(u.username(), u.displayName()));
            entries.values().stream().filter(e -> e.frozen).sorted((a, b) -> key(a.team, a.agent).compareTo(key(b.team, b.agent)))
                    .forEach(e -> rows.add(new Row(e.agent, names.getOrDefault(e.agent, e.agent), e.team, e.employerScore,
                            e.employerOverride == null ? e.employerScore : null, e.employerOverride != null, e.note,
                            e.clientScore, e.total, e.bonus, false, List.of(), e.signedOffAt != null, e.signedOffAt,
                            e.objection, e.objectedAt, readKpis(e.kpisJson))));
        } else {
            Map<String, Map<String, Kpis.Kpi>> computed = kpis.compute(month);
            for (UserView agent : kpis.allAgents()) {
                Map<String, Kpis.Kpi> k = computed.getOrDefault(agent.username(), Kpis.of(null, null, null));
                PerformanceEntry e = entries.get(agent.username());
                Double computedEmployer = rules.employerScore(k);
                Double override = e == null ? null : e.employerOverride;
                Double employer = override != null ? override : computedEmployer;
                Double client = e == null ? null : e.clientScore;
                Double total = PerformanceRules.total(employer, client, we, wc);
                rows.add(new Row(agent.username(), agent.displayName(), agent.team(), employer, computedEmployer,
                        override != null, e == null ? null : e.note, client, total, rules.bonus(total), false, List.of(),
                        false, null, e == null ? null : e.objection, e == null ? null : e.objectedAt, k));
            }
        }
        List<Row> withFlags = withRisk ? flag(month, rules, rows) : rows;
        LocalDate deadline = month.plusMonths(1).atDay(rules.deadlineDay());
        boolean late = !published && LocalDate.now(clock).isAfter(deadline);
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("employer", we);
        weights.put("client", wc);
        return new MonthView(period, published ? PerformanceMonth.Status.PUBLISHED : PerformanceMonth.Status.DRAFT,
                weights, version, stored.map(m -> m.publishedAt).orElse(null), deadline, late, withFlags);
    }

    private static String key(String team, String agent) {
        return (team == null ? "" : team) + "\u0000" + agent;
    }

    /** The at-risk rules read this month's totals and those of the months before it (frozen or computed). */
    private List<Row> flag(YearMonth month, PerformanceRules rules, List<Row> rows) {
        Map<String, Map<YearMonth, Double>> totals = new HashMap<>();
        rows.forEach(r -> totals.computeIfAbsent(r.agent(), a -> new HashMap<>()).put(month, r.total()));
        for (int back = 1; back < rules.monthsRead(); back++) {
            YearMonth earlier = month.minusMonths(back);
            compute(earlier, false).rows().forEach(r ->
                    totals.computeIfAbsent(r.agent(), a -> new HashMap<>()).put(earlier, r.total()));
        }
        return rows.stream().map(r -> {
            List<Risk> risks = rules.risks(month, totals.getOrDefault(r.agent(), Map.of())).stream()
                    .map(x -> new Risk(x.rule(), x.months().stream().map(YearMonth::toString).toList(), x.threshold()))
                    .toList();
            return new Row(r.agent(), r.displayName(), r.team(), r.employerScore(), r.computedEmployerScore(),
                    r.employerOverridden(), r.note(), r.clientScore(), r.total(), r.bonus(), !risks.isEmpty(), risks,
                    r.signedOff(), r.signedOffAt(), r.objection(), r.objectedAt(), r.kpis());
        }).toList();
    }

    private static Map<String, Kpis.Kpi> readKpis(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Kpis.Kpi>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String writeKpis(Map<String, Kpis.Kpi> kpis) {
        try {
            return JSON.writeValueAsString(kpis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manager's entry for an agent: client score, employer score override (with its note), note. */
    public record Scores(Double employerScore, boolean employerScoreGiven, Double clientScore, boolean clientScoreGiven,
                         String note) {
    }

    @Transactional
    public Row enter(YearMonth month, String agent, Scores scores, String actor) {
        store(month, agent, scores, actor);
        return compute(month, true).rows().stream().filter(r -> r.agent().equals(agent)).findFirst().orElseThrow();
    }

    /** Stores the entry without recomputing the month (imports enter many). */
    @Transactional
    void store(YearMonth month, String agent, Scores scores, String actor) {
        Map<String, Problem.Text> errors = new LinkedHashMap<>();
        checkScore("employerScore", scores.employerScore(), errors);
        checkScore("clientScore", scores.clientScore(), errors);
        if (scores.note() != null && scores.note().length() > 2000) {
            errors.put("note", PerformanceTexts.text(m -> m.noteTooLong(2000)));
        }
        UserView target = users.find(agent).filter(u -> u.roles().contains(Role.AGENT)).orElseThrow(() -> notFound(agent));
        PerformanceEntry entry = PerformanceEntry.of(month.toString(), target.username()).orElse(null);
        String note = scores.note() != null ? scores.note().trim() : entry == null ? null : entry.note;
        if (scores.employerScoreGiven() && scores.employerScore() != null && (note == null || note.isBlank())) {
            errors.put("note", PerformanceTexts.text(PerformanceMessages::overrideNoteRequired));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        PerformanceMonth stored = draft(month);
        // Read again under the month's lock: a concurrent first entry for the agent may have been made meanwhile.
        entry = PerformanceEntry.of(month.toString(), target.username()).orElse(null);
        if (entry == null) {
            entry = new PerformanceEntry();
            entry.period = stored.period;
            entry.agent = target.username();
            entry.team = target.team();
            entry.persist();
        }
        Map<String, Object> before = Map.of("employerOverride", String.valueOf(entry.employerOverride),
                "clientScore", String.valueOf(entry.clientScore));
        if (scores.employerScoreGiven()) {
            entry.employerOverride = scores.employerScore();
        }
        if (scores.clientScoreGiven()) {
            entry.clientScore = scores.clientScore();
        }
        entry.note = note == null || note.isBlank() ? null : note;
        audit.record(actor, "PERFORMANCE_ENTERED", "performance", month + "/" + agent, before,
                Map.of("employerOverride", String.valueOf(entry.employerOverride),
                        "clientScore", String.valueOf(entry.clientScore), "note", String.valueOf(entry.note)));
        PerformanceEntry.getEntityManager().flush();
    }

    boolean hasClientScore(YearMonth month, String agent) {
        return PerformanceEntry.of(month.toString(), agent).map(e -> e.clientScore != null).orElse(false);
    }

    private static void checkScore(String field, Double score, Map<String, Problem.Text> errors) {
        if (score != null && (score.isNaN() || score < 0 || score > 100)) {
            errors.put(field, PerformanceTexts.text(m -> m.scoreRange()));
        }
    }

    /** The month's row, locked, refusing with 409 once published. */
    private PerformanceMonth draft(YearMonth month) {
        PerformanceMonth stored = months.locked(month.toString());
        if (stored.status == PerformanceMonth.Status.PUBLISHED) {
            throw Problem.conflict(PerformanceTexts.text(m -> m.monthPublished(month.toString())));
        }
        return stored;
    }

    @Transactional
    public MonthView weights(YearMonth month, Double employer, Double client, String actor) {
        Map<String, Problem.Text> errors = new LinkedHashMap<>();
        if (employer == null || employer.isNaN() || employer < 0 || employer > 1) {
            errors.put("employer", PerformanceTexts.text(PerformanceMessages::weightRange));
        }
        if (client == null || client.isNaN() || client < 0 || client > 1) {
            errors.put("client", PerformanceTexts.text(PerformanceMessages::weightRange));
        }
        if (errors.isEmpty() && Math.abs(employer + client - 1) > 1e-6) {
            errors.put("weights", PerformanceTexts.text(PerformanceMessages::weightSum));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        PerformanceMonth stored = draft(month);
        Map<String, Object> before = Map.of("employer", String.valueOf(stored.employerWeight), "client", String.valueOf(stored.clientWeight));
        stored.employerWeight = employer;
        stored.clientWeight = client;
        audit.record(actor, "PERFORMANCE_WEIGHTS", "performance", month.toString(), before,
                Map.of("employer", employer, "client", client));
        PerformanceMonth.getEntityManager().flush();
        return compute(month, true);
    }

    /** Freezes every agent's figures, notifies them; 409 when already published. */
    @Transactional
    public MonthView publish(YearMonth month, String actor) {
        PerformanceMonth stored = draft(month);
        MonthView view = compute(month, false);
        Map<String, PerformanceEntry> entries = new HashMap<>();
        PerformanceEntry.ofPeriod(month.toString()).forEach(e -> entries.put(e.agent, e));
        for (Row row : view.rows()) {
            PerformanceEntry e = entries.get(row.agent());
            if (e == null) {
                e = new PerformanceEntry();
                e.period = month.toString();
                e.agent = row.agent();
                e.persist();
            }
            e.team = row.team();
            e.employerScore = row.employerScore();
            e.total = row.total();
            e.bonus = row.bonus();
            e.kpisJson = writeKpis(row.kpis());
            e.frozen = true;
            e.signedOffAt = null;
            e.objection = null;
            e.objectedAt = null;
        }
        stored.status = PerformanceMonth.Status.PUBLISHED;
        stored.rulesVersion = view.rulesVersion();
        stored.employerWeight = view.weights().get("employer");
        stored.clientWeight = view.weights().get("client");
        stored.publishedAt = clock.instant();
        stored.publishedBy = actor;
        int subject = month.getYear() * 100 + month.getMonthValue();
        view.rows().forEach(r -> notifications.notifyMonth(r.agent(), Notification.Kind.MONTH_PUBLISHED, subject, null));
        audit.record(actor, "PERFORMANCE_PUBLISHED", "performance", month.toString(), null,
                Map.of("agents", view.rows().size(), "rulesVersion", view.rulesVersion()));
        PerformanceMonth.getEntityManager().flush();
        return compute(month, true);
    }

    /** Back to draft with a reason (audited); sign-offs are cleared since the figures may change. */
    @Transactional
    public MonthView reopen(YearMonth month, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw Problem.invalid(Map.of("reason", PerformanceTexts.text(PerformanceMessages::reasonRequired)));
        }
        if (reason.length() > 2000) {
            throw Problem.invalid(Map.of("reason", PerformanceTexts.text(m -> m.noteTooLong(2000))));
        }
        PerformanceMonth stored = months.locked(month.toString());
        if (stored.status != PerformanceMonth.Status.PUBLISHED) {
            throw Problem.conflict(PerformanceTexts.text(m -> m.monthNotPublished(month.toString())));
        }
        stored.status = PerformanceMonth.Status.DRAFT;
        stored.publishedAt = null;
        stored.publishedBy = null;
        stored.rulesVersion = null;
        PerformanceEntry.ofPeriod(month.toString()).forEach(e -> {
            e.frozen = false;
            e.signedOffAt = null;
        });
        audit.record(actor, "PERFORMANCE_REOPENED", "performance", month.toString(), null, Map.of("reason", reason.trim()));
        PerformanceMonth.getEntityManager().flush();
        return compute(month, true);
    }

    /** The agent signs their own published month (签字确认). */
    @Transactional
    public Row signOff(YearMonth month, String agent, UserView actor) {
        PerformanceEntry entry = ownPublished(month, agent, actor);
        if (entry.signedOffAt != null) {
            throw Problem.conflict(PerformanceTexts.text(m -> m.alreadySignedOff(month.toString())));
        }
        entry.signedOffAt = clock.instant();
        entry.objection = null;
        entry.objectedAt = null;
        audit.record(actor.username(), "PERFORMANCE_SIGNED_OFF", "performance", month + "/" + agent, null, Map.of());
        PerformanceEntry.getEntityManager().flush();
        return row(month, agent, actor);
    }

    /** The agent objects to their published month with a reason; the managers are told. */
    @Transactional
    public Row object(YearMonth month, String agent, String reason, UserView actor) {
        if (reason == null || reason.isBlank()) {
            throw Problem.invalid(Map.of("reason", PerformanceTexts.text(PerformanceMessages::reasonRequired)));
        }
        if (reason.length() > 2000) {
            throw Problem.invalid(Map.of("reason", PerformanceTexts.text(m -> m.noteTooLong(2000))));
        }
        PerformanceEntry entry = ownPublished(month, agent, actor);
        if (entry.signedOffAt != null) {
            throw Problem.conflict(PerformanceTexts.text(m -> m.alreadySignedOff(month.toString())));
        }
        entry.objection = reason.trim();
        entry.objectedAt = clock.instant();
        int subject = month.getYear() * 100 + month.getMonthValue();
        users.list().stream().filter(u -> u.active() && u.roles().contains(Role.MANAGER))
                .forEach(u -> notifications.notifyMonth(u.username(), Notification.Kind.MONTH_OBJECTED, subject, agent));
        audit.record(actor.username(), "PERFORMANCE_OBJECTED", "performance", month + "/" + agent, null,
                Map.of("reason", entry.objection));
        PerformanceEntry.getEntityManager().flush();
        return row(month, agent, actor);
    }

    private PerformanceEntry ownPublished(YearMonth month, String agent, UserView actor) {
        if (!visibility.maySee(actor, agent)) {
            throw notFound(agent);
        }
        if (!actor.username().equals(agent)) {
            throw Problem.forbidden(PerformanceTexts.text(PerformanceMessages::ownMonthOnly));
        }
        PerformanceMonth stored = PerformanceMonth.locked(month.toString())
                .filter(m -> m.status == PerformanceMonth.Status.PUBLISHED)
                .orElseThrow(() -> Problem.conflict(PerformanceTexts.text(m -> m.monthNotPublished(month.toString()))));
        return PerformanceEntry.of(stored.period, agent).filter(e -> e.frozen).orElseThrow(() -> notFound(agent));
    }

    /** How many of the agent's published months wait for their sign-off or objection. */
    @Transactional
    public long awaitingSignOff(String agent) {
        return PerformanceEntry.count("agent = ?1 and frozen = true and signedOffAt is null and objection is null", agent);
    }

    /** Each month since the first with data whose deadline has passed: published by then or not. */
    @Transactional
    public TimelinessReport timeliness() {
        YearMonth current = YearMonth.now(clock);
        Optional<YearMonth> first = kpis.firstMonth();  // the first month with operational data
        List<Timeliness> list = new ArrayList<>();
        if (first.isPresent()) {
            LocalDate today = LocalDate.now(clock);
            for (YearMonth m = first.get(); m.isBefore(current); m = m.plusMonths(1)) {
                PerformanceRules rules = rulesStore.rulesFor(m);
                LocalDate deadline = m.plusMonths(1).atDay(rules.deadlineDay());
                Optional<PerformanceMonth> stored = PerformanceMonth.byPeriod(m.toString());
                Instant publishedAt = stored.filter(s -> s.status == PerformanceMonth.Status.PUBLISHED).map(s -> s.publishedAt).orElse(null);
                boolean onTime = publishedAt != null && !LocalDate.ofInstant(publishedAt, clock.getZone()).isAfter(deadline);
                boolean due = today.isAfter(deadline);
                if (due || publishedAt != null) {
                    list.add(new Timeliness(m.toString(), deadline, publishedAt, onTime, due && publishedAt == null));
                }
            }
        }
        long due = list.stream().filter(t -> t.onTime() || t.late() || t.publishedAt() != null).count();
        long onTime = list.stream().filter(Timeliness::onTime).count();
        return new TimelinessReport(list, due, onTime, due == 0 ? null : Kpis.round((double) onTime / due, 4));
    }
}
