package io.zhijian.evaluation;

import io.zhijian.evaluation.EvaluationJson.Moment;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.Interactions;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.IdWindows;
import io.zhijian.platform.Problem;
import io.zhijian.platform.StartupWork;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import io.zhijian.scorecard.ScoringEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.zhijian.evaluation.EvaluationProblems.text;

/**
 * The evaluation workflow: start (pinning the scorecard version), autosave answers and comments,
 * submit, amend by revision, acknowledge, dispute and resolve. Who may do what is decided here.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    AgentVisibility visibility;

    @Inject
    io.zhijian.autoqa.AutoQaService autoQa;

    @Inject
    Clock clock;

    static final int MAX_COMMENT = 2000;
    static final int MAX_MOMENTS = 200;
    /** The size of the comments and moments columns (each entry is held to MAX_COMMENT, but not their sum). */
    static final int MAX_STORED_CHARS = 100_000;

    public record StartRequest(String interactionType, String interactionId, String scorecardKey) {
    }

    /**
     * {@code suggestionsTaken}: items of {@code answers} the inspector took from the auto-QA suggestion; recorded
     * only while the answer is still the suggested one.
     */
    public record AnswersRequest(Map<String, Object> answers, Map<String, String> comments, List<Moment> moments,
                                 List<String> suggestionsTaken) {
        public AnswersRequest(Map<String, Object> answers, Map<String, String> comments, List<Moment> moments) {
            this(answers, comments, moments, null);
        }
    }

    public record RevisionRequest(Map<String, Object> answers, Map<String, String> comments, String reason) {
    }

    public record DisputeRequest(List<String> items, String reason) {
    }

    public record ResolveRequest(String outcome, Map<String, Object> answers, Map<String, String> comments,
                                 String reason) {
    }

    public record RevisionView(int revision, Double total, String createdBy, Instant createdAt, String reason,
                               Map<String, Object> answers) {
    }

    public record DisputeView(long id, long evaluationId, List<String> items, String reason, String raisedBy,
                              Instant raisedAt, Dispute.Status status, String resolvedBy, Instant resolvedAt,
                              String resolutionReason, Integer revisionAfter) {
    }

    /** An evaluation with the engine's breakdown of its current answers. */
    public record EvaluationView(long id, Interactions.Type interactionType, long interactionId,
                                 String interactionLabel, String agent, String scorecardKey, int scorecardVersion,
                                 String evaluator, Evaluation.Status status, int revision, Long calibrationId,
                                 Map<String, Object> answers, Map<String, String> comments, List<Moment> moments,
                                 Double total, ScoringEngine.Result breakdown, Instant createdAt, Instant updatedAt,
                                 Instant submittedAt, Instant acknowledgedAt, Instant disputeDeadline,
                                 List<DisputeView> disputes, List<RevisionView> revisions, List<String> suggestionsTaken) {
    }

    /** An evaluation opened for someone: {@code created} when it did not exist before. */
    public record Started(boolean created, EvaluationView evaluation) {
    }

    /** One line of a list of evaluations. */
    public record EvaluationSummary(long id, Interactions.Type interactionType, long interactionId,
                                    String interactionLabel, String agent, String scorecardKey, int scorecardVersion,
                                    String evaluator, Evaluation.Status status, int revision, Double total,
                                    Instant updatedAt, Instant submittedAt, Instant acknowledgedAt,
                                    Dispute.Status disputeStatus) {
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    Interactions interactions;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    EvaluationConfig config;

    @Inject
    Sampling sampling;

    @Inject
    Event<EvaluationScored> scored;

    @Inject
    Event<PastWeekAggregates.Changed> weekChanged;

    @Inject
    PastWeekAggregates weeks;

    /** Starts a draft on the latest published version of the scorecard (409 if this evaluator has one). */
    @Transactional
    public EvaluationView start(StartRequest request, UserView actor) {
        Interactions.Ref interaction = interaction(request);
        return start(interaction, request.scorecardKey(), actor);
    }

    @Transactional
    public EvaluationView start(Interactions.Ref interaction, String scorecardKey, UserView actor) {
        String key = scorecardKey == null ? "" : scorecardKey.trim();
        if (key.isEmpty()) {
            throw Problem.invalid(Map.of("scorecardKey", text(e -> e.evScorecardRequired())));
        }
        if (actor.roles().contains(Role.LEAD) && !actor.roles().contains(Role.QA) && !actor.roles().contains(Role.ADMIN)
                && !visibility.leadsTeamOf(actor, interaction.agent())) {
            throw Problem.forbidden(text(e -> e.evLeadOwnTeam()));
        }
        Optional<Evaluation> existing = Evaluation.<Evaluation>find("interactionType = ?1 and interactionId = ?2"
                        + " and evaluator = ?3 and scorecardKey = ?4 and " + Evaluation.notCalibration(null), interaction.type(),
                interaction.id(), actor.username(), key).firstResultOptional();
        if (existing.isPresent()) {
            long id = existing.get().id;
            throw Problem.of(409, text(e -> e.evAlreadyStarted(id)),
                    Map.of("existingEvaluationId", id, "existingEvaluation", "/api/evaluations/" + id));
        }
        Evaluation evaluation = create(interaction, key, applicableVersion(interaction, key), actor.username(), null);
        sampling.linkEvaluation(evaluation.id, interaction.type(), interaction.id(), actor.username());
        return view(evaluation);
    }

    /** The latest published version of a scorecard, if it applies to the interaction's channel (else 400). */
    int applicableVersion(Interactions.Ref interaction, String scorecardKey) {
        ScorecardService.VersionView version = publishedVersion(scorecardKey);
        Scorecard.Channel channel = Scorecard.Channel.valueOf(interaction.type().name());
        if (!version.definition().appliesTo(channel)) {
            throw Problem.invalid(Map.of("scorecardKey",
                    text(e -> e.evScorecardNotApplicable(scorecardKey, interaction.type().name()))));
        }
        return version.version();
    }

    /** Starts (or continues) the evaluation of one of the caller's assignments, with its plan's scorecard. */
    @Transactional
    public Started startAssignment(long assignmentId, UserView actor) {
        Sampling.QueueItem item = sampling.assignment(assignmentId, actor);
        if (item.evaluationId() != null) {
            return new Started(false, view(Evaluation.byId(item.evaluationId()).orElseThrow()));
        }
        Interactions.Ref ref = interactions.get(item.interactionType(), item.interactionId())
                .orElseThrow(() -> Problem.notFound(text(e -> e.planAssignmentNotFound(assignmentId))));
        return new Started(true, start(ref, item.scorecardKey(), actor));
    }

    /** Creates a draft on a pinned scorecard version; used by {@link #start} and by calibration sessions. */
    Evaluation create(Interactions.Ref interaction, String scorecardKey, int version, String evaluator,
                      Long calibrationId) {
        Instant now = clock.instant();
        Evaluation evaluation = new Evaluation();
        evaluation.interactionType = interaction.type();
        evaluation.interactionId = interaction.id();
        evaluation.agent = interaction.agent();
        evaluation.scorecardKey = scorecardKey;
        evaluation.scorecardVersion = version;
        evaluation.evaluator = evaluator;
        evaluation.status = Evaluation.Status.DRAFT;
        evaluation.calibrationId = calibrationId;
        evaluation.answersJson = "{}";
        evaluation.commentsJson = "{}";
        evaluation.momentsJson = "[]";
        evaluation.createdAt = now;
        evaluation.updatedAt = now;
        evaluation.persist();
        audit.record(evaluator, "EVALUATION_STARTED", "evaluation", String.valueOf(evaluation.id), null,
                Map.of("interaction", interaction.type() + "/" + interaction.id(), "scorecard",
                        scorecardKey + "/v" + version));
        return evaluation;
    }

    @Transactional
    public EvaluationView evaluation(long id, UserView viewer) {
        return view(visible(id, viewer));
    }

    /** Autosave of a draft: merges the given answers and comments (null or empty removes one). */
    @Transactional
    public EvaluationView saveAnswers(long id, AnswersRequest request, UserView actor) {
        Evaluation evaluation = ownDraft(id, actor);
        if (request == null) {
            throw Problem.badRequest(text(e -> e.evBodyRequired()));
        }
        Scorecard card = definition(evaluation);
        Map<String, Object> answers = merge(EvaluationJson.answers(evaluation.answersJson), request.answers());
        Map<String, String> comments = mergeComments(card, EvaluationJson.comments(evaluation.commentsJson),
                request.comments());
        ScoringEngine.Result result = score(evaluation, answers, true);
        evaluation.answersJson = EvaluationJson.write(canonical(result));
        evaluation.commentsJson = fitting("comments", EvaluationJson.write(comments));
        if (request.moments() != null) {
            evaluation.momentsJson = fitting("moments", EvaluationJson.write(checkMoments(request.moments(), evaluation)));
        }
        if (request.answers() != null) {
            evaluation.suggestionsTakenJson = taken(evaluation, request.answers().keySet(), request.suggestionsTaken());
        }
        evaluation.total = result.total();
        evaluation.updatedAt = clock.instant();
        return view(evaluation);
    }

    /**
     * The items answered from a suggestion after a save: those of this save the inspector says they took and whose
     * stored answer is the suggestion; the others of this save are no longer taken; untouched ones stay as they were.
     */
    private String taken(Evaluation evaluation, java.util.Set<String> saved, List<String> claimed) {
        java.util.Set<String> taken = new java.util.LinkedHashSet<>(evaluation.suggestionsTakenJson == null ? List.of()
                : EvaluationJson.items(evaluation.suggestionsTakenJson));
        Map<String, Object> stored = EvaluationJson.answers(evaluation.answersJson);
        Map<String, String> suggested = claimed == null || claimed.isEmpty() ? Map.of()
                : autoQa.suggestedAnswers(Scorecard.Channel.valueOf(evaluation.interactionType.name()),
                evaluation.interactionId, evaluation.scorecardKey);
        for (String item : saved) {
            Object answer = stored.get(item);
            if (claimed != null && claimed.contains(item) && answer != null
                    && String.valueOf(answer).equals(suggested.get(item))) {
                taken.add(item);
            } else {
                taken.remove(item);
            }
        }
        // In the scorecard's order, as the form lists them.
        List<String> ordered = definition(evaluation).items().stream().map(Scorecard.Item::key).filter(taken::contains)
                .toList();
        return ordered.isEmpty() ? null : EvaluationJson.write(ordered);
    }

    @Transactional
    public EvaluationView submit(long id, UserView actor) {
        Evaluation evaluation = locked(visible(id, actor));
        if (evaluation.status == Evaluation.Status.SUBMITTED) {
            throw Problem.conflict(text(e -> e.evAlreadySubmitted(id)));
        }
        if (!evaluation.evaluator.equals(actor.username())) {
            throw Problem.forbidden(text(e -> e.evEvaluatorOnly()));
        }
        Map<String, Object> answers = EvaluationJson.answers(evaluation.answersJson);
        Map<String, String> comments = EvaluationJson.comments(evaluation.commentsJson);
        ScoringEngine.Result result = score(evaluation, answers, false);
        requireComments(definition(evaluation), result, comments);
        Instant now = clock.instant();
        evaluation.status = Evaluation.Status.SUBMITTED;
        evaluation.submittedAt = now;
        evaluation.updatedAt = now;
        evaluation.total = result.total();
        recordFacts(evaluation, result);
        evaluation.revision = 1;
        addRevision(evaluation, actor.username(), null);
        audit.record(actor.username(), "EVALUATION_SUBMITTED", "evaluation", String.valueOf(id), null,
                Map.of("total", String.valueOf(result.total()), "answers", answers));
        if (evaluation.calibrationId == null) {
            scored.fire(new EvaluationScored(evaluation.interactionType, evaluation.interactionId));
            if (evaluation.agent != null) {
                notifications.notify(evaluation.agent, Notification.Kind.EVALUATION_SUBMITTED, evaluation.id,
                        shown(result.total()));
            }
        }
        return view(evaluation);
    }

    /** A change to a submitted evaluation: a new revision saying who, when and why. */
    @Transactional
    public EvaluationView revise(long id, RevisionRequest request, UserView actor) {
        Evaluation evaluation = visible(id, actor);
        if (!evaluation.evaluator.equals(actor.username()) && !actor.roles().contains(Role.ADMIN)) {
            throw Problem.forbidden(text(e -> e.evEvaluatorOnly()));
        }
        if (evaluation.status != Evaluation.Status.SUBMITTED) {
            throw Problem.conflict(text(e -> e.evNotSubmitted(id)));
        }
        if (request == null || blank(request.reason())) {
            throw Problem.invalid(Map.of("reason", text(e -> e.evReasonRequired())));
        }
        amend(evaluation, request.answers(), request.comments(), request.reason().trim(), actor.username());
        return view(evaluation);
    }

    @Transactional
    public EvaluationView acknowledge(long id, UserView actor) {
        Evaluation evaluation = locked(agentsOwn(id, actor));
        if (evaluation.acknowledgedAt != null) {
            throw Problem.conflict(text(e -> e.evAlreadyAcknowledged(id)));
        }
        if (Dispute.of(id).stream().anyMatch(d -> d.status == Dispute.Status.OPEN)) {
            throw Problem.conflict(text(e -> e.evDisputeOpen(id)));
        }
        evaluation.acknowledgedAt = clock.instant();
        audit.record(actor.username(), "EVALUATION_ACKNOWLEDGED", "evaluation", String.valueOf(id), null,
                Map.of("revision", evaluation.revision));
        return view(evaluation);
    }

    @Transactional
    public DisputeView dispute(long id, DisputeRequest request, UserView actor) {
        Evaluation evaluation = locked(agentsOwn(id, actor));
        FieldErrors errors = new FieldErrors();
        Scorecard card = definition(evaluation);
        List<String> items = request == null || request.items() == null ? List.of()
                : request.items().stream().distinct().toList();
        errors.check(!items.isEmpty(), "items", text(e -> e.evDisputeItemsRequired()));
        for (String item : items) {
            if (item == null || card.item(item).isEmpty()) {
                errors.add("items", text(e -> e.evUnknownItem(String.valueOf(item))));
            }
        }
        String reason = request == null ? null : request.reason();
        errors.check(!blank(reason), "reason", text(e -> e.evReasonRequired()));
        errors.check(reason == null || reason.length() <= MAX_COMMENT, "reason", text(e -> e.evTooLong(MAX_COMMENT)));
        errors.throwIfAny();
        Instant deadline = deadline(evaluation);
        if (clock.instant().isAfter(deadline)) {
            throw Problem.conflict(text(e -> e.evDisputeWindowClosed(deadline.toString())));
        }
        if (evaluation.acknowledgedAt != null) {
            throw Problem.conflict(text(e -> e.evAlreadyAcknowledged(id)));
        }
        if (!Dispute.of(id).isEmpty()) {
            throw Problem.conflict(text(e -> e.evAlreadyDisputed(id)));
        }
        Dispute dispute = new Dispute();
        dispute.evaluationId = id;
        dispute.itemsJson = EvaluationJson.write(items);
        dispute.reason = reason.trim();
        dispute.raisedBy = actor.username();
        dispute.raisedAt = clock.instant();
        dispute.status = Dispute.Status.OPEN;
        dispute.persist();
        audit.record(actor.username(), "EVALUATION_DISPUTED", "evaluation", String.valueOf(id), null,
                Map.of("dispute", dispute.id, "items", items, "reason", dispute.reason));
        notifications.notify(evaluation.evaluator, Notification.Kind.DISPUTE_RAISED, id, null);
        return view(dispute);
    }

    /** Rules on an open dispute: another inspector than the evaluator, or an admin. */
    @Transactional
    public DisputeView resolve(long disputeId, ResolveRequest request, UserView actor) {
        Dispute dispute = Dispute.byId(disputeId)
                .orElseThrow(() -> Problem.notFound(text(e -> e.evDisputeNotFound(disputeId))));
        Evaluation evaluation = Evaluation.byId(dispute.evaluationId).orElseThrow();
        if (!actor.roles().contains(Role.ADMIN) && actor.username().equals(evaluation.evaluator)) {
            throw Problem.forbidden(text(e -> e.evResolverNotEvaluator()));
        }
        FieldErrors errors = new FieldErrors();
        Dispute.Status outcome = null;
        String given = request == null ? null : request.outcome();
        if ("UPHELD".equals(given)) {
            outcome = Dispute.Status.UPHELD;
        } else if ("AMENDED".equals(given)) {
            outcome = Dispute.Status.AMENDED;
        } else {
            errors.add("outcome", text(e -> e.evOutcomeInvalid()));
        }
        String reason = request == null ? null : request.reason();
        errors.check(!blank(reason), "reason", text(e -> e.evReasonRequired()));
        errors.check(reason == null || reason.length() <= MAX_COMMENT, "reason", text(e -> e.evTooLong(MAX_COMMENT)));
        boolean hasAnswers = request != null && request.answers() != null && !request.answers().isEmpty();
        errors.check(outcome != Dispute.Status.AMENDED || hasAnswers, "answers", text(e -> e.evAmendNeedsAnswers()));
        errors.check(outcome != Dispute.Status.UPHELD || !hasAnswers, "answers", text(e -> e.evUpholdNoAnswers()));
        errors.throwIfAny();
        if (dispute.status != Dispute.Status.OPEN) {
            throw Problem.conflict(text(e -> e.evDisputeClosed(disputeId)));
        }
        if (outcome == Dispute.Status.AMENDED) {
            amend(evaluation, request.answers(), request.comments(), reason.trim(), actor.username());
            dispute.revisionAfter = evaluation.revision;
        }
        dispute.status = outcome;
        dispute.resolvedBy = actor.username();
        dispute.resolvedAt = clock.instant();
        dispute.resolutionReason = reason.trim();
        audit.record(actor.username(), "DISPUTE_RESOLVED", "evaluation", String.valueOf(evaluation.id), null,
                Map.of("dispute", disputeId, "outcome", outcome.name(), "reason", dispute.resolutionReason));
        notifications.notify(dispute.raisedBy, Notification.Kind.DISPUTE_RESOLVED, evaluation.id, outcome.name());
        return view(dispute);
    }

    /** Disputes waiting for a ruling, oldest first (for QA inspectors and admins). */
    @Transactional
    public List<DisputeView> openDisputes() {
        return Dispute.open(500).stream().map(EvaluationService::view).toList();
    }

    /** How many disputes wait for a ruling (counted in the database, for the home page). */
    @Transactional
    public long openDisputeCount() {
        return Dispute.count("status", Dispute.Status.OPEN);
    }

    /** How many of an agent's submitted evaluations wait for them to acknowledge or dispute. */
    @Transactional
    public long awaitingResponse(String agent) {
        return Evaluation.count("agent = ?1 and status = ?2 and " + Evaluation.notCalibration(null) + " and acknowledgedAt is null"
                + " and id not in (select d.evaluationId from Dispute d)", agent, Evaluation.Status.SUBMITTED);
    }

    /** Submitted evaluations of an agent: the agent, their team lead, QA, trainers and admins may look. */
    @Transactional
    public List<EvaluationSummary> ofAgent(String username, UserView viewer) {
        // Someone the viewer may not see is answered as someone who does not exist: a 403 would confirm the name.
        if (!visibility.maySee(viewer, username)) {
            throw Problem.notFound(text(e -> e.evUserNotFound(username)));
        }
        UserView agent = users.find(username).orElseThrow(() -> Problem.notFound(text(e -> e.evUserNotFound(username))));
        return summaries(Evaluation.submittedFor(agent.username()));
    }

    /** The evaluations list's filters; null = any. {@code from}/{@code to} are days of submission (of the last change for drafts). */
    public record Filter(String agent, String team, String scorecard, Interactions.Type channel, Evaluation.Status status,
                         java.time.LocalDate from, java.time.LocalDate to, Double minTotal, Double maxTotal) {
    }

    public record Page(long total, int page, int size, List<EvaluationSummary> items) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return (long) page * size < total;
        }
    }

    /** One page (1-based) of the evaluations the viewer may see that pass the filters, newest first, and how many pass. */
    @Transactional
    public Page search(Filter filter, int page, int size, UserView viewer) {
        Query query = filtered(filter, viewer);
        long total = Evaluation.count(query.where(), query.parameters());
        List<Evaluation> found = Evaluation.<Evaluation>find(query.where() + " order by updatedAt desc, id desc",
                query.parameters()).page(page - 1, size).list();
        return new Page(total, page, size, summaries(found));
    }

    /** One evaluation as the export writes it: its interaction's label and its answers scored. */
    record ExportRow(long id, Interactions.Type interactionType, String interactionLabel, String agent, String evaluator,
                     Evaluation.Status status, Instant createdAt, Instant submittedAt, String scorecardKey,
                     int scorecardVersion, Double total, ScoringEngine.Result breakdown) {
    }

    /**
     * Every evaluation that passes the filters, at most a thousand at a time, oldest first (the export streams them):
     * only the columns the export writes, read in id windows ({@link IdWindows}), no entities.
     */
    @Transactional
    void forEachFiltered(Filter filter, UserView viewer, java.util.function.Consumer<List<ExportRow>> chunk) {
        Query query = filtered(filter, viewer);
        IdWindows windows = new IdWindows(Evaluation.getEntityManager()
                .createQuery("select max(e.id) from Evaluation e", Long.class).getSingleResult(), 1000);
        String select = "select id, interactionType, interactionId, agent, evaluator, status, createdAt, submittedAt,"
                + " scorecardKey, scorecardVersion, total, answersJson from Evaluation where " + query.where()
                + " and id > :after and id <= :upTo order by id";
        while (windows.hasNext()) {
            jakarta.persistence.TypedQuery<Object[]> page = Evaluation.getEntityManager()
                    .createQuery(select, Object[].class).setMaxResults(1000);
            query.parameters().forEach(page::setParameter);
            List<Object[]> found = page.setParameter("after", windows.after()).setParameter("upTo", windows.upTo())
                    .getResultList();
            windows.found(found.size(), found.isEmpty() ? 0 : (Long) found.get(found.size() - 1)[0]);
            if (!found.isEmpty()) {
                chunk.accept(exportRows(found));
            }
        }
    }

    private List<ExportRow> exportRows(List<Object[]> found) {
        Map<Interactions.Type, List<Long>> ids = new LinkedHashMap<>();
        found.forEach(r -> ids.computeIfAbsent((Interactions.Type) r[1], t -> new ArrayList<>()).add((Long) r[2]));
        Map<Interactions.Type, Map<Long, Interactions.Ref>> refs = new LinkedHashMap<>();
        ids.forEach((type, list) -> refs.put(type, interactions.get(type, list)));
        return found.stream().map(r -> {
            Interactions.Ref ref = refs.get((Interactions.Type) r[1]).get((Long) r[2]);
            String card = (String) r[8];
            int version = (Integer) r[9];
            return new ExportRow((Long) r[0], (Interactions.Type) r[1], ref == null ? null : ref.label(), (String) r[3],
                    (String) r[4], (Evaluation.Status) r[5], (Instant) r[6], (Instant) r[7], card, version,
                    (Double) r[10], scorecards.score(card, version, EvaluationJson.answers((String) r[11]), true));
        }).toList();
    }

    record Query(String where, Map<String, Object> parameters) {
    }

    /** The viewer's evaluations (everyone's; a lead's own and their team's submitted; an agent's own submitted) that pass. */
    private Query filtered(Filter f, UserView viewer) {
        StringBuilder where = new StringBuilder(Evaluation.notCalibration(null));
        Map<String, Object> p = new HashMap<>();
        if (!visibility.seesEveryone(viewer)) {
            p.put("me", viewer.username());
            p.put("submitted", Evaluation.Status.SUBMITTED);
            if (viewer.roles().contains(Role.LEAD) && viewer.team() != null) {
                where.append(" and (evaluator = :me or (agent in :myTeam and status = :submitted))");
                p.put("myTeam", members(viewer.team()));
            } else {
                where.append(" and agent = :me and status = :submitted");
            }
        }
        if (f.agent() != null) {
            where.append(" and agent = :agent");
            p.put("agent", f.agent());
        }
        if (f.team() != null) {
            where.append(" and agent in :team");
            p.put("team", members(f.team()));
        }
        if (f.scorecard() != null) {
            where.append(" and scorecardKey = :scorecard");
            p.put("scorecard", f.scorecard());
        }
        if (f.channel() != null) {
            where.append(" and interactionType = :channel");
            p.put("channel", f.channel());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            p.put("status", f.status());
        }
        if (f.from() != null) {
            where.append(" and coalesce(submittedAt, updatedAt) >= :from");
            p.put("from", f.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (f.to() != null) {
            where.append(" and coalesce(submittedAt, updatedAt) < :to");
            p.put("to", f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        if (f.minTotal() != null) {
            where.append(" and total >= :minTotal");
            p.put("minTotal", f.minTotal());
        }
        if (f.maxTotal() != null) {
            where.append(" and total <= :maxTotal");
            p.put("maxTotal", f.maxTotal());
        }
        return new Query(where.toString(), p);
    }

    /** A team's members (none: no username is empty, so nothing passes). */
    private List<String> members(String team) {
        List<String> names = users.members(team).stream().map(UserView::username).toList();
        return names.isEmpty() ? List.of("") : names;
    }

    /**
     * The score search shows for each interaction: the total of its most recently submitted or revised
     * evaluation (calibration sessions aside). Interactions without one are absent.
     */
    @Transactional
    public Map<Long, Double> latestTotals(Interactions.Type type, List<Long> interactionIds) {
        Map<Long, Double> totals = new java.util.HashMap<>();
        for (int i = 0; i < interactionIds.size(); i += 1000) {
            Evaluation.getEntityManager().createQuery("select e.interactionId, e.total from Evaluation e"
                            + " where e.interactionType = ?1 and e.interactionId in ?2 and e.status = ?3"
                            + " and " + Evaluation.notCalibration("e") + " and e.total is not null order by e.updatedAt, e.id",
                    Object[].class).setParameter(1, type)
                    .setParameter(2, interactionIds.subList(i, Math.min(interactionIds.size(), i + 1000)))
                    .setParameter(3, Evaluation.Status.SUBMITTED).getResultList()
                    .forEach(row -> totals.put((Long) row[0], (Double) row[1]));
        }
        return totals;
    }

    Scorecard definition(Evaluation evaluation) {
        return scorecards.definition(evaluation.scorecardKey, evaluation.scorecardVersion);
    }

    EvaluationView view(Evaluation evaluation) {
        Scorecard card = definition(evaluation);
        Map<String, Object> answers = EvaluationJson.answers(evaluation.answersJson);
        ScoringEngine.Result breakdown = ScoringEngine.score(card, answers, true);
        String label = interactions.get(evaluation.interactionType, evaluation.interactionId).map(Interactions.Ref::label)
                .orElse(null);
        Map<String, Object> typed = new LinkedHashMap<>();
        answers.forEach((k, v) -> typed.put(k, EvaluationJson.typed(String.valueOf(v))));
        List<RevisionView> revisions = EvaluationRevision.of(evaluation.id).stream().map(r -> {
            Map<String, Object> revisionAnswers = new LinkedHashMap<>();
            EvaluationJson.answers(r.answersJson).forEach((k, v) -> revisionAnswers.put(k, EvaluationJson.typed(String.valueOf(v))));
            return new RevisionView(r.revision, r.total, r.createdBy, r.createdAt, r.reason, revisionAnswers);
        }).toList();
        return new EvaluationView(evaluation.id, evaluation.interactionType, evaluation.interactionId, label,
                evaluation.agent, evaluation.scorecardKey, evaluation.scorecardVersion, evaluation.evaluator,
                evaluation.status, evaluation.revision, evaluation.calibrationId, typed,
                EvaluationJson.comments(evaluation.commentsJson), EvaluationJson.moments(evaluation.momentsJson),
                breakdown.total(), breakdown, evaluation.createdAt, evaluation.updatedAt, evaluation.submittedAt,
                evaluation.acknowledgedAt, evaluation.submittedAt == null || evaluation.calibrationId != null ? null
                        : deadline(evaluation),
                Dispute.of(evaluation.id).stream().map(EvaluationService::view).toList(), revisions,
                evaluation.suggestionsTakenJson == null ? List.of() : EvaluationJson.items(evaluation.suggestionsTakenJson));
    }

    /**
     * The evaluation if the viewer may see it. Agents only see their own once submitted; a calibration
     * evaluation stays hidden from everyone but its author until the session reveals it.
     */
    Evaluation visible(long id, UserView viewer) {
        Evaluation evaluation = Evaluation.byId(id).orElseThrow(() -> Problem.notFound(text(e -> e.evNotFound(id))));
        if (evaluation.evaluator.equals(viewer.username())) {
            return evaluation;
        }
        if (evaluation.calibrationId != null) {
            Calibration calibration = Calibration.byId(evaluation.calibrationId).orElseThrow();
            if (!CalibrationService.revealed(calibration, Evaluation.ofCalibration(calibration.id)) || !visibility.seesEveryone(viewer)) {
                throw Problem.forbidden(text(e -> e.evCalibrationHidden()));
            }
            return evaluation;
        }
        boolean submitted = evaluation.status == Evaluation.Status.SUBMITTED;
        if (visibility.seesEveryone(viewer) || submitted && (viewer.username().equals(evaluation.agent)
                || visibility.leadsTeamOf(viewer, evaluation.agent))) {
            return evaluation;
        }
        throw Problem.notFound(text(e -> e.evNotFound(id)));
    }

    private void amend(Evaluation evaluation, Map<String, Object> changes, Map<String, String> commentChanges,
                       String reason, String actor) {
        Scorecard card = definition(evaluation);
        Map<String, Object> answers = merge(EvaluationJson.answers(evaluation.answersJson), changes);
        Map<String, String> comments = mergeComments(card, EvaluationJson.comments(evaluation.commentsJson),
                commentChanges);
        ScoringEngine.Result result = score(evaluation, answers, false);
        requireComments(card, result, comments);
        Double before = evaluation.total;
        evaluation.answersJson = EvaluationJson.write(canonical(result));
        evaluation.commentsJson = EvaluationJson.write(comments);
        evaluation.total = result.total();
        recordFacts(evaluation, result);
        evaluation.revision++;
        evaluation.updatedAt = clock.instant();
        evaluation.acknowledgedAt = null;
        addRevision(evaluation, actor, reason);
        audit.record(actor, "EVALUATION_REVISED", "evaluation", String.valueOf(evaluation.id),
                Map.of("total", String.valueOf(before)),
                Map.of("revision", evaluation.revision, "total", String.valueOf(result.total()), "reason", reason));
        if (evaluation.calibrationId == null) {
            scored.fire(new EvaluationScored(evaluation.interactionType, evaluation.interactionId));
            if (evaluation.agent != null) {
                notifications.notify(evaluation.agent, Notification.Kind.EVALUATION_REVISED, evaluation.id,
                        shown(result.total()));
            }
        }
    }

    void onStart(@Observes StartupEvent event, StartupWork work) {
        work.run("evaluation-facts", this::recordMissingFacts);
    }

    private void recordFacts(Evaluation evaluation, ScoringEngine.Result result) {
        KpiFacts facts = KpiFacts.of(definition(evaluation), result);
        evaluation.criticalFailure = facts.criticalFailure();
        evaluation.attitudeClean = facts.attitudeClean();
        evaluation.professionalScore = facts.professionalScore();
        recordLosses(evaluation, result);
    }

    /** The items that lost points, written anew (see {@link EvaluationItemLoss}). */
    private void recordLosses(Evaluation evaluation, ScoringEngine.Result result) {
        EvaluationItemLoss.delete("evaluationId", evaluation.id);
        for (ScoringEngine.SectionResult section : result.sections()) {
            for (ScoringEngine.ItemResult item : section.items()) {
                boolean failed = result.criticalFailures().contains(item.key());
                if (item.applicable() && (item.points() < item.possiblePoints() || failed)) {
                    EvaluationItemLoss loss = new EvaluationItemLoss();
                    loss.evaluationId = evaluation.id;
                    loss.scorecardKey = evaluation.scorecardKey;
                    loss.itemKey = item.key();
                    loss.pointsLost = item.possiblePoints() - item.points();
                    loss.agent = evaluation.agent;
                    loss.submittedAt = evaluation.submittedAt;
                    loss.interactionType = evaluation.interactionType;
                    loss.calibration = evaluation.calibrationId != null;
                    loss.persist();
                }
            }
        }
        evaluation.itemLossesRecorded = true;
        weekChanged.fire(new PastWeekAggregates.Changed(evaluation.submittedAt));
    }

    /** One agent's submitted evaluations (calibration scoring left out) over a span, for the month's KPIs. */
    public record AgentEvaluations(String agent, long count, Double meanTotal, long criticalFailures, long attitudeClean,
                                   Double meanProfessional, long amendedOnDispute) {
    }

    /** Per agent, aggregated in the database: the evaluations submitted in [from, to). */
    @Transactional
    public Map<String, AgentEvaluations> evaluationsBetween(Instant from, Instant to) {
        Map<String, Long> amended = new HashMap<>();
        Evaluation.getEntityManager().createQuery("select e.agent, count(distinct e.id) from Evaluation e, Dispute d"
                        + " where d.evaluationId = e.id and d.status = ?1 and e.status = ?2 and " + Evaluation.notCalibration("e")
                        + " and e.agent is not null and e.submittedAt >= ?3 and e.submittedAt < ?4 group by e.agent", Object[].class)
                .setParameter(1, Dispute.Status.AMENDED).setParameter(2, Evaluation.Status.SUBMITTED)
                .setParameter(3, from).setParameter(4, to).getResultList()
                .forEach(r -> amended.put((String) r[0], ((Number) r[1]).longValue()));
        Map<String, AgentEvaluations> byAgent = new HashMap<>();
        Evaluation.getEntityManager().createQuery("select e.agent, count(e), avg(e.total),"
                        + " sum(case when e.criticalFailure = true then 1 else 0 end),"
                        + " sum(case when e.attitudeClean = true then 1 else 0 end), avg(e.professionalScore)"
                        + " from Evaluation e where e.status = ?1 and " + Evaluation.notCalibration("e") + " and e.agent is not null"
                        + " and e.submittedAt >= ?2 and e.submittedAt < ?3 group by e.agent", Object[].class)
                .setParameter(1, Evaluation.Status.SUBMITTED).setParameter(2, from).setParameter(3, to).getResultList()
                .forEach(r -> byAgent.put((String) r[0], new AgentEvaluations((String) r[0], ((Number) r[1]).longValue(),
                        r[2] == null ? null : ((Number) r[2]).doubleValue(), ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).doubleValue(),
                        amended.getOrDefault((String) r[0], 0L))));
        return byAgent;
    }

    /** The submitted totals of one day: how many, their sum and sum of squares (enough for a mean and its spread). */
    public record DailyScores(java.time.LocalDate day, long count, double sum, double sumOfSquares) {
    }

    /**
     * Per day, aggregated in the database: the totals of the evaluations submitted in [from, to) (calibration scoring
     * left out), of the given agents (null: everyone's) and scorecard (null: any).
     */
    @Transactional
    public List<DailyScores> dailyScores(Instant from, Instant to, List<String> agents, String scorecardKey,
                                         Interactions.Type channel) {
        if (agents != null && agents.isEmpty()) {
            return List.of();
        }
        List<DailyScores> days = new ArrayList<>();
        weeks.over("daily", from, to, agents, scorecardKey, channel,
                (a, b) -> dailyScoresIn(a, b, agents, scorecardKey, channel), List::size).forEach(days::addAll);
        return days;
    }

    private List<DailyScores> dailyScoresIn(Instant from, Instant to, List<String> agents, String scorecardKey,
                                            Interactions.Type channel) {
        String query = "select cast(e.submittedAt as LocalDate), count(e), sum(e.total), sum(e.total * e.total)"
                + " from Evaluation e where e.status = :status and " + Evaluation.notCalibration("e") + " and e.total is not null"
                + " and e.submittedAt >= :from and e.submittedAt < :to"
                + (agents == null ? "" : " and e.agent in :agents")
                + (scorecardKey == null ? "" : " and e.scorecardKey = :scorecard")
                + (channel == null ? "" : " and e.interactionType = :channel")
                + " group by cast(e.submittedAt as LocalDate) order by 1";
        var q = Evaluation.getEntityManager().createQuery(query, Object[].class);
        bindSlice(q, from, to, agents, scorecardKey, channel);
        return q.getResultList().stream().map(r -> new DailyScores((java.time.LocalDate) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue())).toList();
    }

    /** The parameters of a report's slice of submitted evaluations: span, agents, scorecard and channel (null: any). */
    private static void bindSlice(jakarta.persistence.Query q, Instant from, Instant to, List<String> agents,
                                  String scorecardKey, Interactions.Type channel) {
        q.setParameter("status", Evaluation.Status.SUBMITTED);
        bindSpan(q, from, to, agents, scorecardKey, channel);
    }

    /** The same without the status (loss rows exist for submitted evaluations only). */
    private static void bindSpan(jakarta.persistence.Query q, Instant from, Instant to, List<String> agents,
                                 String scorecardKey, Interactions.Type channel) {
        q.setParameter("from", from).setParameter("to", to);
        if (agents != null) {
            q.setParameter("agents", agents);
        }
        if (scorecardKey != null) {
            q.setParameter("scorecard", scorecardKey);
        }
        if (channel != null) {
            q.setParameter("channel", channel);
        }
    }

    /** How many submitted totals fall in each band of ten points (band 9 holds 90–100), and how many failed critically. */
    public record Distribution(long[] bands, long criticalFailures, long evaluations) {
    }

    /** The distribution of the totals submitted in [from, to) of the given agents (null: everyone's), aggregated in SQL. */
    @Transactional
    public Distribution distribution(Instant from, Instant to, List<String> agents, String scorecardKey,
                                     Interactions.Type channel) {
        long[] bands = new long[10];
        if (agents != null && agents.isEmpty()) {
            return new Distribution(bands, 0, 0);
        }
        long critical = 0;
        long evaluations = 0;
        for (Distribution part : weeks.over("distribution", from, to, agents, scorecardKey, channel,
                (a, b) -> distributionIn(a, b, agents, scorecardKey, channel), d -> 1)) {
            for (int i = 0; i < bands.length; i++) {
                bands[i] += part.bands()[i];
            }
            critical += part.criticalFailures();
            evaluations += part.evaluations();
        }
        return new Distribution(bands, critical, evaluations);
    }

    private Distribution distributionIn(Instant from, Instant to, List<String> agents, String scorecardKey,
                                        Interactions.Type channel) {
        long[] bands = new long[10];
        String where = " from Evaluation e where e.status = :status and " + Evaluation.notCalibration("e") + " and e.total is not null"
                + " and e.submittedAt >= :from and e.submittedAt < :to"
                + (agents == null ? "" : " and e.agent in :agents")
                + (scorecardKey == null ? "" : " and e.scorecardKey = :scorecard")
                + (channel == null ? "" : " and e.interactionType = :channel");
        String band = "case when e.total >= 90 then 9 else cast(floor(e.total / 10) as integer) end";
        // One pass: each band's count and critical failures (their sums are the period's).
        var query = Evaluation.getEntityManager().createQuery("select " + band + ", count(e), sum(case when"
                + " e.criticalFailure = true then 1 else 0 end)" + where + " group by " + band, Object[].class);
        bindSlice(query, from, to, agents, scorecardKey, channel);
        long critical = 0;
        long evaluations = 0;
        for (Object[] r : query.getResultList()) {
            long count = ((Number) r[1]).longValue();
            bands[Math.max(0, Math.min(9, ((Number) r[0]).intValue()))] += count;
            evaluations += count;
            critical += r[2] == null ? 0 : ((Number) r[2]).longValue();
        }
        return new Distribution(bands, critical, evaluations);
    }

    /** How many evaluations lost points on an item (per agent, or per day when asked by day). */
    public record ItemLosses(String agent, java.time.LocalDate day, String scorecardKey, String itemKey, long evaluations) {
    }

    /** How many evaluations there were, per agent or per day, of a scorecard: the denominators of {@link ItemLosses}. */
    public record Evaluated(String agent, java.time.LocalDate day, String scorecardKey, long evaluations) {
    }

    public record LossCounts(List<ItemLosses> losses, List<Evaluated> evaluated) {
    }

    /**
     * Aggregated in the database over the evaluations submitted in [from, to) (calibration scoring left out), of the
     * given agents (null: everyone's) and scorecard (null: any): per agent, or per day with {@code byDay}, how many
     * lost points on each item, and how many there were.
     */
    @Transactional
    public LossCounts itemLosses(Instant from, Instant to, List<String> agents, String scorecardKey,
                                 Interactions.Type channel, boolean byDay) {
        if (agents != null && agents.isEmpty()) {
            return new LossCounts(List.of(), List.of());
        }
        List<ItemLosses> losses = new ArrayList<>();
        List<Evaluated> evaluated = new ArrayList<>();
        for (LossCounts part : weeks.over(byDay ? "losses-by-day" : "losses-by-agent", from, to, agents, scorecardKey,
                channel, (a, b) -> itemLossesIn(a, b, agents, scorecardKey, channel, byDay),
                c -> c.losses().size() + c.evaluated().size())) {
            losses.addAll(part.losses());
            evaluated.addAll(part.evaluated());
        }
        return new LossCounts(losses, evaluated);
    }

    private LossCounts itemLossesIn(Instant from, Instant to, List<String> agents, String scorecardKey,
                                    Interactions.Type channel, boolean byDay) {
        String group = byDay ? "cast(e.submittedAt as LocalDate)" : "e.agent";
        String lossGroup = byDay ? "cast(l.submittedAt as LocalDate)" : "l.agent";
        String filters = (agents == null ? "" : " and %1$s.agent in :agents")
                + (scorecardKey == null ? "" : " and %1$s.scorecardKey = :scorecard")
                + (channel == null ? "" : " and %1$s.interactionType = :channel");
        // The losses from their own table, by the evaluation's columns copied there (see EvaluationItemLoss).
        var losses = Evaluation.getEntityManager().createQuery("select " + lossGroup + ", l.scorecardKey, l.itemKey,"
                + " count(l) from EvaluationItemLoss l where l.calibration = false and l.agent is not null"
                + " and l.submittedAt >= :from and l.submittedAt < :to" + filters.formatted("l")
                + " group by " + lossGroup + ", l.scorecardKey, l.itemKey", Object[].class);
        var counted = Evaluation.getEntityManager().createQuery("select " + group + ", e.scorecardKey, count(e)"
                + " from Evaluation e where e.status = :status and " + Evaluation.notCalibration("e")
                + " and e.agent is not null and e.submittedAt >= :from and e.submittedAt < :to" + filters.formatted("e")
                + " group by " + group + ", e.scorecardKey", Object[].class);
        bindSpan(losses, from, to, agents, scorecardKey, channel);
        bindSlice(counted, from, to, agents, scorecardKey, channel);
        return new LossCounts(losses.getResultList().stream().map(r -> new ItemLosses(byDay ? null : (String) r[0],
                        byDay ? (java.time.LocalDate) r[0] : null, (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList(),
                counted.getResultList().stream().map(r -> new Evaluated(byDay ? null : (String) r[0],
                        byDay ? (java.time.LocalDate) r[0] : null, (String) r[1], ((Number) r[2]).longValue())).toList());
    }

    /** One submitted evaluation as the KPIs count it (the drill-down behind an agent's QA figures). */
    public record CountedEvaluation(long id, String scorecardKey, Instant submittedAt, Double total,
                                    boolean criticalFailure, boolean attitudeClean, Double professionalScore,
                                    boolean amendedOnDispute) {
    }

    /** The agent's evaluations the month's KPIs count, oldest first. */
    @Transactional
    public List<CountedEvaluation> evaluationsOf(String agent, Instant from, Instant to) {
        List<Long> amended = Evaluation.getEntityManager().createQuery("select distinct d.evaluationId from Dispute d,"
                        + " Evaluation e where d.evaluationId = e.id and d.status = ?1 and e.agent = ?2", Long.class)
                .setParameter(1, Dispute.Status.AMENDED).setParameter(2, agent).getResultList();
        return Evaluation.<Evaluation>list("status = ?1 and " + Evaluation.notCalibration(null) + " and agent = ?2 and submittedAt >= ?3"
                        + " and submittedAt < ?4 order by submittedAt, id", Evaluation.Status.SUBMITTED, agent, from, to)
                .stream().map(e -> new CountedEvaluation(e.id, e.scorecardKey, e.submittedAt, e.total,
                        Boolean.TRUE.equals(e.criticalFailure), !Boolean.FALSE.equals(e.attitudeClean),
                        e.professionalScore, amended.contains(e.id)))
                .toList();
    }

    /**
     * Evaluations submitted before the KPI facts or the item losses existed get them, once, 500 per transaction (an
     * install upgraded with a year of evaluations is not read into memory at once). Facts already there are kept.
     */
    public int recordMissingFacts() {
        int done = 0;
        for (int batch; (batch = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(this::recordMissingFactsBatch)) > 0; ) {
            done += batch;
        }
        return done;
    }

    private int recordMissingFactsBatch() {
        // Lost points are recorded only after the facts (recordFacts), so "no lost points recorded" also finds every
        // evaluation without facts, through the index evaluations_missing_facts.
        List<Evaluation> missing = Evaluation.<Evaluation>find("itemLossesRecorded = false and status = ?1 order by id",
                Evaluation.Status.SUBMITTED).page(0, 500).list();
        for (Evaluation e : missing) {
            ScoringEngine.Result result = score(e, EvaluationJson.answers(e.answersJson), true);
            if (e.criticalFailure == null) {
                recordFacts(e, result);
            } else {
                recordLosses(e, result);
            }
        }
        return missing.size();
    }

    private void addRevision(Evaluation evaluation, String actor, String reason) {
        EvaluationRevision revision = new EvaluationRevision();
        revision.evaluationId = evaluation.id;
        revision.revision = evaluation.revision;
        revision.answersJson = evaluation.answersJson;
        revision.commentsJson = evaluation.commentsJson;
        revision.momentsJson = evaluation.momentsJson;
        revision.total = evaluation.total;
        revision.createdBy = actor;
        revision.createdAt = clock.instant();
        revision.reason = reason;
        revision.persist();
    }

    private ScoringEngine.Result score(Evaluation evaluation, Map<String, Object> answers, boolean partial) {
        return scorecards.score(evaluation.scorecardKey, evaluation.scorecardVersion, answers, partial);
    }

    /** The answers as the engine read them, so stored answers are always canonical ("8", "yes", "NA"). */
    private static Map<String, Object> canonical(ScoringEngine.Result result) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        result.sections().forEach(s -> s.items().forEach(i -> {
            if (i.answer() != null) {
                canonical.put(i.key(), i.answer());
            }
        }));
        return canonical;
    }

    /** Every item answered below its maximum needs a comment if its scorecard says so. */
    private static void requireComments(Scorecard card, ScoringEngine.Result result, Map<String, String> comments) {
        FieldErrors errors = new FieldErrors();
        result.sections().forEach(s -> s.items().forEach(i -> {
            Scorecard.Item item = card.item(i.key()).orElseThrow();
            if (item.commentRequiredBelowMax() && i.applicable() && i.points() < i.possiblePoints()
                    && blank(comments.get(i.key()))) {
                errors.add("comments." + i.key(), m -> EvaluationProblems.bundle(m.langCode())
                        .evCommentRequired(item.names().in(m.langCode())));
            }
        }));
        errors.throwIfAny();
    }

    private static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        if (changes != null) {
            changes.forEach((key, value) -> {
                if (value == null || value instanceof String s && s.isBlank()) {
                    merged.remove(key);
                } else {
                    merged.put(key, value);
                }
            });
        }
        return merged;
    }

    private static Map<String, String> mergeComments(Scorecard card, Map<String, String> current,
                                                     Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(current);
        if (changes == null) {
            return merged;
        }
        FieldErrors errors = new FieldErrors();
        changes.forEach((key, value) -> {
            if (card.item(key).isEmpty()) {
                errors.add("comments." + key, text(e -> e.evUnknownItem(key)));
            } else if (value == null || value.isBlank()) {
                merged.remove(key);
            } else if (value.length() > MAX_COMMENT) {
                errors.add("comments." + key, text(e -> e.evTooLong(MAX_COMMENT)));
            } else {
                merged.put(key, value.trim());
            }
        });
        errors.throwIfAny();
        return merged;
    }

    /** A JSON value that fits its column, else a 400 at the field (nothing is saved). */
    private String fitting(String field, String json) {
        if (json.length() > MAX_STORED_CHARS) {
            throw Problem.invalid(Map.of(field, text(e -> e.evTooMuchInTotal(MAX_STORED_CHARS))));
        }
        return json;
    }

    private List<Moment> checkMoments(List<Moment> moments, Evaluation evaluation) {
        FieldErrors errors = new FieldErrors();
        errors.check(evaluation.interactionType != Interactions.Type.TICKET || moments.isEmpty(), "moments",
                text(e -> e.evMomentsOnlyCalls()));
        errors.check(moments.size() <= MAX_MOMENTS, "moments", text(e -> e.evTooMany(MAX_MOMENTS)));
        boolean chat = evaluation.interactionType == Interactions.Type.CHAT;
        List<Double> messageOffsets = chat && !moments.isEmpty()
                ? interactions.messageOffsets(evaluation.interactionId) : List.of();
        Double duration = chat ? null : interactions.get(evaluation.interactionType, evaluation.interactionId)
                .map(Interactions.Ref::durationSeconds).orElse(null);
        List<Moment> clean = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Moment moment = moments.get(i);
            String field = "moments[" + i + "]";
            if (moment == null || blank(moment.text())) {
                errors.add(field, text(e -> e.evMomentTextRequired()));
                continue;
            }
            errors.check(moment.text().length() <= MAX_COMMENT, field, text(e -> e.evTooLong(MAX_COMMENT)));
            if (chat) {
                Integer message = moment.message();
                int count = messageOffsets.size();
                if (message == null || message < 1 || message > count) {
                    errors.add(field, text(e -> e.evMomentMessage(count)));
                    continue;
                }
                clean.add(new Moment(messageOffsets.get(message - 1), moment.text().trim(), message));
                continue;
            }
            if (moment.at() < 0 || duration != null && moment.at() > duration + 0.5 || Double.isNaN(moment.at())) {
                errors.add(field, text(e -> e.evMomentOutside(moment.at())));
                continue;
            }
            clean.add(new Moment(Math.round(moment.at() * 100) / 100.0, moment.text().trim(), null));
        }
        errors.throwIfAny();
        clean.sort((a, b) -> a.message() != null && b.message() != null ? Integer.compare(a.message(), b.message())
                : Double.compare(a.at(), b.at()));
        return clean;
    }

    private Evaluation ownDraft(long id, UserView actor) {
        Evaluation evaluation = visible(id, actor);
        if (!evaluation.evaluator.equals(actor.username())) {
            throw Problem.forbidden(text(e -> e.evEvaluatorOnly()));
        }
        if (evaluation.status != Evaluation.Status.DRAFT) {
            throw Problem.conflict(text(e -> e.evSubmittedImmutable(id)));
        }
        return evaluation;
    }

    /** The evaluated agent's own submitted evaluation (acknowledging and disputing are theirs alone). */
    /**
     * The evaluation re-read under a row lock: parallel requests that change its state (two submits, two
     * acknowledgements, a dispute racing an acknowledgement) are taken one after the other, and the later one
     * sees what the first did (so it is a 409, never a second audit row).
     */
    private static Evaluation locked(Evaluation evaluation) {
        Evaluation.getEntityManager().refresh(evaluation, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return evaluation;
    }

    private Evaluation agentsOwn(long id, UserView actor) {
        Evaluation evaluation = visible(id, actor);
        if (evaluation.calibrationId != null || !actor.username().equals(evaluation.agent)) {
            throw Problem.forbidden(text(e -> e.evAgentOnly()));
        }
        if (evaluation.status != Evaluation.Status.SUBMITTED) {
            throw Problem.conflict(text(e -> e.evNotSubmitted(id)));
        }
        return evaluation;
    }

    private Instant deadline(Evaluation evaluation) {
        return evaluation.submittedAt.plus(config.disputeWindow());
    }

    private Interactions.Ref interaction(StartRequest request) {
        FieldErrors errors = new FieldErrors();
        Interactions.Type type = null;
        if (request == null) {
            throw Problem.badRequest(text(e -> e.evBodyRequired()));
        }
        try {
            type = request.interactionType() == null ? null : Interactions.Type.valueOf(request.interactionType().trim());
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        errors.check(type != null, "interactionType", text(e -> e.evInteractionType()));
        errors.check(!blank(request.interactionId()), "interactionId", text(e -> e.evInteractionIdRequired()));
        errors.throwIfAny();
        Interactions.Type found = type;
        return interactions.find(type, request.interactionId()).orElseThrow(() -> Problem.notFound(
                text(e -> e.evInteractionNotFound(found.name(), request.interactionId()))));
    }

    private ScorecardService.VersionView publishedVersion(String key) {
        try {
            return scorecards.latestPublished(key);
        } catch (Problem notFound) {
            throw Problem.invalid(Map.of("scorecardKey", text(e -> e.evScorecardNotFound(key))));
        }
    }

    private List<EvaluationSummary> summaries(List<Evaluation> evaluations) {
        Map<Interactions.Type, List<Long>> ids = new LinkedHashMap<>();
        evaluations.forEach(e -> ids.computeIfAbsent(e.interactionType, t -> new ArrayList<>()).add(e.interactionId));
        Map<Interactions.Type, Map<Long, Interactions.Ref>> refs = new LinkedHashMap<>();
        ids.forEach((type, list) -> refs.put(type, interactions.get(type, list)));
        Map<Long, Dispute.Status> disputes = new LinkedHashMap<>();
        if (!evaluations.isEmpty()) {
            // Disputes are few: the ones between the lowest and highest id, filtered here, cost less than an IN list
            // of a thousand parameters (an export's page).
            java.util.LongSummaryStatistics span = evaluations.stream().mapToLong(e -> e.id).summaryStatistics();
            Dispute.<Dispute>list("evaluationId between ?1 and ?2", span.getMin(), span.getMax())
                    .forEach(d -> disputes.put(d.evaluationId, d.status));
        }
        return evaluations.stream().map(e -> {
            Interactions.Ref ref = refs.get(e.interactionType).get(e.interactionId);
            return new EvaluationSummary(e.id, e.interactionType, e.interactionId, ref == null ? null : ref.label(),
                    e.agent, e.scorecardKey, e.scorecardVersion, e.evaluator, e.status, e.revision, e.total,
                    e.updatedAt, e.submittedAt, e.acknowledgedAt, disputes.get(e.id));
        }).toList();
    }

    private static DisputeView view(Dispute d) {
        return new DisputeView(d.id, d.evaluationId, EvaluationJson.items(d.itemsJson), d.reason, d.raisedBy,
                d.raisedAt, d.status, d.resolvedBy, d.resolvedAt, d.resolutionReason, d.revisionAfter);
    }

    /** A total as the notification shows it: 92, 78.57, or a dash when nothing applied. */
    private static String shown(Double total) {
        return total == null ? "–" : Scorecard.points(total);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
