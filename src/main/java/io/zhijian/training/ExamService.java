package io.zhijian.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Exams and attempts. The server's clock rules: the deadline is fixed at the start, answers after
 * it are refused, and expired attempts are submitted by {@link #submitExpired()} even when no
 * browser is left. Every answer is written the moment it is given.
 */
@ApplicationScoped
public class ExamService {

    @Inject
    Clock clock;

    public enum Grading { HIGHEST, LAST }

    /** How much of a submitted attempt its trainee may see; each level includes the ones before. */
    public enum Review { NONE, SCORE, RESPONSES, ANSWERS }

    /** A blueprint section: draw {@code count} from a bank (filtered), or fixed {@code questions} (ids). */
    public record Section(String bank, String category, String tag, Integer difficulty, Integer count,
                          List<Long> questions, Double marks) {
    }

    public record Assign(List<String> users, List<String> teams) {
    }

    public record ExamRequest(String title, String description, Integer timeLimitMinutes, Integer timeLimitSeconds,
                              Instant opensAt, Instant closesAt, Integer attemptsAllowed, Grading gradingMethod,
                              Double passPercent, Integer certificateValidDays, List<Section> sections,
                              Assign assignTo, Review reviewAfterSubmit, Review reviewAfterClose) {
    }

    /** One question of a reviewed attempt; fields the policy does not allow are null. */
    public record ReviewSlot(int slot, QuestionType type, String text, double marks, Object response,
                             String responseText, Double awarded, List<String> rightAnswers, String generalFeedback) {
    }

    public record ReviewView(long attemptId, Review shown, Double score, Double maxScore, Boolean passed,
                             List<ReviewSlot> questions) {
    }

    public record ExamView(long id, String title, String description, int timeLimitSeconds, Instant opensAt,
                           Instant closesAt, int attemptsAllowed, Grading gradingMethod, double passPercent,
                           int certificateValidDays, Review reviewAfterSubmit, Review reviewAfterClose,
                           List<Section> sections, Set<String> assignees) {
    }

    /** What the trainee's browser gets: never an answer key or a weight. */
    public record Choice(int id, String text) {
    }

    public record SlotView(int slot, QuestionType type, String text, String textAfter, double marks,
                           List<Choice> choices, List<String> left, List<String> right, Object response) {
    }

    public record AttemptView(long attemptId, long examId, String examTitle, int number, Attempt.Status status,
                              Instant deadline, long remainingSeconds, boolean resumed, List<SlotView> questions) {
    }

    public record Saved(long attemptId, int slot, Instant savedAt) {
    }

    public record Outcome(long attemptId, Attempt.Status status, double score, double maxScore, double percent,
                          boolean passed, boolean pendingGrading, String certificate) {
    }

    public record CertificateView(String code, boolean valid, String holder, String exam, double scorePercent,
                                  Instant issuedAt, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Ten years: certifications are renewed long before. */
    static final int MAX_CERTIFICATE_DAYS = 3650;
    private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {
    };

    @Inject
    QuestionBankService banks;

    @Inject
    UserService users;

    @Inject
    TeamService teams;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    io.zhijian.platform.PlatformConfig platform;

    private volatile ChoiceIds choiceIds;

    private ChoiceIds choiceIds() {
        if (choiceIds == null) {
            choiceIds = new ChoiceIds(platform.sessionKey());
        }
        return choiceIds;
    }

    @Transactional
    public ExamView create(ExamRequest request, String actor) {
        Exam exam = new Exam();
        settings(exam, request);
        exam.createdBy = actor;
        exam.createdAt = clock.instant();
        exam.persist();
        audit.record(actor, "EXAM_CREATED", "exam", String.valueOf(exam.id), null, Map.of("title", exam.title));
        return view(exam);
    }

    /**
     * Changes an exam's settings, sections and assignees — only before anyone has started it: once an attempt exists,
     * its questions and rules are what that trainee was given (409).
     */
    @Transactional
    public ExamView update(long id, ExamRequest request, String actor) {
        Exam exam = Exam.<Exam>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.exNotFound(id))));
        if (Attempt.count("exam", exam) > 0) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exStarted));
        }
        String before = exam.title;
        settings(exam, request);
        audit.record(actor, "EXAM_UPDATED", "exam", String.valueOf(exam.id), Map.of("title", before),
                Map.of("title", exam.title));
        return view(exam);
    }

    /** Validates the request (400 naming every wrong field, nothing changed) and sets it on the exam. */
    private void settings(Exam exam, ExamRequest request) {
        if (request == null) {
            throw Problem.badRequest(AppMessages::errBodyRequired);
        }
        FieldErrors errors = new FieldErrors();
        errors.check(request.title() != null && !request.title().isBlank() && request.title().length() <= 200,
                "title", TrainingTexts.text(ExamMessages::exTitle));
        int seconds = request.timeLimitSeconds() != null ? request.timeLimitSeconds()
                : request.timeLimitMinutes() != null ? request.timeLimitMinutes() * 60 : 0;
        errors.check(seconds >= 1 && seconds <= 24 * 3600, "timeLimitMinutes", TrainingTexts.text(ExamMessages::exTimeLimit));
        int attempts = request.attemptsAllowed() == null ? 1 : request.attemptsAllowed();
        errors.check(attempts >= 1 && attempts <= 100, "attemptsAllowed", TrainingTexts.text(ExamMessages::exAttempts));
        double pass = request.passPercent() == null ? 60 : request.passPercent();
        // A pass mark of 0 % passes every attempt, blank ones included: that is a slip, not a rule.
        errors.check(pass > 0 && pass <= 100, "passPercent", TrainingTexts.text(ExamMessages::exPassPercent));
        errors.check(DateTimes.plausible(request.opensAt()), "opensAt", TrainingTexts.text(m -> m.errImplausibleDate(DateTimes.FIRST_YEAR, DateTimes.LAST_YEAR)));
        errors.check(DateTimes.plausible(request.closesAt()), "closesAt", TrainingTexts.text(m -> m.errImplausibleDate(DateTimes.FIRST_YEAR, DateTimes.LAST_YEAR)));
        errors.check(request.certificateValidDays() == null || request.certificateValidDays() >= 1
                && request.certificateValidDays() <= MAX_CERTIFICATE_DAYS, "certificateValidDays", TrainingTexts.text(m -> m.exCertificateDays(MAX_CERTIFICATE_DAYS)));
        errors.check(request.opensAt() == null || request.closesAt() == null
                || request.opensAt().isBefore(request.closesAt()), "closesAt", TrainingTexts.text(ExamMessages::exWindow));
        List<Section> sections = request.sections() == null ? List.of() : request.sections();
        errors.check(!sections.isEmpty(), "sections", TrainingTexts.text(ExamMessages::exSections));
        for (int s = 0; s < sections.size(); s++) {
            checkSection(sections.get(s), s, errors);
        }
        Set<String> assignees = new java.util.LinkedHashSet<>();
        Assign assign = request.assignTo() == null ? new Assign(List.of(), List.of()) : request.assignTo();
        for (String user : assign.users() == null ? List.<String>of() : assign.users()) {
            errors.check(users.find(user).isPresent(), "assignTo.users", m -> m.errUserNotFound(user));
            assignees.add("user:" + user);
        }
        for (String team : assign.teams() == null ? List.<String>of() : assign.teams()) {
            errors.check(teams.list().stream().anyMatch(t -> t.name().equals(team)), "assignTo.teams",
                    m -> m.errTeamNotFound(team));
            assignees.add("team:" + team);
        }
        errors.throwIfAny();
        exam.title = request.title().trim();
        exam.description = request.description();
        exam.timeLimitSeconds = seconds;
        exam.opensAt = request.opensAt();
        exam.closesAt = request.closesAt();
        exam.attemptsAllowed = attempts;
        exam.gradingMethod = (request.gradingMethod() == null ? Grading.HIGHEST : request.gradingMethod()).name();
        exam.passPercent = pass;
        exam.certificateDays = request.certificateValidDays() == null ? 365 : request.certificateValidDays();
        exam.reviewAfterSubmit = (request.reviewAfterSubmit() == null ? Review.SCORE : request.reviewAfterSubmit()).name();
        exam.reviewAfterClose = (request.reviewAfterClose() == null ? Review.ANSWERS : request.reviewAfterClose()).name();
        exam.blueprint = write(sections);
        exam.assignees = assignees;
    }

    /** Creates the exam unless one with its title exists; assignees that do not exist are dropped. */
    @Transactional
    public boolean createIfAbsent(ExamRequest request, String actor) {
        if (Exam.count("title", request.title()) > 0) {
            return false;
        }
        Assign assign = request.assignTo() == null ? new Assign(List.of(), List.of()) : request.assignTo();
        List<String> existingUsers = (assign.users() == null ? List.<String>of() : assign.users()).stream()
                .filter(u -> users.find(u).isPresent()).toList();
        List<String> existingTeams = (assign.teams() == null ? List.<String>of() : assign.teams()).stream()
                .filter(t -> teams.list().stream().anyMatch(team -> team.name().equals(t))).toList();
        create(new ExamRequest(request.title(), request.description(), request.timeLimitMinutes(),
                request.timeLimitSeconds(), request.opensAt(), request.closesAt(), request.attemptsAllowed(),
                request.gradingMethod(), request.passPercent(), request.certificateValidDays(), request.sections(),
                new Assign(existingUsers, existingTeams), request.reviewAfterSubmit(), request.reviewAfterClose()),
                actor);
        return true;
    }

    @Transactional
    public ExamView exam(long id) {
        return view(load(id));
    }

    @Transactional
    public List<ExamView> assignedTo(String username) {
        UserView user = users.find(username).orElseThrow();
        return Exam.<Exam>listAll().stream().filter(e -> assigned(e, user)).map(this::view).toList();
    }

    /** Starts an attempt, or returns the one already in progress (a reload resumes). */
    @Transactional
    public AttemptView start(long examId, String username) {
        Exam exam = load(examId);
        UserView user = users.find(username).orElseThrow();
        if (!assigned(exam, user)) {
            throw Problem.forbidden(TrainingTexts.text(ExamMessages::exNotAssigned));
        }
        List<Attempt> previous = Attempt.of(exam, username);
        Instant now = clock.instant();
        var open = previous.stream().filter(a -> a.status == Attempt.Status.IN_PROGRESS).findFirst();
        if (open.isPresent() && Attempt.takesAnswers(open.get().status, open.get().deadline, now)) {
            return view(open.get(), true);
        }
        if (open.isPresent()) {
            try {
                finish(open.get(), Attempt.Status.AUTO_SUBMITTED);
            } catch (Problem submittedMeanwhile) {
                // the deadline job or another tab submitted it first
            }
        }
        if (exam.opensAt != null && now.isBefore(exam.opensAt) || exam.closesAt != null && !now.isBefore(exam.closesAt)) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exClosed));
        }
        if (previous.size() >= exam.attemptsAllowed) {
            throw Problem.conflict(TrainingTexts.text(m -> m.exNoAttemptsLeft(exam.attemptsAllowed)));
        }
        Attempt attempt = new Attempt();
        attempt.exam = exam;
        attempt.username = username;
        attempt.number = previous.size() + 1;
        attempt.status = Attempt.Status.IN_PROGRESS;
        attempt.seed = RANDOM.nextLong();
        attempt.startedAt = now;
        Instant deadline = now.plusSeconds(exam.timeLimitSeconds);
        attempt.deadline = exam.closesAt != null && exam.closesAt.isBefore(deadline) ? exam.closesAt : deadline;
        attempt.persist();
        // The new slots are in memory already: the view needs no query for them.
        return view(attempt, false, draw(exam, attempt, previous));
    }

    /** What the trainee may see of a submitted attempt, as the exam's review policy allows now. */
    @Transactional
    public ReviewView review(long attemptId, String username) {
        Attempt attempt = owned(attemptId, username);
        if (attempt.status == Attempt.Status.IN_PROGRESS) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exReviewAfterSubmit));
        }
        Exam exam = attempt.exam;
        boolean closed = exam.closesAt != null && !clock.instant().isBefore(exam.closesAt);
        Review shown = Review.valueOf(closed ? exam.reviewAfterClose : exam.reviewAfterSubmit);
        boolean score = shown.compareTo(Review.SCORE) >= 0;
        boolean responses = shown.compareTo(Review.RESPONSES) >= 0;
        boolean answers = shown == Review.ANSWERS;
        List<ReviewSlot> slots = new ArrayList<>();
        if (responses) {
            for (AttemptSlot slot : AttemptSlot.of(attempt.id)) {
                Question q = banks.parsed(slot.questionId);
                Object response = read(slot.response);
                slots.add(new ReviewSlot(slot.key.slot, q.type(), q.text(), slot.marks, response,
                        responseText(q, response), slot.awarded, answers ? rightAnswers(q) : null, answers ? q.generalFeedback() : null));
            }
        }
        return new ReviewView(attempt.id, shown, score ? attempt.score : null, score ? attempt.maxScore : null,
                score ? attempt.passed : null, List.copyOf(slots));
    }

    /**
     * The response as the trainee saw it: the chosen answers' texts instead of their positions, pairs as
     * "left → right"; true/false stays a boolean (the page names it in the reader's language).
     */
    static String responseText(Question q, Object response) {
        if (response == null) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MISSING_WORD -> {
                List<?> picked = response instanceof List<?> list ? list : List.of(response);
                yield picked.stream().map(p -> p instanceof Number n && n.intValue() >= 0
                        && n.intValue() < q.answers().size() ? q.answers().get(n.intValue()).text() : String.valueOf(p))
                        .collect(java.util.stream.Collectors.joining("; "));
            }
            case MATCHING -> response instanceof Map<?, ?> pairs ? pairs.entrySet().stream()
                    .map(e -> e.getKey() + " → " + e.getValue()).collect(java.util.stream.Collectors.joining("; "))
                    : String.valueOf(response);
            case NUMERICAL -> response instanceof Number n ? Gift.number(n.doubleValue()) : String.valueOf(response);
            default -> String.valueOf(response);
        };
    }

    /** The key as people read it: right choices and accepted answers, T/F, values ± tolerance, pairs. */
    static List<String> rightAnswers(Question q) {
        return switch (q.type()) {
            case TRUE_FALSE -> List.of(String.valueOf(q.correct()));
            case MATCHING -> q.pairs().stream().filter(p -> !p.question().isEmpty())
                    .map(p -> p.question() + " → " + p.answer()).toList();
            case NUMERICAL -> q.answers().stream().filter(a -> a.value() != null && a.fraction() > 0)
                    .map(a -> Gift.number(a.value()) + (a.tolerance() == null || a.tolerance() == 0 ? ""
                            : " ± " + Gift.number(a.tolerance()))).toList();
            case ESSAY, DESCRIPTION -> List.of();
            default -> q.answers().stream().filter(a -> a.fraction() > 0).map(Question.Answer::text).toList();
        };
    }

    /** How a question (any of its versions) has been used: in how many attempts, and how well answered. */
    public record QuestionUsage(long attempts, long answered, Double facility) {
    }

    @Transactional
    public QuestionUsage usage(StoredQuestion question) {
        List<AttemptSlot> slots = AttemptSlot.list("question.bank = ?1 and question.uid = ?2",
                question.bank, question.uid);
        List<AttemptSlot> graded = slots.stream().filter(s -> s.awarded != null && s.marks > 0).toList();
        Double facility = graded.isEmpty() ? null
                : round(graded.stream().mapToDouble(s -> s.awarded / s.marks).average().orElse(0));
        return new QuestionUsage(slots.size(), slots.stream().filter(s -> s.response != null).count(), facility);
    }

    /** What a regrade changed. */
    public record RegradeReport(int attempts, int slotsRegraded, int slotsKept, int newlyPassed) {
    }

    /**
     * Regrading after a question fix. Attempts keep the version they were shown; a regrade grades each
     * response against the newest version of its question when that version has the same type and the
     * same number of answers or pairs (so the response still means what the trainee meant), and keeps
     * the old grading otherwise. Essays marked by a person keep their marks. Scores and passes follow;
     * certificates are issued to attempts that now pass and never taken back.
     */
    @Transactional
    public RegradeReport regrade(long examId, String actor) {
        Exam exam = load(examId);
        int attempts = 0;
        int regraded = 0;
        int kept = 0;
        int newlyPassed = 0;
        for (Attempt attempt : Attempt.<Attempt>list("exam = ?1 and status <> ?2", exam, Attempt.Status.IN_PROGRESS)) {
            attempts++;
            boolean before = Boolean.TRUE.equals(attempt.passed);
            for (AttemptSlot slot : AttemptSlot.of(attempt.id)) {
                Question shown = banks.parsed(slot.questionId);
                Question newest = banks.parsed(banks.latestVersionOf(slot.questionId));
                boolean sameShape = newest.type() == shown.type() && newest.answers().size() == shown.answers().size()
                        && newest.pairs().size() == shown.pairs().size();
                Double fraction = sameShape ? Grader.fraction(newest, read(slot.response)) : null;
                if (fraction == null) {
                    kept++;
                    continue;
                }
                slot.awarded = round(fraction * slot.marks);
                regraded++;
            }
            rescore(attempt);
            if (!before && Boolean.TRUE.equals(attempt.passed)) {
                newlyPassed++;
            }
        }
        audit.record(actor, "EXAM_REGRADED", "exam", String.valueOf(examId), null,
                Map.of("attempts", attempts, "regraded", regraded, "kept", kept, "newlyPassed", newlyPassed));
        return new RegradeReport(attempts, regraded, kept, newlyPassed);
    }

    /** The trainee's grade for the exam by its grading method (highest or last submitted attempt); null before any. */
    @Transactional
    public Outcome grade(long examId, String username) {
        List<Outcome> outcomes = outcomes(examId, username);
        if (outcomes.isEmpty()) {
            return null;
        }
        return Grading.valueOf(load(examId).gradingMethod) == Grading.LAST ? outcomes.get(outcomes.size() - 1)
                : outcomes.stream().max(java.util.Comparator.comparingDouble(Outcome::percent)).orElseThrow();
    }

    /** How long a browser keeps an attempt to itself after its last request. */
    static final Duration BROWSER_LEASE = Duration.ofMinutes(2);

    /**
     * The exam page in a browser: true if this browser may work on the attempt (it holds it, nobody
     * else was seen within the lease, or it takes over), false when another browser has it.
     */
    @Transactional
    public boolean claimBrowser(long attemptId, String username, String token, boolean takeOver) {
        Attempt attempt = owned(attemptId, username);
        Instant now = clock.instant();
        boolean otherActive = attempt.browserToken != null && !attempt.browserToken.equals(token)
                && attempt.browserSeenAt != null && attempt.browserSeenAt.plus(BROWSER_LEASE).isAfter(now);
        if (otherActive && !takeOver) {
            return false;
        }
        attempt.browserToken = token;
        attempt.browserSeenAt = now;
        return true;
    }

    /** The caller's attempts at an exam, oldest first. */
    @Transactional
    public List<Outcome> outcomes(long examId, String username) {
        return Attempt.of(load(examId), username).stream().filter(a -> a.status != Attempt.Status.IN_PROGRESS)
                .map(a -> new Outcome(a.id, a.status, a.score == null ? 0 : a.score, a.maxScore == null ? 0 : a.maxScore,
                        a.maxScore == null || a.maxScore == 0 ? 0 : round(100 * a.score / a.maxScore),
                        Boolean.TRUE.equals(a.passed), false, Certificate.<Certificate>find("attemptId", a.id)
                        .firstResultOptional().map(c -> c.code).orElse(null)))
                .toList();
    }

    @Transactional
    public AttemptView attempt(long attemptId, String username) {
        return view(owned(attemptId, username), false);
    }

    @Transactional
    public Saved save(long attemptId, int slot, Object response, String username) {
        Instant now = clock.instant();
        AnswerTarget target = AnswerTarget.of(attemptId, slot).orElseGet(() -> {
            // Which refusal applies: no such attempt (404), not the caller's (403), over (409), no such slot (404).
            Attempt attempt = owned(attemptId, username);
            throw Attempt.takesAnswers(attempt.status, attempt.deadline, now) ? Problem.notFound(TrainingTexts.text(m -> m.exNoSlot(slot)))
                    : Problem.conflict(TrainingTexts.text(ExamMessages::exAttemptOver));
        });
        if (!target.username().equals(username)) {
            throw Problem.forbidden(TrainingTexts.text(ExamMessages::exNotYourAttempt));
        }
        if (!Attempt.takesAnswers(target.status(), target.deadline(), now)) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exAttemptOver));
        }
        Object shown = validResponse(banks.parsed(target.questionId()), attemptId, slot, response);
        if (AnswerTarget.saveResponse(attemptId, slot, write(shown), now) == 0) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exAttemptOver));
        }
        return new Saved(attemptId, slot, now);
    }

    @Transactional
    public Outcome submit(long attemptId, String username) {
        Attempt attempt = owned(attemptId, username);
        if (attempt.status != Attempt.Status.IN_PROGRESS) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exAlreadySubmitted));
        }
        return finish(attempt, Attempt.Status.SUBMITTED);
    }

    /** An essay waiting for a person's marks. */
    public record PendingEssay(long attemptId, String username, int slot, String question, Object response,
                               double marks) {
    }

    /** A submitted attempt as trainers see it. */
    public record AttemptSummary(long attemptId, String username, int number, Attempt.Status status,
                                 Double score, Double maxScore, Boolean passed, Instant submittedAt) {
    }

    @Transactional
    public List<ExamView> all() {
        return Exam.<Exam>listAll().stream().map(this::view).toList();
    }

    @Transactional
    public List<AttemptSummary> attempts(long examId) {
        return Attempt.<Attempt>list("exam = ?1 order by startedAt", load(examId)).stream()
                .map(a -> new AttemptSummary(a.id, a.username, a.number, a.status, a.score, a.maxScore, a.passed,
                        a.submittedAt)).toList();
    }

    /** Essays of submitted attempts that nobody has marked yet. */
    @Transactional
    public List<PendingEssay> pendingEssays(long examId) {
        List<PendingEssay> pending = new ArrayList<>();
        for (Attempt attempt : Attempt.<Attempt>list("exam = ?1 and status <> ?2", load(examId),
                Attempt.Status.IN_PROGRESS)) {
            for (AttemptSlot slot : AttemptSlot.of(attempt.id)) {
                Question q = banks.parsed(slot.questionId);
                if (q.type() == QuestionType.ESSAY && slot.awarded == null) {
                    pending.add(new PendingEssay(attempt.id, attempt.username, slot.key.slot, q.text(),
                            read(slot.response), slot.marks));
                }
            }
        }
        return pending;
    }

    /** A person's marks for an essay; when none is left to mark, the attempt gets its final score. */
    @Transactional
    public Outcome gradeEssay(long attemptId, int slot, double marks, String actor) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(attemptId)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.exNoAttempt(attemptId))));
        AttemptSlot target = AttemptSlot.<AttemptSlot>findByIdOptional(new AttemptSlot.Key(attemptId, slot))
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.exNoSlot(slot))));
        if (attempt.status == Attempt.Status.IN_PROGRESS || banks.parsed(target.questionId).type() != QuestionType.ESSAY) {
            throw Problem.conflict(TrainingTexts.text(m -> m.exNotGradable(slot)));
        }
        double max = target.marks;
        new FieldErrors().check(marks >= 0 && marks <= max, "marks", TrainingTexts.text(m -> m.exEssayMarks(max))).throwIfAny();
        target.awarded = round(marks);
        audit.record(actor, "ESSAY_GRADED", "attempt", String.valueOf(attemptId), null,
                Map.of("slot", slot, "marks", target.awarded));
        return rescore(attempt);
    }

    /** Sums the awarded marks; decides pass and issues the certificate once nothing is pending. */
    private Outcome rescore(Attempt attempt) {
        double score = 0;
        double max = 0;
        boolean pending = false;
        for (AttemptSlot slot : AttemptSlot.of(attempt.id)) {
            if (banks.parsed(slot.questionId).type() == QuestionType.DESCRIPTION) {
                continue;
            }
            max += slot.marks;
            if (slot.awarded == null) {
                pending = true;
            } else {
                score += slot.awarded;
            }
        }
        attempt.score = round(score);
        attempt.maxScore = round(max);
        double percent = max == 0 ? 0 : round(100 * score / max);
        boolean passed = !pending && percent >= attempt.exam.passPercent;
        attempt.passed = passed;
        String code = Certificate.<Certificate>find("attemptId", attempt.id).firstResultOptional().map(c -> c.code)
                .orElse(null);
        if (passed && code == null) {
            Certificate certificate = new Certificate();
            certificate.code = code = code();
            certificate.attemptId = attempt.id;
            certificate.username = attempt.username;
            certificate.examId = attempt.exam.id;
            certificate.scorePercent = percent;
            certificate.issuedAt = clock.instant();
            certificate.expiresAt = certificate.issuedAt.plus(Duration.ofDays(attempt.exam.certificateDays));
            certificate.persist();
        }
        return new Outcome(attempt.id, attempt.status, attempt.score, attempt.maxScore, percent, passed, pending, code);
    }

    /** Submits every attempt whose deadline has passed; returns how many. */
    @Transactional
    public int submitExpired() {
        int submitted = 0;
        for (Attempt attempt : Attempt.expired(clock.instant())) {
            try {
                finish(attempt, Attempt.Status.AUTO_SUBMITTED);
                submitted++;
            } catch (Problem submittedMeanwhile) {
                // the trainee's own submit came first
            }
        }
        return submitted;
    }

    @Transactional
    public CertificateView certificate(String code) {
        Certificate certificate = Certificate.<Certificate>findByIdOptional(code == null ? "" : code.trim())
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(ExamMessages::exNoCertificate)));
        String holder = users.find(certificate.username).map(UserView::displayName).orElse(certificate.username);
        Exam exam = Exam.findById(certificate.examId);
        return new CertificateView(certificate.code, clock.instant().isBefore(certificate.expiresAt), holder,
                exam.title, certificate.scorePercent, certificate.issuedAt, certificate.expiresAt);
    }

    /** One question's statistics; null values mean "not enough data". */
    public record ItemRow(String question, Double facility, Double sd, Double discriminationIndex,
                          Double discriminativeEfficiency, List<ItemAnalysis.Flag> flags) {
    }

    /** Alpha, error ratio and standard error only when every attempt had the same questions. */
    public record Analysis(long examId, int attempts, Double mean, Double sd, Double alpha, Double errorRatio,
                           Double standardError, boolean sameQuestionsForAll, List<ItemRow> items) {
    }

    /** Item analysis over submitted attempts, per question (by identity, across versions). */
    @Transactional
    public Analysis analysis(long examId) {
        Exam exam = load(examId);
        List<Attempt> done = Attempt.<Attempt>list("exam = ?1 and status <> ?2", exam, Attempt.Status.IN_PROGRESS);
        Map<String, Integer> column = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Double> maxMarks = new LinkedHashMap<>();
        List<List<AttemptSlot>> slots = new ArrayList<>();
        for (Attempt attempt : done) {
            List<AttemptSlot> of = AttemptSlot.of(attempt.id);
            slots.add(of);
            for (AttemptSlot slot : of) {
                column.putIfAbsent(slot.question.uid, column.size());
                labels.putIfAbsent(slot.question.uid, slot.question.title != null ? slot.question.title
                        : banks.parsed(slot.questionId).text());
                maxMarks.putIfAbsent(slot.question.uid, slot.marks);
            }
        }
        double[][] marks = new double[done.size()][column.size()];
        boolean complete = true;
        for (int i = 0; i < slots.size(); i++) {
            complete &= slots.get(i).size() == column.size();
            for (AttemptSlot slot : slots.get(i)) {
                marks[i][column.get(slot.question.uid)] = slot.awarded == null ? 0 : slot.awarded;
            }
        }
        ItemAnalysis.ExamStats stats = ItemAnalysis.analyse(marks,
                maxMarks.values().stream().mapToDouble(Double::doubleValue).toArray());
        List<String> uids = new ArrayList<>(column.keySet());
        List<ItemRow> items = stats.items().stream().map(item -> new ItemRow(labels.get(uids.get(item.item())),
                item.facility(), item.sd(), item.discriminationIndex(), item.discriminativeEfficiency(), item.flags()))
                .toList();
        return new Analysis(examId, stats.attempts(), stats.mean(), stats.sd(), complete ? stats.alpha() : null,
                complete ? stats.errorRatio() : null, complete ? stats.standardError() : null, complete, items);
    }

    private Outcome finish(Attempt attempt, Attempt.Status status) {
        // Re-read under a row lock: a second submit (another tab, or the deadline job) waits, then sees this one.
        Attempt.getEntityManager().refresh(attempt, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (attempt.status != Attempt.Status.IN_PROGRESS) {
            throw Problem.conflict(TrainingTexts.text(ExamMessages::exAlreadySubmitted));
        }
        for (AttemptSlot slot : AttemptSlot.of(attempt.id)) {
            Question question = banks.parsed(slot.questionId);
            Double fraction = question.type() == QuestionType.DESCRIPTION ? Double.valueOf(0)
                    : Grader.fraction(question, read(slot.response));
            slot.awarded = fraction == null ? null : round(fraction * slot.marks);
        }
        attempt.status = status;
        attempt.submittedAt = clock.instant();
        Outcome outcome = rescore(attempt);
        audit.record(attempt.username, status == Attempt.Status.SUBMITTED ? "ATTEMPT_SUBMITTED" : "ATTEMPT_AUTO_SUBMITTED",
                "attempt", String.valueOf(attempt.id), null, Map.of("score", attempt.score, "max", attempt.maxScore));
        return outcome;
    }

    private List<AttemptSlot> draw(Exam exam, Attempt attempt, List<Attempt> earlier) {
        Random random = new Random(attempt.seed);
        Set<String> seen = new java.util.HashSet<>();
        for (Attempt before : earlier) {
            AttemptSlot.of(before.id).forEach(slot -> seen.add(slot.question.uid));
        }
        List<Section> sections = read(exam.blueprint, SECTIONS);
        List<Map.Entry<QuestionBankService.PoolEntry, Double>> drawn = new ArrayList<>();
        for (Section section : sections) {
            double marks = section.marks() == null ? 1 : section.marks();
            List<QuestionBankService.PoolEntry> chosen;
            if (section.questions() != null && !section.questions().isEmpty()) {
                chosen = section.questions().stream().map(banks::latestVersionOf)
                        .map(q -> new QuestionBankService.PoolEntry(q.id, q.uid, QuestionType.valueOf(q.type))).toList();
            } else {
                List<QuestionBankService.PoolEntry> pool = new ArrayList<>(banks.pool(section.bank(), section.category(),
                        section.tag(), section.difficulty()));
                Collections.shuffle(pool, random);
                // Questions this trainee has not seen in earlier attempts come first (stable after the shuffle).
                pool.sort(java.util.Comparator.comparing(q -> seen.contains(q.uid())));
                chosen = pool.subList(0, Math.min(section.count(), pool.size()));
            }
            chosen.forEach(q -> drawn.add(Map.entry(q, marks)));
        }
        Collections.shuffle(drawn, random);
        var entities = StoredQuestion.getEntityManager();
        List<AttemptSlot> slots = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            long questionId = drawn.get(i).getKey().id();
            AttemptSlot slot = new AttemptSlot();
            slot.key = new AttemptSlot.Key(attempt.id, i + 1);
            // A reference, not a load: the slot only needs the foreign key.
            slot.question = entities.getReference(StoredQuestion.class, questionId);
            slot.questionId = questionId;
            slot.marks = drawn.get(i).getValue();
            Question question = banks.parsed(questionId);
            int options = question.type() == QuestionType.MATCHING ? question.pairs().size() : question.answers().size();
            List<Integer> order = IntStream.range(0, options).boxed().collect(Collectors.toList());
            Collections.shuffle(order, random);
            slot.choiceOrder = order.stream().map(String::valueOf).collect(Collectors.joining(","));
            slot.persist();
            slots.add(slot);
        }
        return slots;
    }

    private void checkSection(Section section, int index, FieldErrors errors) {
        String field = "sections[" + index + "]";
        if (section.questions() != null && !section.questions().isEmpty()) {
            for (Long id : section.questions()) {
                errors.check(id != null && banks.exists(id), field + ".questions", TrainingTexts.text(m -> m.qbQuestionNotFound(id == null ? 0 : id)));
            }
            return;
        }
        if (section.bank() == null || section.count() == null || section.count() < 1) {
            errors.add(field, TrainingTexts.text(ExamMessages::exSectionShape));
            return;
        }
        if (section.marks() != null && (section.marks() <= 0 || section.marks() > 1000)) {
            errors.add(field + ".marks", TrainingTexts.text(ExamMessages::exMarks));
        }
        int available = banks.pool(section.bank(), section.category(), section.tag(), section.difficulty()).size();
        int wanted = section.count();
        errors.check(available >= wanted, field + ".count", TrainingTexts.text(m -> m.exNotEnoughQuestions(wanted, available)));
    }

    /** The response as it is stored: choice ids the trainee was shown become the bank's positions. */
    private Object validResponse(Question question, long attemptId, int slot, Object response) {
        int choices = question.answers().size();
        Object stored = switch (question.type()) {
            case SINGLE_CHOICE -> position(attemptId, slot, choices, response);
            case MISSING_WORD -> Grader.offersChoices(question) ? position(attemptId, slot, choices, response)
                    : response instanceof String s && s.length() <= 10000 ? s : null;
            case MULTIPLE_CHOICE -> {
                if (!(response instanceof List<?> list) || list.size() > choices) {
                    yield null;
                }
                List<Integer> positions = new ArrayList<>();
                for (Object id : list) {
                    Integer p = position(attemptId, slot, choices, id);
                    if (p == null || positions.contains(p)) {
                        yield null;
                    }
                    positions.add(p);
                }
                yield positions;
            }
            case TRUE_FALSE -> response instanceof Boolean ? response : null;
            case SHORT_ANSWER, ESSAY -> response instanceof String s && s.length() <= 10000 ? s : null;
            case NUMERICAL -> response instanceof Number || response instanceof String s && s.length() <= 100 ? response : null;
            case MATCHING -> response instanceof Map<?, ?> ? response : null;
            case DESCRIPTION -> null;
        };
        if (stored == null) {
            throw Problem.badRequest(TrainingTexts.text(m -> m.exBadResponse(slot)));
        }
        return stored;
    }

    private Integer position(long attemptId, int slot, int choices, Object shown) {
        int p = choiceIds().position(attemptId, slot, choices, shown);
        return p < 0 ? null : p;
    }

    /** A stored response as the trainee was shown it: bank positions become this attempt's choice ids. */
    private static Object shown(Object stored, int[] ids) {
        if (stored instanceof Number n && n.intValue() >= 0 && n.intValue() < ids.length) {
            return ids[n.intValue()];
        }
        if (stored instanceof List<?> list) {
            return list.stream().map(p -> shown(p, ids)).toList();
        }
        return stored;
    }

    private AttemptView view(Attempt attempt, boolean resumed) {
        return view(attempt, resumed, AttemptSlot.of(attempt.id));
    }

    private AttemptView view(Attempt attempt, boolean resumed, List<AttemptSlot> attemptSlots) {
        List<SlotView> slots = new ArrayList<>();
        for (AttemptSlot slot : attemptSlots) {
            Question q = banks.parsed(slot.questionId);
            List<Integer> order = slot.choiceOrder == null || slot.choiceOrder.isEmpty() ? List.of()
                    : java.util.Arrays.stream(slot.choiceOrder.split(",")).map(Integer::valueOf).toList();
            List<Choice> choices = null;
            List<String> left = null;
            List<String> right = null;
            boolean choiceType = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE
                    || q.type() == QuestionType.MISSING_WORD && Grader.offersChoices(q);
            Object response = read(slot.response);
            if (choiceType) {
                int[] ids = choiceIds().of(attempt.id, slot.key.slot, q.answers().size());
                choices = order.stream().map(i -> new Choice(ids[i], q.answers().get(i).text())).toList();
                response = shown(response, ids);
            }
            if (q.type() == QuestionType.MATCHING) {
                left = q.pairs().stream().map(Question.Pair::question).filter(s -> !s.isEmpty()).toList();
                right = order.stream().map(i -> q.pairs().get(i).answer()).distinct().toList();
            }
            slots.add(new SlotView(slot.key.slot, q.type(), q.text(), q.textAfter(), slot.marks, choices, left, right,
                    response));
        }
        long remaining = Math.max(0, Duration.between(clock.instant(), attempt.deadline).toSeconds());
        return new AttemptView(attempt.id, attempt.exam.id, attempt.exam.title, attempt.number, attempt.status,
                attempt.deadline, attempt.status == Attempt.Status.IN_PROGRESS ? remaining : 0, resumed, slots);
    }

    private ExamView view(Exam exam) {
        return new ExamView(exam.id, exam.title, exam.description, exam.timeLimitSeconds, exam.opensAt, exam.closesAt,
                exam.attemptsAllowed, Grading.valueOf(exam.gradingMethod), exam.passPercent, exam.certificateDays,
                Review.valueOf(exam.reviewAfterSubmit), Review.valueOf(exam.reviewAfterClose),
                read(exam.blueprint, SECTIONS), Set.copyOf(exam.assignees));
    }

    private static boolean assigned(Exam exam, UserView user) {
        return exam.assignees.contains("user:" + user.username())
                || user.team() != null && exam.assignees.contains("team:" + user.team());
    }

    private static Exam load(long id) {
        return Exam.<Exam>findByIdOptional(id).orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.exNotFound(id))));
    }

    private static Attempt owned(long attemptId, String username) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(attemptId)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.exNoAttempt(attemptId))));
        if (!attempt.username.equals(username)) {
            throw Problem.forbidden(TrainingTexts.text(ExamMessages::exNotYourAttempt));
        }
        return attempt;
    }

    private static String code() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object read(String text) {
        return text == null ? null : read(text, new TypeReference<Object>() {
        });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
