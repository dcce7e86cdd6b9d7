package io.zhijian.training;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.zhijian.identity.AuditLog;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Hashes;
import io.zhijian.platform.Problem;
import io.zhijian.platform.TextDecoding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Question banks: import (GIFT, Aiken) with a per-line report, versioned questions, export.
 * Importing the same file again changes nothing; a changed question becomes a new version.
 */
@ApplicationScoped
public class QuestionBankService {

    @Inject
    Clock clock;

    public static final String DEFAULT_BANK = "imported";
    private static final Pattern BANK_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{1,63}");

    public enum Format {
        GIFT("gift"), MOODLE_XML("moodle-xml"), AIKEN("aiken");

        final String parameter;

        Format(String parameter) {
            this.parameter = parameter;
        }

        static Format of(String parameter) {
            for (Format format : values()) {
                if (format.parameter.equalsIgnoreCase(parameter == null ? "gift" : parameter.trim())) {
                    return format;
                }
            }
            return null;
        }
    }

    public record ReportError(int line, String code, String message) {
    }

    /** What an import did (or, for a dry run, would do). */
    public record ImportReport(Long bankId, String bank, int imported, int created, int updated, int unchanged,
                               Map<QuestionType, Integer> byType, Map<String, Integer> byCategory,
                               List<ReportError> errors, boolean dryRun) {
    }

    public record BankSummary(long id, String key, String name, String nameEn, long questions) {
        /** The bank as the reader's language calls it. */
        public String nameIn(String lang) {
            return "en".equals(lang) && nameEn != null ? nameEn : name;
        }

    }

    /**
     * Saves one question edited as GIFT. When its identity is unchanged it becomes the next version of
     * the question; a changed category, id or title makes it a new question.
     */
    @Transactional
    public QuestionView saveQuestion(long bankId, String gift, String actor, AppMessages messages) {
        GiftParser.Result parsed = GiftParser.parse(gift);
        if (!parsed.ok() || parsed.questions().size() != 1) {
            List<ReportError> errors = parsed.errors().stream()
                    .map(e -> new ReportError(e.line(), e.code(), e.text().apply(messages))).toList();
            throw Problem.badRequest(TrainingTexts.text(ExamMessages::qbOneQuestion), Map.of("errors", errors));
        }
        QuestionBank bank = bank(bankId);
        Question question = parsed.questions().get(0);
        store(bank, question, actor, StoredQuestion.latestOf(bank, uid(question)));
        forgetPoolsAfterCommit();
        return view(StoredQuestion.latestOf(bank, uid(question)).orElseThrow());
    }

    /** A question as trainers browse it (answer keys included: trainers and admins only). */
    public record QuestionView(long id, String uid, int version, String category, String title, QuestionType type,
                               Integer difficulty, List<String> tags, Question question) {
    }

    @Inject
    AuditLog audit;

    /** An uploaded question file as text, in whatever encoding it was saved (see {@link TextDecoding}). */
    public static String text(byte[] bytes) {
        try {
            return TextDecoding.decode(bytes == null ? new byte[0] : bytes).text();
        } catch (TextDecoding.Undecodable e) {
            throw Problem.badRequest(m -> m.fileUndecodable(e.line(), e.charset()));
        }
    }

