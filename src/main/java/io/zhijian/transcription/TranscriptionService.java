package io.zhijian.transcription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.AuditLog;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transcription jobs and transcripts. A job moves QUEUED → RUNNING → DONE | FAILED; it waits in
 * WAITING_FOR_MODEL while its language has no usable model. Workers claim jobs with row locks that
 * skip rows other instances hold (PostgreSQL and H2), and keep a lease: a job whose worker died is
 * taken again when its lease runs out.
 */
@ApplicationScoped
public class TranscriptionService {

    @Inject
    Clock clock;

    static final ObjectMapper JSON = new ObjectMapper();

    public record JobView(long id, long callId, String language, TranscriptionJob.Status status, double progress,
                          int attempts, String error, Instant createdAt, Instant startedAt, Instant finishedAt,
                          String requestedBy) {
        static JobView of(TranscriptionJob job) {
            return new JobView(job.id, job.callId, job.language, job.status, job.progress, job.attempts, job.error,
                    job.createdAt, job.startedAt, job.finishedAt, job.requestedBy);
        }
    }

    public record TranscriptView(long callId, String language, Instant createdAt, List<Segment> segments,
                                 SpeechMetrics metrics) {
    }

    /** What a worker needs to run a claimed job. */
    record Claim(long jobId, long callId, String language, int attempt) {
    }

    @Inject
    EntityManager entities;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<TranscriptStored> stored;

    @Transactional
    public JobView enqueue(long callId, String language, String actor) {
        Optional<TranscriptionJob> latest = TranscriptionJob.latestOf(callId);
        if (latest.isPresent() && latest.get().status.active()) {
            throw Problem.conflict(TranscriptionTexts.text(m -> m.trJobActive(latest.get().id)));
        }
        TranscriptionJob job = new TranscriptionJob();
        job.callId = callId;
        job.language = language;
        job.status = TranscriptionJob.Status.QUEUED;
        job.requestedBy = actor;
        job.createdAt = clock.instant();
        job.persist();
        return JobView.of(job);
    }

    @Transactional
    public Optional<JobView> latest(long callId) {
        return TranscriptionJob.latestOf(callId).map(JobView::of);
    }

    /** The newest job of each of these calls, in one query (call lists show every call's status). */
    @Transactional
    public Map<Long, JobView> latest(List<Long> callIds) {
        Map<Long, JobView> latest = new java.util.HashMap<>();
        if (!callIds.isEmpty()) {
            TranscriptionJob.<TranscriptionJob>list("callId in ?1 order by id", callIds)
                    .forEach(job -> latest.put(job.callId, JobView.of(job)));
        }
        return latest;
    }

    @Transactional
    public List<JobView> history(long callId) {
        return TranscriptionJob.ofCall(callId).stream().map(JobView::of).toList();
    }

    @Transactional
    public List<JobView> recent(int limit) {
        return TranscriptionJob.<TranscriptionJob>find("order by id desc").page(0, limit).list().stream()
                .map(JobView::of).toList();
    }

    /** Marks queued jobs of languages without a usable model as waiting, saying why. */
    @Transactional
    public int parkWithoutModel(List<String> usable) {
        List<TranscriptionJob> queued = TranscriptionJob.list("status = ?1", TranscriptionJob.Status.QUEUED);
        int parked = 0;
        for (TranscriptionJob job : queued) {
            if (!usable.contains(job.language)) {
                job.status = TranscriptionJob.Status.WAITING_FOR_MODEL;
                job.error = "no model for " + job.language;
                parked++;
            }
        }
        return parked;
    }

    /** Takes the oldest runnable job of these languages for {@code worker}, or none. */
    @Transactional
    public Optional<Claim> claim(List<String> languages, String worker, java.time.Duration lease) {
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = entities.createNativeQuery("""
                        select id from transcription_jobs
                        where (status in ('QUEUED', 'WAITING_FOR_MODEL') or (status = 'RUNNING' and lease_until < :now))
                          and language in (:languages)
                        order by id
                        fetch first 1 rows only
                        for update skip locked""")
                .setParameter("now", now).setParameter("languages", languages).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        TranscriptionJob job = TranscriptionJob.findById(ids.get(0).longValue());
        if (job.status == TranscriptionJob.Status.WAITING_FOR_MODEL) {
            job.error = null;
        }
        job.status = TranscriptionJob.Status.RUNNING;
        job.attempts++;
        job.worker = worker;
        job.leaseUntil = now.plus(lease);
        job.startedAt = now;
        job.progress = 0;
        return Optional.of(new Claim(job.id, job.callId, job.language, job.attempts));
    }

