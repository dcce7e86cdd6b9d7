package io.zhijian.evaluation;

import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.Interactions;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Problem;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import io.zhijian.scorecard.ScoringEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.zhijian.evaluation.EvaluationProblems.text;

/**
 * Calibration sessions: inspectors score one interaction blind; once all have submitted (or the
 * session is closed) everyone's answers, the score spread, deviations from the reference and the
 * session's agreement are shown.
 */
@ApplicationScoped
public class CalibrationService {

    @Inject
    AgentVisibility visibility;

    @Inject
    Clock clock;

    public record CreateRequest(String interactionType, String interactionId, String scorecardKey,
                                List<String> inspectors, String reference, String title) {
    }

    public record CalibrationSummary(long id, String title, Interactions.Type interactionType, long interactionId,
                                     String interactionLabel, String scorecardKey, int scorecardVersion,
                                     Calibration.Status status, List<String> members, String reference,
                                     int submitted, boolean revealed, String createdBy, Instant createdAt) {
    }

    public record Member(String username, boolean reference, boolean submitted, Long evaluationId, Double total,
                         Double scoreDeviation, Integer itemsMatchingReference, Integer itemsCompared) {
    }

    public record ItemAnswers(String itemKey, Scorecard.Text names, Map<String, Object> answers,
                              Object referenceAnswer, boolean unanimous) {
    }

    public record Spread(Double min, Double max, Double mean, Double standardDeviation, Double range) {
    }

    public record Agreement(int raters, int items, Double percentAgreement, Double fleissKappa,
                            Double krippendorffAlpha) {
    }

    /** Before the session is revealed only {@code members[].submitted} is filled in. */
    public record Results(CalibrationSummary session, boolean revealed, List<Member> members,
                          List<ItemAnswers> items, Spread spread, Agreement agreement) {
    }

