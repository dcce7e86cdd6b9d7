package io.zhijian.evaluation;

import io.zhijian.scorecard.Scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.Interactions;
import io.zhijian.interaction.TicketService;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.zhijian.evaluation.EvaluationProblems.text;

/** Sampling plans, their runs, and the inspectors' work queues. */
@ApplicationScoped
public class Sampling {

    @Inject
    Clock clock;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    static final int MAX_PER_AGENT = 1000;

    public record PlanRequest(String name, String period, List<String> teams, List<String> channels,
                              List<String> ticketTypes, Double minDurationSeconds, Double maxDurationSeconds,
                              Integer perAgent, Integer minPerAgent, List<String> inspectors, Long seed,
                              String callScorecard, String ticketScorecard, String chatScorecard,
                              Double flaggedShare, List<String> flagItems) {
    }

    /** What a plan draws from; stored as JSON with the plan (plans made before chats have no chat scorecard). */
    /**
     * {@code flaggedShare} (0–1; null in plans made before auto-QA: 0) of each agent's picks come from interactions
     * the auto-QA result of the channel's scorecard flags: it loses points on one of {@code flagItems} (on any item
     * when none are named).
     */
    public record Scope(List<String> teams, List<Interactions.Type> channels, List<String> ticketTypes,
                        Double minDurationSeconds, Double maxDurationSeconds, String callScorecard,
                        String ticketScorecard, String chatScorecard, Double flaggedShare, List<String> flagItems) {

        double share() {
            return flaggedShare == null ? 0 : flaggedShare;
        }

        String scorecardOf(Interactions.Type type) {
            return switch (type) {
                case CALL -> callScorecard;
                case TICKET -> ticketScorecard;
                case CHAT -> chatScorecard == null ? CHAT_SCORECARD : chatScorecard;
            };
        }
    }

    static final String CHAT_SCORECARD = "chat-quality";

    public record PlanView(long id, String name, String period, LocalDate periodStart, LocalDate periodEnd,
                           Scope scope, int perAgent, int minPerAgent, long seed, List<String> inspectors,
                           String createdBy, Instant createdAt, Instant lastRunAt, int assignments, int done) {
    }

    public record AgentSample(String agent, int eligible, int picked) {
    }

    /** {@code shortfalls}: agents with fewer eligible interactions than the plan's guaranteed minimum. */
    public record RunReport(long planId, long seed, int assigned, int alreadyAssigned, List<AgentSample> agents,
                            List<String> shortfalls, Map<String, Integer> byInspector, int flaggedPicked) {
    }

    public record QueueItem(long assignmentId, long planId, String planName, Interactions.Type interactionType,
                            long interactionId, String interactionLabel, String agent, Instant at,
                            Long evaluationId, String status, String scorecardKey) {
    }

    @Inject
    UserService users;

    @Inject
    Interactions interactions;

    @Inject
    AuditLog audit;

    @Inject
    io.zhijian.autoqa.AutoQaService autoQa;

    @Inject
    io.zhijian.scorecard.ScorecardService scorecards;