    @Transactional
    public ImportReport importQuestions(String bankKey, String formatName, String content, boolean dryRun,
                                        boolean partial, String actor, AppMessages messages) {
        Format format = Format.of(formatName);
        if (format == null) {
            String shown = String.valueOf(formatName);
            throw Problem.badRequest(TrainingTexts.text(m -> m.qbUnknownFormat(shown)));
        }
        String key = bankKey == null || bankKey.isBlank() ? DEFAULT_BANK : bankKey.trim();
        if (!BANK_KEY.matcher(key).matches()) {
            throw Problem.badRequest(TrainingTexts.text(ExamMessages::qbBadBankKey));
        }
        if (content == null || content.isBlank()) {
            throw Problem.badRequest(TrainingTexts.text(ExamMessages::qbEmpty));
        }
        if (content.indexOf('\0') >= 0) {
            throw Problem.badRequest(TrainingTexts.text(ExamMessages::qbNotText));
        }
        GiftParser.Result parsed = switch (format) {
            case AIKEN -> AikenParser.parse(content);
            case MOODLE_XML -> MoodleXml.read(content);
            case GIFT -> GiftParser.parse(content);
        };
        List<GiftError> errors = new ArrayList<>(parsed.errors());
        List<Question> accepted = withoutDuplicates(withinLimits(parsed.questions(), errors), errors);

        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            byType.put(type, 0);
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        accepted.forEach(q -> {
            byType.merge(q.type(), 1, Integer::sum);
            byCategory.merge(q.category(), 1, Integer::sum);
        });
        List<ReportError> reportErrors = errors.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .map(e -> new ReportError(e.line(), e.code(), e.text().apply(messages))).toList();

        boolean refused = !errors.isEmpty() && !partial;
        if (dryRun || refused) {
            ImportReport report = new ImportReport(QuestionBank.findByKey(key).map(b -> b.id).orElse(null), key,
                    refused && !dryRun ? 0 : accepted.size(), 0, 0, 0, byType, byCategory, reportErrors, dryRun);
            if (refused && !dryRun) {
                int count = errors.size();
                throw Problem.badRequest(TrainingTexts.text(m -> m.qbRefused(count)), asMap(report));
            }
            return report;
        }
        QuestionBank bank = QuestionBank.findByKey(key).orElseGet(() -> createBank(key, actor));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // One read of the bank's latest versions, not one query per question: each query made Hibernate flush and
        // dirty-check every question persisted so far, which made an import quadratic (5,000 took 16 s).
        Map<String, StoredQuestion> latest = new HashMap<>();
        StoredQuestion.latestIn(bank).forEach(q -> latest.put(q.uid, q));
        for (Question question : accepted) {
            switch (store(bank, question, actor, Optional.ofNullable(latest.get(uid(question))))) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
        }
        forgetPoolsAfterCommit();
        audit.record(actor, "QUESTIONS_IMPORTED", "question-bank", key, null,
                Map.of("created", created, "updated", updated, "unchanged", unchanged, "errors", errors.size()));
        return new ImportReport(bank.id, key, accepted.size(), created, updated, unchanged, byType, byCategory,
                reportErrors, false);
    }

    @Transactional
    public List<BankSummary> banks() {
        return QuestionBank.listByKey().stream()
                .map(b -> new BankSummary(b.id, b.key, b.name, b.nameEn, StoredQuestion.countLatestIn(b))).toList();
    }

    /** The categories and tags of every bank's latest questions, each with its question count (for pickers). */
    public record Facets(Map<String, Long> categories, Map<String, Long> tags) {
    }

    /**
     * Counted over the latest versions, which {@link #questions} reads anyway; a bank holds thousands of questions,
     * not millions, so this stays a read of what the bank pages read.
     */
    @Transactional
    public Facets facets() {
        Map<String, Long> categories = new java.util.TreeMap<>();
        Map<String, Long> tags = new java.util.TreeMap<>();
        for (QuestionBank bank : QuestionBank.listByKey()) {
            for (QuestionView q : questions(bank.id)) {
                categories.merge(q.category(), 1L, Long::sum);
                q.tags().forEach(t -> tags.merge(t, 1L, Long::sum));
            }
        }
        return new Facets(categories, tags);
    }

    @Transactional
    public List<QuestionView> questions(long bankId) {
        return StoredQuestion.latestIn(bank(bankId)).stream().map(QuestionBankService::view).toList();
    }

    /** Latest questions of a bank, filtered by category (and its sub-categories), tag and words in the text. */
    @Transactional
    public List<QuestionView> search(long bankId, String category, String tag, String words) {
        String needle = words == null ? "" : words.trim().toLowerCase(Locale.ROOT);
        return questions(bankId).stream()
                .filter(q -> category == null || category.isBlank() || q.category().equals(category)
                        || q.category().startsWith(category + "/"))
                .filter(q -> tag == null || tag.isBlank() || q.tags().contains(tag))
                .filter(q -> needle.isEmpty() || (q.title() + " " + q.question().text()).toLowerCase(Locale.ROOT)
                        .contains(needle))
                .toList();
    }

