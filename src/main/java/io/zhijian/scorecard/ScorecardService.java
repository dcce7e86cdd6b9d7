package io.zhijian.scorecard;

import io.zhijian.identity.AuditLog;
import io.zhijian.platform.Hashes;
import io.zhijian.scorecard.ScorecardVersion.Source;
import io.zhijian.scorecard.ScorecardVersion.Status;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Scorecard versions: import (files, API, editor), drafts, publishing, look-ups and scoring. */
@ApplicationScoped
public class ScorecardService {

    @Inject
    Clock clock;

    static final int MAX_YAML_CHARS = 1_000_000;

    /** A scorecard in a list: its latest published version (null while it only has a draft). */
    public record Summary(String key, Scorecard.Text names, Integer latestVersion, List<Scorecard.Channel> appliesTo,
                          Integer draftVersion) {
    }

    /** One version with its definition. */
    public record VersionView(String key, int version, Status status, Source source, Instant createdAt,
                              String createdBy, Instant publishedAt, String contentHash, Scorecard definition) {
    }

    /** What an import did: a new version, or nothing because that content is already there. */
    public record ImportOutcome(String key, int version, Status status, boolean created) {
    }

    /** A rejected definition: every located error. */
    public static final class InvalidScorecard extends RuntimeException {
        private final transient List<SchemaError> errors;