    @Transactional
    public PlanView create(PlanRequest request, UserView actor) {
        if (request == null) {
            throw Problem.badRequest(text(e -> e.evBodyRequired()));
        }
        FieldErrors errors = new FieldErrors();
        String name = request.name() == null ? "" : request.name().trim();
        errors.check(!name.isEmpty() && name.length() <= 200, "name", text(e -> e.planNameRequired()));
        LocalDate[] period = period(request.period());
        errors.check(period != null, "period", text(e -> e.planPeriodInvalid(String.valueOf(request.period()))));
        int perAgent = request.perAgent() == null ? 0 : request.perAgent();
        errors.check(perAgent >= 1 && perAgent <= MAX_PER_AGENT, "perAgent", text(e -> e.planPerAgentInvalid(MAX_PER_AGENT)));
        int minPerAgent = request.minPerAgent() == null ? Math.min(perAgent, 1) : request.minPerAgent();
        errors.check(minPerAgent >= 0 && minPerAgent <= Math.max(perAgent, 0), "minPerAgent",
                text(e -> e.planMinInvalid()));

        List<String> teams = clean(request.teams());
        Set<String> knownTeams = new HashSet<>();
        users.list().forEach(u -> {
            if (u.team() != null) {
                knownTeams.add(u.team());
            }
        });
        for (String team : teams) {
            errors.check(knownTeams.contains(team), "teams", text(e -> e.planUnknownTeam(team)));
        }
        boolean leadOnly = actor.roles().contains(Role.LEAD) && !actor.roles().contains(Role.QA)
                && !actor.roles().contains(Role.ADMIN);
        if (leadOnly && (actor.team() == null || !teams.equals(List.of(actor.team())))) {
            throw Problem.forbidden(text(e -> e.planLeadOwnTeam()));
        }
        List<Interactions.Type> channels = new ArrayList<>();
        for (String channel : clean(request.channels())) {
            try {
                channels.add(Interactions.Type.valueOf(channel));
            } catch (IllegalArgumentException ex) {
                errors.add("channels", text(e -> e.planChannelInvalid(channel)));
            }
        }
        if (channels.isEmpty()) {
            channels = List.of(Interactions.Type.values());
        }
        List<String> ticketTypes = clean(request.ticketTypes());
        for (String type : ticketTypes) {
            errors.check(TicketService.TYPES.contains(type), "ticketTypes", text(e -> e.planTicketTypeInvalid(type)));
        }
        Double min = request.minDurationSeconds();
        Double max = request.maxDurationSeconds();
        errors.check(min == null || min >= 0, "minDurationSeconds", text(e -> e.planDurationInvalid()));
        errors.check(max == null || max >= 0 && (min == null || max >= min), "maxDurationSeconds",
                text(e -> e.planDurationInvalid()));
        List<String> inspectors = clean(request.inspectors());
        errors.check(!inspectors.isEmpty(), "inspectors", text(e -> e.planInspectorsRequired()));
        for (String inspector : inspectors) {
            Optional<UserView> found = users.find(inspector).filter(UserView::active);
            boolean ok = found.map(u -> u.roles().contains(Role.QA)
                    || u.roles().contains(Role.ADMIN) || u.roles().contains(Role.LEAD)).orElse(false);
            errors.check(ok, "inspectors", text(e -> e.planInspectorInvalid(inspector)));
            // A team lead inspects only their own team: the plan may not deal them another team's interactions.
            boolean seesTeams = found.map(u -> u.roles().contains(Role.QA) || u.roles().contains(Role.ADMIN)
                    || u.team() != null && teams.stream().allMatch(u.team()::equals) && !teams.isEmpty()).orElse(true);
            errors.check(!ok || seesTeams, "inspectors", text(e -> e.planInspectorCannotSeeTeams(inspector)));
        }
        String callScorecard = blankToDefault(request.callScorecard(), "call-quality");
        String ticketScorecard = blankToDefault(request.ticketScorecard(), "ticket-quality");
        String chatScorecard = blankToDefault(request.chatScorecard(), CHAT_SCORECARD);
        Double share = request.flaggedShare();
        errors.check(share == null || share >= 0 && share <= 1, "flaggedShare", text(e -> e.planFlaggedShareInvalid()));
        List<String> flagItems = clean(request.flagItems());
        Set<String> knownItems = new HashSet<>();
        for (String key : List.of(callScorecard, ticketScorecard, chatScorecard)) {
            scorecards.latestItemKeys(key).forEach(knownItems::add);
        }
        for (String item : flagItems) {
            errors.check(knownItems.contains(item), "flagItems", text(e -> e.planFlagItemUnknown(item)));
        }
        errors.throwIfAny();

        QaPlan plan = new QaPlan();
        plan.name = name;
        plan.periodStart = period[0];
        plan.periodEnd = period[1];
        plan.scopeJson = write(new Scope(teams, channels, ticketTypes, min, max, callScorecard, ticketScorecard,
                chatScorecard, share, flagItems));
        plan.perAgent = perAgent;
        plan.minPerAgent = minPerAgent;
        plan.seed = request.seed() != null ? request.seed() : new SecureRandom().nextLong() >>> 1;
        plan.inspectorsJson = write(inspectors);
        plan.createdBy = actor.username();
        plan.createdAt = clock.instant();
        plan.persist();
        audit.record(actor.username(), "QA_PLAN_CREATED", "qa-plan", String.valueOf(plan.id), null,
                Map.of("name", name, "seed", plan.seed, "period", request.period()));
        return view(plan, request.period().trim());
    }