    @Transactional
    public QuestionView question(long bankId, long questionId) {
        StoredQuestion stored = StoredQuestion.<StoredQuestion>findByIdOptional(questionId)
                .filter(q -> q.bank.id == bankId)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.qbQuestionNotFound(questionId))));
        return view(stored);
    }

    @Transactional
    public StoredQuestion stored(long questionId) {
        return StoredQuestion.<StoredQuestion>findByIdOptional(questionId)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.qbQuestionNotFound(questionId))));
    }

    /** All versions of a question, oldest first. */
    @Transactional
    public List<QuestionView> versions(long bankId, String uid) {
        return StoredQuestion.<StoredQuestion>list("bank.id = ?1 and uid = ?2 order by version", bankId, uid).stream()
                .map(QuestionBankService::view).toList();
    }

    @Transactional
    public BankSummary bankSummary(long bankId) {
        QuestionBank bank = bank(bankId);
        return new BankSummary(bank.id, bank.key, bank.name, bank.nameEn, StoredQuestion.countLatestIn(bank));
    }

    @Transactional
    public String export(long bankId, String formatName) {
        Format format = Format.of(formatName);
        if (format == null || format == Format.AIKEN) {
            String shown = String.valueOf(formatName);
            throw Problem.badRequest(TrainingTexts.text(m -> m.qbUnknownExportFormat(shown)));
        }
        List<Question> questions = StoredQuestion.latestIn(bank(bankId)).stream()
                .map(QuestionBankService::question).toList();
        return format == Format.MOODLE_XML ? MoodleXml.write(questions) : GiftWriter.write(questions);
    }

    private enum Stored { CREATED, UPDATED, UNCHANGED }

    /** Stores a new version unless the latest one ({@code existing}) says the same; the caller forgets pools. */
    private Stored store(QuestionBank bank, Question question, String actor, Optional<StoredQuestion> existing) {
        String gift = GiftWriter.write(List.of(question.withoutLine()));
        String hash = Hashes.sha256(gift);
        String uid = uid(question);
        if (existing.isPresent() && existing.get().contentHash.equals(hash)) {
            return Stored.UNCHANGED;
        }
        StoredQuestion stored = new StoredQuestion();
        stored.bank = bank;
        stored.uid = uid;
        stored.version = existing.map(old -> old.version + 1).orElse(1);
        existing.ifPresent(old -> old.latest = false);
        stored.latest = true;
        stored.category = question.category();
        stored.idNumber = question.idNumber();
        stored.title = question.title();
        stored.type = question.type().name();
        stored.difficulty = question.difficulty();
        stored.contentHash = hash;
        stored.gift = gift;
        stored.createdAt = clock.instant();
        stored.createdBy = actor;
        stored.tags = new LinkedHashSet<>(question.tags());
        stored.persist();
        return existing.isPresent() ? Stored.UPDATED : Stored.CREATED;
    }

    /** What the stored question's columns hold; a longer value is an error at the question's line. */
    private static final int MAX_CATEGORY = 500;
    private static final int MAX_ID_NUMBER = 100;
    private static final int MAX_TITLE = 500;
    private static final int MAX_TAG = 100;
    /** The stored GIFT (text, answers, feedback) is held to 100,000 characters; the text gets most of it. */
    private static final int MAX_TEXT = 50_000;

    private static List<Question> withinLimits(List<Question> questions, List<GiftError> errors) {
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            String over = q.category() != null && q.category().length() > MAX_CATEGORY ? "category:" + MAX_CATEGORY
                    : q.idNumber() != null && q.idNumber().length() > MAX_ID_NUMBER ? "id:" + MAX_ID_NUMBER
                    : q.title() != null && q.title().length() > MAX_TITLE ? "title:" + MAX_TITLE
                    : q.tags().stream().anyMatch(t -> t.length() > MAX_TAG) ? "tag:" + MAX_TAG
                    : q.text().length() > MAX_TEXT ? "text:" + MAX_TEXT : null;
            if (over == null) {
                kept.add(q);
            } else {
                String field = over.substring(0, over.indexOf(':'));
                int max = Integer.parseInt(over.substring(over.indexOf(':') + 1));
                errors.add(new GiftError(q.line(), "too-long", TrainingTexts.text(m -> m.qbFieldTooLong(field, max))));
            }
        }
        return kept;
    }

    /** Two questions of one file with the same identity would overwrite each other: the later one is an error. */
    private static List<Question> withoutDuplicates(List<Question> questions, List<GiftError> errors) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            Integer first = firstLine.putIfAbsent(uid(q), q.line());
            if (first == null) {
                kept.add(q);
            } else {
                errors.add(new GiftError(q.line(), "duplicate-question", TrainingTexts.text(m -> m.qbDuplicateQuestion(first))));
            }
        }
        return kept;
    }

    /** Identity across versions: the category plus the id number, else the title, else the text. */
    static String uid(Question q) {
        String identity = q.idNumber() != null ? "id:" + q.idNumber()
                : q.title() != null ? "title:" + q.title() : "text:" + q.text();
        return Hashes.sha256(q.category() + "\u0000" + identity).substring(0, 32);
    }

    /** A question an exam may draw: its version id and its identity across versions. */
    public record PoolEntry(long id, String uid, QuestionType type) {
    }

    private record PoolKey(String bank, String category, String tag, Integer difficulty) {
    }

    /**
     * Pools are read at every attempt start (a thousand trainees start within seconds) but change only on
     * imports and edits, so they are cached and dropped after any such change commits.
     */
    @Inject
    @CacheName("question-pools")
    Cache pools;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The questions an exam section may draw from: latest versions, never descriptions. */
    @Transactional
    public List<PoolEntry> pool(String bankKey, String category, String tag, Integer difficulty) {
        PoolKey key = new PoolKey(bankKey == null ? "" : bankKey, blankToNull(category), blankToNull(tag), difficulty);
        return pools.get(key, k -> readPool(key)).await().indefinitely();
    }

    private List<PoolEntry> readPool(PoolKey key) {
        Integer difficulty = key.difficulty();
        return QuestionBank.findByKey(key.bank()).map(bank -> StoredQuestion.latestIn(bank).stream()
                .filter(q -> !q.type.equals(QuestionType.DESCRIPTION.name()))
                .filter(q -> key.category() == null || q.category.equals(key.category())
                        || q.category.startsWith(key.category() + "/"))
                .filter(q -> key.tag() == null || q.tags.contains(key.tag()))
                .filter(q -> difficulty == null || difficulty.equals(q.difficulty))
                .map(q -> new PoolEntry(q.id, q.uid, QuestionType.valueOf(q.type)))
                .toList()).orElse(List.of());
    }

    private void forgetPoolsAfterCommit() {
        pools.invalidateAll().await().indefinitely();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                pools.invalidateAll().await().indefinitely();
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Transactional
    public boolean exists(long questionId) {
        return StoredQuestion.findByIdOptional(questionId).isPresent();
    }

    /** The newest version of the question whose (any) version has this id. */
    @Transactional
    public StoredQuestion latestVersionOf(long questionId) {
        StoredQuestion any = StoredQuestion.findById(questionId);
        return StoredQuestion.latestOf(any.bank, any.uid).orElse(any);
    }

    /**
     * A stored version's content never changes, so each is parsed once while it is in use (attempt pages and saves
     * read it often); the cache is bounded ({@code quarkus.cache.caffeine."parsed-questions".maximum-size}).
     */
    @Inject
    @CacheName("parsed-questions")
    Cache parsedVersions;

    public Question parsed(StoredQuestion stored) {
        return parsedVersions.get(stored.id, id -> question(stored)).await().indefinitely();
    }

    /** The parsed question of a stored version, loading it only the first time. */
    @Transactional
    public Question parsed(long questionId) {
        return parsedVersions.get(questionId, id -> question(StoredQuestion.<StoredQuestion>findById(questionId)))
                .await().indefinitely();
    }

    private static Question question(StoredQuestion stored) {
        GiftParser.Result parsed = GiftParser.parse(stored.gift);
        if (!parsed.ok() || parsed.questions().size() != 1) {
            throw new IllegalStateException("stored question " + stored.id + " does not parse");
        }
        return parsed.questions().get(0);
    }

    private static QuestionView view(StoredQuestion stored) {
        return new QuestionView(stored.id, stored.uid, stored.version, stored.category, stored.title,
                QuestionType.valueOf(stored.type), stored.difficulty, List.copyOf(stored.tags),
                question(stored).withoutLine());
    }

    private static QuestionBank bank(long id) {
        return QuestionBank.<QuestionBank>findByIdOptional(id)
                .orElseThrow(() -> Problem.notFound(TrainingTexts.text(m -> m.qbBankNotFound(id))));
    }

    /** Names a bank in both UI languages (the seed files say how in a {@code // bank-name:} line). */
    @Transactional
    public void name(String key, String name, String nameEn) {
        QuestionBank.findByKey(key).ifPresent(bank -> {
            bank.name = name;
            bank.nameEn = nameEn;
        });
    }

    private QuestionBank createBank(String key, String actor) {
        QuestionBank bank = new QuestionBank();
        bank.key = key;
        bank.name = key;
        bank.source = "system".equals(actor) ? "FILE" : "API";
        bank.createdAt = clock.instant();
        bank.persist();
        return bank;
    }

    private static Map<String, Object> asMap(ImportReport report) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("bank", report.bank());
        map.put("imported", report.imported());
        map.put("byType", report.byType());
        map.put("byCategory", report.byCategory());
        map.put("errors", report.errors());
        return map;
    }
}