    /** Records progress and renews the lease; false when the job is no longer this worker's. */
    @Transactional
    public boolean renew(long jobId, String worker, double progress, java.time.Duration lease) {
        return entities.createQuery("update TranscriptionJob j set j.progress = ?1, j.leaseUntil = ?2 "
                        + "where j.id = ?3 and j.worker = ?4 and j.status = ?5")
                .setParameter(1, Math.min(1, progress)).setParameter(2, clock.instant().plus(lease))
                .setParameter(3, jobId).setParameter(4, worker).setParameter(5, TranscriptionJob.Status.RUNNING)
                .executeUpdate() == 1;
    }

    /** Stores the transcript (replacing any earlier one) and closes the job; false if it was not ours anymore. */
    @Transactional
    public boolean complete(long jobId, String worker, List<Segment> segments) {
        TranscriptionJob job = TranscriptionJob.findById(jobId);
        if (job == null || job.status != TranscriptionJob.Status.RUNNING || !worker.equals(job.worker)) {
            return false;
        }
        store(job.callId, job.id, job.language, segments);
        job.status = TranscriptionJob.Status.DONE;
        job.progress = 1;
        job.finishedAt = clock.instant();
        job.leaseUntil = null;
        return true;
    }

    /** Replaces the call's transcript and metrics; search indexes it once the transaction commits. */
    @Transactional
    void store(long callId, long jobId, String language, List<Segment> segments) {
        SpeechMetrics metrics = SpeechMetrics.of(segments, language);
        TranscriptSegment.deleteOf(callId);
        Transcript transcript = Transcript.<Transcript>findByIdOptional(callId).orElseGet(Transcript::new);
        transcript.callId = callId;
        transcript.jobId = jobId;
        transcript.language = language;
        transcript.createdAt = clock.instant();
        transcript.metrics = write(metrics);
        transcript.persist();
        // The deletes above must reach the database before rows with the same keys are inserted.
        entities.flush();
        // One JDBC batch per table: a long call has hundreds of turns, and entity-by-entity inserts dominated the
        // job's overhead.
        entities.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement turns = connection.prepareStatement("insert into transcript_segments "
                    + "(call_id, seq, speaker, start_s, end_s, text, confidence) values (?, ?, ?, ?, ?, ?, ?)");
                 java.sql.PreparedStatement timings = connection.prepareStatement("insert into transcript_words "
                         + "(call_id, seq, words) values (?, ?, ?)")) {
                int seq = 0;
                for (Segment s : segments) {
                    List<Object[]> words = new ArrayList<>(s.words().size());
                    s.words().forEach(w -> words.add(new Object[]{w.w(), w.start(), w.end(), w.conf()}));
                    turns.setLong(1, callId);
                    turns.setInt(2, ++seq);
                    turns.setString(3, s.speaker().name());
                    turns.setDouble(4, s.start());
                    turns.setDouble(5, s.end());
                    turns.setString(6, s.text());
                    turns.setDouble(7, s.confidence());
                    turns.addBatch();
                    timings.setLong(1, callId);
                    timings.setInt(2, seq);
                    timings.setString(3, write(words));
                    timings.addBatch();
                }
                turns.executeBatch();
                timings.executeBatch();
            }
        });
        stored.fire(new TranscriptStored(callId, language, segments, metrics));
    }

    @Transactional
    public void fail(long jobId, String worker, String reason) {
        TranscriptionJob job = TranscriptionJob.findById(jobId);
        if (job != null && job.status == TranscriptionJob.Status.RUNNING && worker.equals(job.worker)) {
            job.status = TranscriptionJob.Status.FAILED;
            job.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            job.finishedAt = clock.instant();
            job.leaseUntil = null;
        }
    }

    /** The job goes back to waiting for its model (it became unusable between claim and load). */
    @Transactional
    public void park(long jobId, String worker, String reason) {
        TranscriptionJob job = TranscriptionJob.findById(jobId);
        if (job != null && job.status == TranscriptionJob.Status.RUNNING && worker.equals(job.worker)) {
            job.status = TranscriptionJob.Status.WAITING_FOR_MODEL;
            job.error = reason;
            job.leaseUntil = null;
            job.attempts--;
        }
    }

    /** On a clean shutdown a worker hands its running jobs back at once instead of letting leases expire. */
    @Transactional
    public int release(String worker) {
        return entities.createQuery("update TranscriptionJob j set j.status = ?1, j.leaseUntil = null, j.worker = null "
                        + "where j.worker = ?2 and j.status = ?3")
                .setParameter(1, TranscriptionJob.Status.QUEUED).setParameter(2, worker)
                .setParameter(3, TranscriptionJob.Status.RUNNING).executeUpdate();
    }

    @Transactional
    public JobView cancel(long callId, String actor) {
        TranscriptionJob job = TranscriptionJob.latestOf(callId).filter(j -> j.status.active())
                .orElseThrow(() -> Problem.conflict(TranscriptionTexts.text(m -> m.trNothingToCancel())));
        job.status = TranscriptionJob.Status.CANCELLED;
        job.finishedAt = clock.instant();
        job.leaseUntil = null;
        audit.record(actor, "TRANSCRIPTION_CANCELLED", "call", String.valueOf(callId), null, Map.of("job", job.id));
        return JobView.of(job);
    }

    /** Runs the newest job again (after a failure or cancel), keeping its last error for reference. */
    @Transactional
    public JobView retry(long callId, String actor) {
        TranscriptionJob job = TranscriptionJob.latestOf(callId)
                .filter(j -> j.status == TranscriptionJob.Status.FAILED || j.status == TranscriptionJob.Status.CANCELLED)
                .orElseThrow(() -> Problem.conflict(TranscriptionTexts.text(m -> m.trNothingToRetry())));
        job.status = TranscriptionJob.Status.QUEUED;
        job.progress = 0;
        job.finishedAt = null;
        job.worker = null;
        audit.record(actor, "TRANSCRIPTION_RETRIED", "call", String.valueOf(callId), null, Map.of("job", job.id));
        return JobView.of(job);
    }

    @Transactional
    public Optional<TranscriptView> transcript(long callId) {
        return Transcript.of(callId).map(t -> {
            Map<Integer, String> words = new java.util.HashMap<>();
            TranscriptWords.of(callId).forEach(w -> words.put(w.key.seq, w.words));
            List<Segment> segments = TranscriptSegment.of(callId).stream()
                    .map(row -> segment(row, words.getOrDefault(row.key.seq, "[]"))).toList();
            return new TranscriptView(callId, t.language, t.createdAt, segments, read(t.metrics, SpeechMetrics.class));
        });
    }

    /**
     * The turns of several calls in one query, each turn without its timed words (search cuts its snippets
     * from these and indexes them).
     */
    @Transactional
    public Map<Long, List<Segment>> turns(List<Long> callIds) {
        Map<Long, List<Segment>> turns = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return turns;
        }
        // Plain SQL: search asks this for every page of hits, and Hibernate translates a query with a list
        // parameter anew on each call.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select call_id, speaker, start_s, end_s, text, confidence "
                        + "from transcript_segments where call_id in (:calls) order by call_id, seq", Object[].class)
                .setParameter("calls", callIds).getResultList();
        for (Object[] row : rows) {
            turns.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(new Segment(
                    Speaker.valueOf((String) row[1]), ((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue(),
                    (String) row[4], ((Number) row[5]).doubleValue(), List.of()));
        }
        return turns;
    }

    /** A transcript as search indexes it: its language and turns, without their timed words. */
    public record IndexableTranscript(String language, List<Segment> turns) {
    }

    /** Several calls' transcripts for indexing, in two queries (a rebuild reads them a page at a time). */
    @Transactional
    public Map<Long, IndexableTranscript> indexable(List<Long> callIds) {
        Map<Long, IndexableTranscript> transcripts = new java.util.HashMap<>();
        if (callIds.isEmpty()) {
            return transcripts;
        }
        Map<Long, List<Segment>> turns = turns(callIds);
        entities.createQuery("select t.callId, t.language from Transcript t where t.callId in ?1", Object[].class).setParameter(1, callIds).getResultList()
                .forEach(row -> transcripts.put((Long) row[0],
                        new IndexableTranscript((String) row[1], turns.getOrDefault((Long) row[0], List.of()))));
        return transcripts;
    }

    /** A transcript as auto-QA reads it: turns with their timed words, and the speech metrics. */
    public record RulesTranscript(String language, List<Segment> turns, SpeechMetrics metrics) {
    }

    /**
     * Several calls' whole transcripts, three range queries per run of close ids (a re-run over history reads a
     * thousand at a time; see {@link io.zhijian.platform.IdRanges}).
     */
    @Transactional
    public Map<Long, RulesTranscript> forRules(List<Long> callIds) {
        Map<Long, RulesTranscript> out = new java.util.HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(callIds);
        for (long[] range : io.zhijian.platform.IdRanges.of(callIds)) {
            Map<String, String> words = new java.util.HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> timings = entities.createNativeQuery("select call_id, seq, words from transcript_words "
                    + "where call_id between ?1 and ?2", Object[].class).setParameter(1, range[0]).setParameter(2, range[1])
                    .getResultList();
            timings.forEach(row -> words.put(row[0] + "/" + row[1], (String) row[2]));
            Map<Long, List<Segment>> turns = new java.util.HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("select call_id, seq, speaker, start_s, end_s, text, confidence "
                    + "from transcript_segments where call_id between ?1 and ?2 order by call_id, seq", Object[].class)
                    .setParameter(1, range[0]).setParameter(2, range[1]).getResultList();
            for (Object[] row : rows) {
                long callId = ((Number) row[0]).longValue();
                if (!wanted.contains(callId)) {
                    continue;
                }
                Object[][] timed = read(words.getOrDefault(row[0] + "/" + row[1], "[]"), Object[][].class);
                List<TimedWord> list = new ArrayList<>(timed.length);
                for (Object[] w : timed) {
                    list.add(new TimedWord((String) w[0], ((Number) w[1]).doubleValue(), ((Number) w[2]).doubleValue(),
                            ((Number) w[3]).doubleValue()));
                }
                turns.computeIfAbsent(callId, k -> new ArrayList<>()).add(new Segment(Speaker.valueOf((String) row[2]),
                        ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(), (String) row[5],
                        ((Number) row[6]).doubleValue(), list));
            }
            entities.createQuery("select t.callId, t.language, t.metrics from Transcript t where t.callId between ?1 and ?2",
                            Object[].class).setParameter(1, range[0]).setParameter(2, range[1]).getResultList()
                    .forEach(row -> {
                        if (wanted.contains((Long) row[0])) {
                            out.put((Long) row[0], new RulesTranscript((String) row[1],
                                    turns.getOrDefault((Long) row[0], List.of()), read((String) row[2], SpeechMetrics.class)));
                        }
                    });
        }
        return out;
    }

    /** Transcribed calls after an id, in id order (auto-QA walks history with it). */
    @Transactional
    public List<Long> transcribedAfter(long afterId, int limit) {
        return entities.createQuery("select t.callId from Transcript t where t.callId > ?1 order by t.callId", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long transcribedCount() {
        return Transcript.count();
    }

    private static Segment segment(TranscriptSegment row, String wordsJson) {
        Object[][] words = read(wordsJson, Object[][].class);
        List<TimedWord> list = new ArrayList<>(words.length);
        for (Object[] w : words) {
            list.add(new TimedWord((String) w[0], ((Number) w[1]).doubleValue(), ((Number) w[2]).doubleValue(),
                    ((Number) w[3]).doubleValue()));
        }
        return new Segment(row.speaker, row.start, row.end, row.text, row.confidence, list);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many calls wait for a speech model of their language (an administrator's to-do). */
    @Transactional
    public long waitingForModel() {
        return TranscriptionJob.count("status", TranscriptionJob.Status.WAITING_FOR_MODEL);
    }
}