        public InvalidScorecard(List<SchemaError> errors) {
            super(null, null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<SchemaError> errors() {
            return errors;
        }

        public Problem toProblem() {
            FieldErrors fields = new FieldErrors();
            errors.forEach(error -> fields.add(error.path().isEmpty() ? "yaml" : error.path(), error.text()));
            return fields.toProblem();
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<ScorecardPublished> published;

    /** Definitions of published versions never change, so they are parsed once. */
    private final Map<Long, Scorecard> publishedCache = new ConcurrentHashMap<>();
    private final Map<String, Scorecard> publishedByName = new ConcurrentHashMap<>();

    @Transactional
    public List<Summary> list() {
        return ScorecardEntity.listByKey().stream().map(entity -> {
            Optional<ScorecardVersion> published = ScorecardVersion.latest(entity, Status.PUBLISHED);
            Optional<ScorecardVersion> draft = ScorecardVersion.draftOf(entity);
            Scorecard shown = definition(published.or(() -> draft).orElseThrow());
            return new Summary(entity.key, shown.names(), published.map(v -> v.version).orElse(null),
                    shown.appliesTo(), draft.map(v -> v.version).orElse(null));
        }).toList();
    }

    /** The item keys of a scorecard's newest published version; none when it has no published version. */
    @Transactional
    public List<String> latestItemKeys(String key) {
        return ScorecardEntity.findByKey(key).flatMap(e -> ScorecardVersion.latest(e, Status.PUBLISHED))
                .map(v -> definition(v).items().stream().map(Scorecard.Item::key).toList()).orElse(List.of());
    }

    /** The newest published version of every scorecard that applies to a channel (what auto-QA runs). */
    @Transactional
    public List<VersionView> publishedFor(Scorecard.Channel channel) {
        List<VersionView> out = new java.util.ArrayList<>();
        for (ScorecardEntity entity : ScorecardEntity.listByKey()) {
            ScorecardVersion.latest(entity, Status.PUBLISHED).map(this::view)
                    .filter(v -> v.definition().appliesTo(channel)).ifPresent(out::add);
        }
        return out;
    }

    @Transactional
    public VersionView latestPublished(String key) {
        ScorecardEntity entity = scorecard(key);
        return view(ScorecardVersion.latest(entity, Status.PUBLISHED)
                .orElseThrow(() -> Problem.notFound(ScorecardTexts.text(m -> m.scNoPublishedVersion(key)))));
    }

    @Transactional
    public VersionView version(String key, int version) {
        return view(load(key, version));
    }

    @Transactional
    public List<VersionView> versions(String key) {
        return ScorecardVersion.listOf(scorecard(key)).stream().map(this::view).toList();
    }

    @Transactional
    public String yaml(String key, int version) {
        return load(key, version).yaml;
    }

    /**
     * Imports a definition. Published by default; {@code draft} puts it in the scorecard's draft
     * (replacing the draft's content if there is one). Content equal to the latest version of the
     * same status changes nothing.
     */
    @Transactional
    public ImportOutcome importYaml(String yaml, String actor, Source source, boolean draft) {
        Scorecard card = parse(yaml);
        String canonical = canonical(card);
        String hash = Hashes.sha256(canonical);
        ScorecardEntity entity = ScorecardEntity.findByKey(card.key()).orElseGet(() -> create(card.key()));
        if (draft) {
            Optional<ScorecardVersion> existing = ScorecardVersion.draftOf(entity);
            if (existing.isPresent()) {
                return saveDraft(existing.get(), canonical, hash, actor);
            }
        } else {
            Optional<ScorecardVersion> latest = ScorecardVersion.latest(entity, Status.PUBLISHED);
            if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
                return new ImportOutcome(entity.key, latest.get().version, Status.PUBLISHED, false);
            }
        }
        ScorecardVersion version = newVersion(entity, canonical, hash, actor, source, draft ? Status.DRAFT : Status.PUBLISHED);
        return new ImportOutcome(entity.key, version.version, version.status, true);
    }

    /**
     * A file from scorecards/: a new published version only when the file's content differs from
     * the last version that came from a file, so that editor versions are not undone at each start.
     */
    @Transactional
    public ImportOutcome loadFile(Scorecard card) {
        String canonical = canonical(card);
        String hash = Hashes.sha256(canonical);
        ScorecardEntity entity = ScorecardEntity.findByKey(card.key()).orElseGet(() -> create(card.key()));
        Optional<ScorecardVersion> lastFromFile = ScorecardVersion.latestFrom(entity, Source.FILE);
        if (lastFromFile.isPresent() && lastFromFile.get().contentHash.equals(hash)) {
            return new ImportOutcome(entity.key, lastFromFile.get().version, Status.PUBLISHED, false);
        }
        ScorecardVersion version = newVersion(entity, canonical, hash, "system", Source.FILE, Status.PUBLISHED);
        return new ImportOutcome(entity.key, version.version, Status.PUBLISHED, true);
    }

    /** Starts a draft from a version (or returns the draft already open). */
    @Transactional
    public ImportOutcome startDraft(String key, int fromVersion, String actor) {
        ScorecardEntity entity = scorecard(key);
        Optional<ScorecardVersion> existing = ScorecardVersion.draftOf(entity);
        if (existing.isPresent()) {
            return new ImportOutcome(key, existing.get().version, Status.DRAFT, false);
        }
        ScorecardVersion from = load(key, fromVersion);
        ScorecardVersion draft = newVersion(entity, from.yaml, from.contentHash, actor, Source.UI, Status.DRAFT);
        return new ImportOutcome(key, draft.version, Status.DRAFT, true);
    }

    @Transactional
    public ImportOutcome updateDraft(String key, int version, String yaml, String actor) {
        ScorecardVersion draft = editableDraft(key, version);
        Scorecard card = parse(yaml);
        if (!card.key().equals(key)) {
            throw Problem.badRequest(ScorecardTexts.text(m -> m.scKeyChanged(key, card.key())));
        }
        String canonical = canonical(card);
        return saveDraft(draft, canonical, Hashes.sha256(canonical), actor);
    }

    @Transactional
    public ImportOutcome publish(String key, int version, String actor) {
        ScorecardVersion draft = editableDraft(key, version);
        draft.status = Status.PUBLISHED;
        draft.publishedAt = clock.instant();
        audit.record(actor, "SCORECARD_PUBLISHED", "scorecard", key + "/v" + version, null,
                Map.of("version", version, "contentHash", draft.contentHash));
        published.fire(new ScorecardPublished(key, version, definition(draft)));
        return new ImportOutcome(key, version, Status.PUBLISHED, true);
    }

    @Transactional
    public void deleteDraft(String key, int version, String actor) {
        ScorecardVersion draft = editableDraft(key, version);
        ScorecardEntity entity = draft.scorecard;
        draft.delete();
        if (ScorecardVersion.listOf(entity).isEmpty()) {
            entity.delete();
        }
        audit.record(actor, "SCORECARD_DRAFT_DELETED", "scorecard", key + "/v" + version, null, null);
    }

    @Transactional
    public Scorecard definition(String key, int version) {
        // Scoring an evaluation names its version by key and number: a published one is found without the two
        // queries that load it (an export of 50,000 evaluations made 100,000 of them).
        Scorecard known = publishedByName.get(key + "/" + version);
        if (known != null) {
            return known;
        }
        ScorecardVersion v = load(key, version);
        Scorecard card = definition(v);
        if (v.status == Status.PUBLISHED) {
            publishedByName.put(key + "/" + version, card);
        }
        return card;
    }

    @Transactional
    public List<ScorecardDiff.Change> diff(String key, int from, int to) {
        return ScorecardDiff.between(definition(load(key, from)), definition(load(key, to)));
    }

    /** Scores answers against a version; invalid answers become a 400 naming each item. */
    public ScoringEngine.Result score(String key, int version, Map<String, Object> answers, boolean partial) {
        Scorecard card = definition(key, version);
        try {
            return ScoringEngine.score(card, answers == null ? Map.of() : answers, partial);
        } catch (ScoringEngine.InvalidAnswers invalid) {
            FieldErrors fields = new FieldErrors();
            invalid.errors().forEach(error -> fields.add("answers." + error.itemKey(), error.text()));
            throw fields.toProblem();
        }
    }

    static Scorecard parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw Problem.badRequest(ScorecardTexts.text(ScorecardMessages::scEmptyBody));
        }
        ScorecardYaml.ReadResult result = ScorecardYaml.read(yaml);
        if (!result.ok()) {
            throw new InvalidScorecard(result.errors());
        }
        return result.scorecard();
    }