    /**
     * Draws the plan's sample and deals it to its inspectors. Running it again draws the same picks
     * (same seed) and only adds what is new, e.g. interactions that arrived since.
     */
    // A month can hold a million tickets to draw from: more than the default 60 s may be needed.
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public RunReport run(long planId, UserView actor) {
        QaPlan plan = visiblePlan(planId, actor);
        Scope scope = scope(plan);
        List<String> agents = agentsInScope(scope);
        ZoneId zone = ZoneId.systemDefault();
        List<Interactions.Key> candidates = interactions.inScope(new Interactions.Scope(
                plan.periodStart.atStartOfDay(zone).toInstant(), plan.periodEnd.atStartOfDay(zone).toInstant(),
                scope.channels(), agents, scope.ticketTypes(), scope.minDurationSeconds(), scope.maxDurationSeconds()));
        List<String> inspectors = inspectors(plan);
        Set<String> flagged = new HashSet<>();
        if (scope.share() > 0) {
            for (Interactions.Type type : scope.channels()) {
                autoQa.flagged(Scorecard.Channel.valueOf(type.name()), scope.scorecardOf(type),
                        scope.flagItems() == null ? List.of() : scope.flagItems()).forEach(id -> flagged.add(type + "/" + id));
            }
        }
        List<Sampler.Pick> picks = Sampler.sample(candidates, plan.perAgent, plan.seed, inspectors,
                c -> flagged.contains(c.type() + "/" + c.id()), scope.share());

        Set<String> existing = new HashSet<>();
        QaAssignment.ofPlan(planId).forEach(a -> existing.add(a.interactionType + "/" + a.interactionId));
        int assigned = 0;
        Instant now = clock.instant();
        Map<String, Integer> byInspector = new TreeMap<>();
        for (Sampler.Pick pick : picks) {
            byInspector.merge(pick.inspector(), 1, Integer::sum);
            if (existing.contains(pick.type() + "/" + pick.id())) {
                continue;
            }
            QaAssignment assignment = new QaAssignment();
            assignment.planId = planId;
            assignment.interactionType = pick.type();
            assignment.interactionId = pick.id();
            assignment.agent = pick.agent();
            assignment.inspector = pick.inspector();
            assignment.createdAt = now;
            assignment.persist();
            assigned++;
        }
        Map<String, int[]> perAgent = new TreeMap<>();
        agents.forEach(a -> perAgent.put(a, new int[2]));
        candidates.forEach(c -> perAgent.computeIfAbsent(c.agent(), a -> new int[2])[0]++);
        picks.forEach(p -> perAgent.get(p.agent())[1]++);
        List<AgentSample> samples = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        perAgent.forEach((agent, counts) -> {
            samples.add(new AgentSample(agent, counts[0], counts[1]));
            if (counts[1] < plan.minPerAgent) {
                shortfalls.add(agent);
            }
        });
        plan.lastRunAt = now;
        audit.record(actor.username(), "QA_PLAN_RUN", "qa-plan", String.valueOf(planId), null,
                Map.of("seed", plan.seed, "picked", picks.size(), "assigned", assigned));
        int flaggedPicked = (int) picks.stream().filter(p -> flagged.contains(p.type() + "/" + p.id())).count();
        return new RunReport(planId, plan.seed, assigned, picks.size() - assigned, samples, shortfalls, byInspector,
                flaggedPicked);
    }

    @Transactional
    public PlanView plan(long planId, UserView viewer) {
        return view(visiblePlan(planId, viewer), null);
    }

    @Transactional
    public List<PlanView> plans(UserView viewer) {
        List<QaPlan> plans = seesAllPlans(viewer) ? QaPlan.newestFirst(200) : QaPlan.createdBy(viewer.username(), 200);
        return plans.stream().map(p -> view(p, null)).toList();
    }

    /** An inspector's queue, not yet started first, with each interaction's label and the evaluation's state. */
    @Transactional
    public List<QueueItem> queue(String inspector) {
        return items(QaAssignment.queueOf(inspector, 500));
    }