    /** One inspector in one revealed session: agreement with the reference, or with the others' consensus. */
    public record TrendPoint(long calibrationId, String title, Instant at, String basis, Double agreement,
                             Double scoreDeviation) {
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    ScorecardService scorecards;

    @Inject
    Interactions interactions;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @Transactional
    public CalibrationSummary create(CreateRequest request, UserView actor) {
        if (request == null) {
            throw Problem.badRequest(text(e -> e.evBodyRequired()));
        }
        FieldErrors errors = new FieldErrors();
        Set<String> inspectors = new LinkedHashSet<>();
        if (request.inspectors() != null) {
            request.inspectors().stream().filter(u -> u != null && !u.isBlank()).map(String::trim)
                    .forEach(inspectors::add);
        }
        String reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().trim();
        if (reference != null) {
            inspectors.remove(reference);
        }
        errors.check(inspectors.size() >= 2, "inspectors", text(e -> e.calInspectorsRequired()));
        for (String username : inspectors) {
            errors.check(canScore(username), "inspectors", text(e -> e.calNotInspector(username)));
        }
        errors.check(reference == null || canScore(reference), "reference", text(e -> e.calNotInspector(reference)));
        errors.check(request.title() == null || request.title().length() <= 200, "title", text(e -> e.evTooLong(200)));
        String key = request.scorecardKey() == null ? "" : request.scorecardKey().trim();
        errors.check(!key.isEmpty(), "scorecardKey", text(e -> e.evScorecardRequired()));
        errors.throwIfAny();
        Interactions.Ref interaction = interactions.find(type(request.interactionType()), request.interactionId())
                .orElseThrow(() -> Problem.notFound(text(e -> e.evInteractionNotFound(request.interactionType(),
                        String.valueOf(request.interactionId())))));

        Calibration calibration = new Calibration();
        calibration.interactionType = interaction.type();
        calibration.interactionId = interaction.id();
        calibration.agent = interaction.agent();
        calibration.scorecardKey = key;
        calibration.title = request.title() == null || request.title().isBlank() ? null : request.title().trim();
        calibration.referenceUser = reference;
        calibration.status = Calibration.Status.OPEN;
        calibration.createdBy = actor.username();
        calibration.createdAt = clock.instant();
        calibration.members.addAll(inspectors);
        if (reference != null) {
            calibration.members.add(reference);
        }
        // Pinned now, so every member scores the same version even if a new one is published meanwhile.
        calibration.scorecardVersion = evaluations.applicableVersion(interaction, key);
        calibration.persist();
        audit.record(actor.username(), "CALIBRATION_CREATED", "calibration", String.valueOf(calibration.id), null,
                Map.of("members", calibration.members, "reference", String.valueOf(reference),
                        "interaction", interaction.type() + "/" + interaction.id(),
                        "scorecard", key + "/v" + calibration.scorecardVersion));
        return summary(calibration, List.of());
    }

    /** The caller's own evaluation in the session, created on first use. */
    @Transactional
    public EvaluationService.Started evaluation(long id, UserView actor) {
        Calibration calibration = find(id);
        if (!calibration.members.contains(actor.username())) {
            throw Problem.forbidden(text(e -> e.calNotMember(id)));
        }
        Optional<Evaluation> existing = Evaluation.ofCalibration(id, actor.username());
        if (existing.isPresent()) {
            return new EvaluationService.Started(false, evaluations.view(existing.get()));
        }
        if (calibration.status == Calibration.Status.CLOSED) {
            throw Problem.conflict(text(e -> e.calClosed(id)));
        }
        Interactions.Ref interaction = interactions.get(calibration.interactionType, calibration.interactionId)
                .orElseThrow(() -> Problem.notFound(text(e -> e.evInteractionNotFound(
                        calibration.interactionType.name(), String.valueOf(calibration.interactionId)))));
        Evaluation evaluation = evaluations.create(interaction, calibration.scorecardKey, calibration.scorecardVersion,
                actor.username(), id);
        return new EvaluationService.Started(true, evaluations.view(evaluation));
    }

    @Transactional
    public CalibrationSummary close(long id, UserView actor) {
        Calibration calibration = find(id);
        if (calibration.status == Calibration.Status.CLOSED) {
            throw Problem.conflict(text(e -> e.calClosed(id)));
        }
        calibration.status = Calibration.Status.CLOSED;
        calibration.closedAt = clock.instant();
        audit.record(actor.username(), "CALIBRATION_CLOSED", "calibration", String.valueOf(id), null, null);
        return summary(calibration, Evaluation.ofCalibration(id));
    }

    @Transactional
    public List<CalibrationSummary> list(UserView viewer) {
        return Calibration.newestFirst(200).stream()
                .filter(c -> visibility.seesEveryone(viewer) || c.members.contains(viewer.username()))
                .map(c -> summary(c, Evaluation.ofCalibration(c.id))).toList();
    }

    @Transactional
    public Results results(long id, UserView viewer) {
        Calibration calibration = find(id);
        if (!visibility.seesEveryone(viewer) && !calibration.members.contains(viewer.username())) {
            throw Problem.forbidden(text(e -> e.calNotMember(id)));
        }
        List<Evaluation> all = Evaluation.ofCalibration(id);
        boolean revealed = revealed(calibration, all);
        Map<String, Evaluation> submitted = all.stream().filter(e -> e.status == Evaluation.Status.SUBMITTED)
                .collect(Collectors.toMap(e -> e.evaluator, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        CalibrationSummary summary = summary(calibration, all);
        if (!revealed) {
            List<Member> members = calibration.members.stream().sorted().map(u -> new Member(u,
                    u.equals(calibration.referenceUser), submitted.containsKey(u), null, null, null, null, null))
                    .toList();
            return new Results(summary, false, members, List.of(), null, null);
        }
        Scorecard card = scorecards.definition(calibration.scorecardKey, calibration.scorecardVersion);
        Map<String, ScoringEngine.Result> results = new LinkedHashMap<>();
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        submitted.forEach((user, evaluation) -> {
            Map<String, Object> given = EvaluationJson.answers(evaluation.answersJson);
            answers.put(user, given);
            results.put(user, ScoringEngine.score(card, given, true));
        });
        List<String> raters = new ArrayList<>(submitted.keySet());
        String reference = calibration.referenceUser != null && submitted.containsKey(calibration.referenceUser)
                ? calibration.referenceUser : null;

        List<ItemAnswers> items = new ArrayList<>();
        List<List<String>> categories = new ArrayList<>();
        List<List<Double>> ordinal = new ArrayList<>();
        for (Scorecard.Item item : card.items()) {
            Map<String, Object> byUser = new LinkedHashMap<>();
            List<String> row = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (String user : raters) {
                Object answer = answers.get(user).get(item.key());
                byUser.put(user, EvaluationJson.typed(answer == null ? null : String.valueOf(answer)));
                row.add(answer == null ? "" : String.valueOf(answer));
                values.add(points(results.get(user), item.key()));
            }
            categories.add(row);
            ordinal.add(values);
            items.add(new ItemAnswers(item.key(), item.names(), byUser,
                    reference == null ? null : byUser.get(reference), row.stream().distinct().count() <= 1));
        }

        List<Double> totals = raters.stream().map(u -> results.get(u).total()).filter(t -> t != null).toList();
        Double referenceTotal = reference == null ? null : results.get(reference).total();
        List<Member> members = new ArrayList<>();
        for (String user : calibration.members.stream().sorted().toList()) {
            Evaluation evaluation = submitted.get(user);
            if (evaluation == null) {
                members.add(new Member(user, user.equals(calibration.referenceUser), false, null, null, null, null,
                        null));
                continue;
            }
            Double total = results.get(user).total();
            Double deviation = reference == null || total == null || referenceTotal == null ? null
                    : round(total - referenceTotal);
            Integer matching = null;
            Integer compared = null;
            if (reference != null && !user.equals(reference)) {
                int m = 0;
                for (List<String> row : categories) {
                    if (row.get(raters.indexOf(user)).equals(row.get(raters.indexOf(reference)))) {
                        m++;
                    }
                }
                matching = m;
                compared = categories.size();
            }
            members.add(new Member(user, user.equals(calibration.referenceUser), true, evaluation.id, total, deviation,
                    matching, compared));
        }
        Agreement agreement = new Agreement(raters.size(), categories.size(), round(io.zhijian.evaluation.Agreement
                .percentAgreement(categories)), raters.size() < 2 ? null : round(io.zhijian.evaluation.Agreement
                .fleissKappa(categories)), round(io.zhijian.evaluation.Agreement.krippendorffAlpha(ordinal,
                io.zhijian.evaluation.Agreement.Metric.ORDINAL)));
        return new Results(summary, true, members, items, spread(totals), agreement);
    }

    /** An inspector's agreement over the revealed sessions they scored, oldest first. */
    @Transactional
    public List<TrendPoint> trend(String username, UserView viewer) {
        if (!visibility.seesEveryone(viewer) && !viewer.username().equals(username)) {
            throw Problem.forbidden(text(e -> e.evNotYourAgent(username)));
        }
        users.find(username).orElseThrow(() -> Problem.notFound(text(e -> e.evUserNotFound(username))));
        List<TrendPoint> points = new ArrayList<>();
        for (Calibration calibration : Calibration.withMember(username)) {
            List<Evaluation> all = Evaluation.ofCalibration(calibration.id);
            if (!revealed(calibration, all)) {
                continue;
            }
            Map<String, Map<String, Object>> answers = new HashMap<>();
            Map<String, Double> totals = new HashMap<>();
            all.stream().filter(e -> e.status == Evaluation.Status.SUBMITTED).forEach(e -> {
                answers.put(e.evaluator, EvaluationJson.answers(e.answersJson));
                totals.put(e.evaluator, e.total);
            });
            Map<String, Object> own = answers.get(username);
            if (own == null || answers.size() < 2) {
                continue;
            }
            boolean byReference = calibration.referenceUser != null && !calibration.referenceUser.equals(username)
                    && answers.containsKey(calibration.referenceUser);
            Scorecard card = scorecards.definition(calibration.scorecardKey, calibration.scorecardVersion);
            int matching = 0;
            int compared = 0;
            for (Scorecard.Item item : card.items()) {
                Object mine = own.get(item.key());
                Object expected = byReference ? answers.get(calibration.referenceUser).get(item.key())
                        : consensus(answers, username, item.key());
                if (expected != null) {
                    compared++;
                    if (String.valueOf(expected).equals(String.valueOf(mine))) {
                        matching++;
                    }
                }
            }
            Double deviation = null;
            if (totals.get(username) != null) {
                List<Double> others = byReference ? List.of(totals.getOrDefault(calibration.referenceUser, Double.NaN))
                        : totals.entrySet().stream().filter(t -> !t.getKey().equals(username) && t.getValue() != null)
                        .map(Map.Entry::getValue).toList();
                double mean = others.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                deviation = Double.isNaN(mean) ? null : round(totals.get(username) - mean);
            }
            points.add(new TrendPoint(calibration.id, calibration.title, calibration.createdAt,
                    byReference ? "REFERENCE" : "CONSENSUS", compared == 0 ? null : round((double) matching / compared),
                    deviation));
        }
        return points;
    }

    /** Answers are shown once every member has submitted, or when the session is closed. */
    static boolean revealed(Calibration calibration, List<Evaluation> evaluations) {
        if (calibration.status == Calibration.Status.CLOSED) {
            return true;
        }
        Set<String> submitted = evaluations.stream().filter(e -> e.status == Evaluation.Status.SUBMITTED)
                .map(e -> e.evaluator).collect(Collectors.toSet());
        return submitted.containsAll(calibration.members);
    }

    private CalibrationSummary summary(Calibration c, List<Evaluation> evaluations) {
        String label = interactions.get(c.interactionType, c.interactionId).map(Interactions.Ref::label).orElse(null);
        int submitted = (int) evaluations.stream().filter(e -> e.status == Evaluation.Status.SUBMITTED).count();
        return new CalibrationSummary(c.id, c.title, c.interactionType, c.interactionId, label, c.scorecardKey,
                c.scorecardVersion, c.status, c.members.stream().sorted().toList(), c.referenceUser, submitted,
                revealed(c, evaluations), c.createdBy, c.createdAt);
    }

    /** The most frequent answer of the other raters (ties: the smallest, so it is stable). */
    private static Object consensus(Map<String, Map<String, Object>> answers, String except, String item) {
        Map<String, Long> counts = answers.entrySet().stream().filter(a -> !a.getKey().equals(except))
                .map(a -> a.getValue().get(item)).filter(v -> v != null).map(String::valueOf)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }

    private static Double points(ScoringEngine.Result result, String itemKey) {
        for (ScoringEngine.SectionResult section : result.sections()) {
            for (ScoringEngine.ItemResult item : section.items()) {
                if (item.key().equals(itemKey)) {
                    return item.applicable() ? item.points() : null;
                }
            }
        }
        return null;
    }

    private static Spread spread(List<Double> totals) {
        if (totals.isEmpty()) {
            return new Spread(null, null, null, null, null);
        }
        double min = totals.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = totals.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double mean = totals.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = totals.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / totals.size();
        return new Spread(min, max, twoDecimals(mean), twoDecimals(Math.sqrt(variance)), twoDecimals(max - min));
    }

    private boolean canScore(String username) {
        return users.find(username).filter(UserView::active).map(u -> u.roles().contains(Role.QA)
                || u.roles().contains(Role.ADMIN) || u.roles().contains(Role.LEAD) || u.roles().contains(Role.TRAINER))
                .orElse(false);
    }

    private static Interactions.Type type(String text) {
        try {
            return Interactions.Type.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(Map.of("interactionType", text(m -> m.evInteractionType())));
        }
    }

    private Calibration find(long id) {
        return Calibration.byId(id).orElseThrow(() -> Problem.notFound(text(e -> e.calNotFound(id))));
    }

    private static double twoDecimals(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10000.0) / 10000.0;
    }
}