    private ImportOutcome saveDraft(ScorecardVersion draft, String canonical, String hash, String actor) {
        if (!draft.contentHash.equals(hash)) {
            draft.yaml = canonical;
            draft.contentHash = hash;
            audit.record(actor, "SCORECARD_DRAFT_SAVED", "scorecard", draft.scorecard.key + "/v" + draft.version,
                    null, Map.of("contentHash", hash));
        }
        return new ImportOutcome(draft.scorecard.key, draft.version, Status.DRAFT, true);
    }

    private ScorecardVersion newVersion(ScorecardEntity entity, String canonical, String hash, String actor,
                                        Source source, Status status) {
        ScorecardVersion version = new ScorecardVersion();
        version.scorecard = entity;
        version.version = ScorecardVersion.nextVersion(entity);
        version.status = status;
        version.source = source;
        version.contentHash = hash;
        version.yaml = canonical;
        version.createdAt = clock.instant();
        version.createdBy = actor;
        version.publishedAt = status == Status.PUBLISHED ? version.createdAt : null;
        version.persist();
        audit.record(actor, status == Status.PUBLISHED ? "SCORECARD_PUBLISHED" : "SCORECARD_DRAFT_CREATED",
                "scorecard", entity.key + "/v" + version.version, null,
                Map.of("version", version.version, "source", source.name(), "contentHash", hash));
        if (status == Status.PUBLISHED) {
            published.fire(new ScorecardPublished(entity.key, version.version, parse(canonical)));
        }
        return version;
    }

    private ScorecardVersion editableDraft(String key, int version) {
        ScorecardVersion found = load(key, version);
        if (found.status != Status.DRAFT) {
            throw Problem.conflict(ScorecardTexts.text(m -> m.scPublishedImmutable(key, version)));
        }
        return found;
    }

    private ScorecardEntity create(String key) {
        ScorecardEntity entity = new ScorecardEntity();
        entity.key = key;
        entity.createdAt = clock.instant();
        entity.persist();
        return entity;
    }

    private static ScorecardEntity scorecard(String key) {
        return ScorecardEntity.findByKey(key).orElseThrow(() -> Problem.notFound(ScorecardTexts.text(m -> m.scNotFound(key))));
    }

    private static ScorecardVersion load(String key, int version) {
        return ScorecardVersion.find(scorecard(key), version)
                .orElseThrow(() -> Problem.notFound(ScorecardTexts.text(m -> m.scVersionNotFound(key, version))));
    }

    private VersionView view(ScorecardVersion v) {
        return new VersionView(v.scorecard.key, v.version, v.status, v.source, v.createdAt, v.createdBy,
                v.publishedAt, v.contentHash, definition(v));
    }

    private Scorecard definition(ScorecardVersion v) {
        if (v.status == Status.PUBLISHED) {
            return publishedCache.computeIfAbsent(v.id, id -> parse(v.yaml));
        }
        return parse(v.yaml);
    }

    private static String canonical(Scorecard card) {
        String canonical = ScorecardYaml.write(card);
        if (canonical.length() > MAX_YAML_CHARS) {
            throw Problem.badRequest(ScorecardTexts.text(m -> m.scTooLarge(MAX_YAML_CHARS)));
        }
        return canonical;
    }
}