    /** Queue lines for assignments, with a few queries for all of them. */
    private List<QueueItem> items(List<QaAssignment> assignments) {
        Map<Long, QaPlan> plans = new HashMap<>();
        Map<Interactions.Type, List<Long>> ids = new LinkedHashMap<>();
        assignments.forEach(a -> ids.computeIfAbsent(a.interactionType, t -> new ArrayList<>()).add(a.interactionId));
        Map<Interactions.Type, Map<Long, Interactions.Ref>> refs = new HashMap<>();
        ids.forEach((type, list) -> refs.put(type, interactions.get(type, list)));
        List<Long> evaluationIds = assignments.stream().map(a -> a.evaluationId).filter(id -> id != null).toList();
        Map<Long, Evaluation.Status> statuses = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            Evaluation.<Evaluation>list("id in ?1", evaluationIds).forEach(e -> statuses.put(e.id, e.status));
        }
        // An interaction the inspector evaluated before it was dealt to them counts as that evaluation (no dead end).
        Map<String, Evaluation> earlier = new HashMap<>();
        List<Long> unlinked = assignments.stream().filter(a -> a.evaluationId == null).map(a -> a.interactionId).toList();
        if (!unlinked.isEmpty()) {
            Evaluation.<Evaluation>list(Evaluation.notCalibration(null) + " and interactionId in ?1", unlinked)
                    .forEach(e -> earlier.putIfAbsent(e.interactionType + "/" + e.interactionId + "/" + e.evaluator, e));
        }
        Map<Long, Scope> scopes = new HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (QaAssignment a : assignments) {
            QaPlan plan = plans.computeIfAbsent(a.planId, id -> QaPlan.byId(id).orElseThrow());
            Scope scope = scopes.computeIfAbsent(a.planId, id -> scope(plan));
            Interactions.Ref ref = refs.get(a.interactionType).get(a.interactionId);
            Evaluation before = a.evaluationId != null ? null
                    : earlier.get(a.interactionType + "/" + a.interactionId + "/" + a.inspector);
            Long evaluationId = before != null ? before.id : a.evaluationId;
            Evaluation.Status status = before != null ? before.status
                    : a.evaluationId == null ? null : statuses.get(a.evaluationId);
            String state = status == null ? "PENDING" : status == Evaluation.Status.SUBMITTED ? "DONE" : "IN_PROGRESS";
            items.add(new QueueItem(a.id, a.planId, plan.name, a.interactionType, a.interactionId,
                    ref == null ? null : ref.label(), a.agent, ref == null ? null : ref.at(), evaluationId, state,
                    scorecardFor(scope, a.interactionType)));
        }
        return items;
    }

    /** The assignment of the caller, with the scorecard its plan uses for its channel. */
    @Transactional
    public QueueItem assignment(long id, UserView actor) {
        QaAssignment assignment = QaAssignment.byId(id).filter(a -> a.inspector.equals(actor.username()))
                .orElseThrow(() -> Problem.notFound(text(e -> e.planAssignmentNotFound(id))));
        return items(List.of(assignment)).get(0);
    }

    /** Links a newly started evaluation to the evaluator's assignment of that interaction, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    void linkEvaluation(long evaluationId, Interactions.Type type, long interactionId, String evaluator) {
        QaAssignment.update("evaluationId = ?1 where inspector = ?2 and interactionType = ?3 and interactionId = ?4"
                + " and evaluationId is null", evaluationId, evaluator, type, interactionId);
    }

    /** "2026-11" (a month) or "2026-W48" (an ISO week) as [first day, day after the last]. */
    static LocalDate[] period(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            Matcher month = MONTH.matcher(t);
            if (month.matches()) {
                if (!DateTimes.plausibleYear(Integer.parseInt(month.group(1)))) {
                    return null;
                }
                YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.plusMonths(1).atDay(1)};
            }
            Matcher week = WEEK.matcher(t);
            if (week.matches()) {
                int year = Integer.parseInt(week.group(1));
                if (!DateTimes.plausibleYear(year)) {
                    return null;
                }
                int number = Integer.parseInt(week.group(2));
                LocalDate probe = LocalDate.of(year, 6, 1);
                if (number < 1 || number > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return null;
                }
                LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
                return new LocalDate[] {monday, monday.plusDays(7)};
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private List<String> agentsInScope(Scope scope) {
        Set<String> agents = new LinkedHashSet<>();
        for (UserView user : users.list()) {
            if (user.active() && user.roles().contains(Role.AGENT)
                    && (scope.teams().isEmpty() || user.team() != null && scope.teams().contains(user.team()))) {
                agents.add(user.username());
            }
        }
        return new ArrayList<>(agents);
    }

    private QaPlan visiblePlan(long planId, UserView viewer) {
        return QaPlan.byId(planId).filter(p -> seesAllPlans(viewer) || p.createdBy.equals(viewer.username()))
                .orElseThrow(() -> Problem.notFound(text(e -> e.planNotFound(planId))));
    }

    private static boolean seesAllPlans(UserView viewer) {
        return viewer.roles().contains(Role.ADMIN) || viewer.roles().contains(Role.QA);
    }

    private PlanView view(QaPlan plan, String period) {
        List<QaAssignment> assignments = QaAssignment.ofPlan(plan.id);
        List<Long> evaluationIds = assignments.stream().map(a -> a.evaluationId).filter(id -> id != null).toList();
        int done = evaluationIds.isEmpty() ? 0 : (int) Evaluation.count("id in ?1 and status = ?2", evaluationIds,
                Evaluation.Status.SUBMITTED);
        String shown = period != null ? period : describe(plan.periodStart, plan.periodEnd);
        return new PlanView(plan.id, plan.name, shown, plan.periodStart, plan.periodEnd, scope(plan), plan.perAgent,
                plan.minPerAgent, plan.seed, inspectors(plan), plan.createdBy, plan.createdAt, plan.lastRunAt,
                assignments.size(), done);
    }

    private static String describe(LocalDate start, LocalDate end) {
        if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1))) {
            return YearMonth.from(start).toString();
        }
        return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String scorecardFor(Scope scope, Interactions.Type type) {
        return switch (type) {
            case CALL -> scope.callScorecard();
            case TICKET -> scope.ticketScorecard();
            case CHAT -> scope.chatScorecard() == null ? CHAT_SCORECARD : scope.chatScorecard();
        };
    }

    static Scope scope(QaPlan plan) {
        try {
            return JSON.readValue(plan.scopeJson, Scope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> inspectors(QaPlan plan) {
        try {
            return List.of(JSON.readValue(plan.inspectorsJson, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
