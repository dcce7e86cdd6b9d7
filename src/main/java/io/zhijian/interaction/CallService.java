package io.zhijian.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Pii;
import io.zhijian.platform.Problem;
import io.zhijian.transcription.CallAudioSource;
import io.zhijian.transcription.InvalidAudio;
import io.zhijian.transcription.SpeechModels;
import io.zhijian.transcription.TranscriptionConfig;
import io.zhijian.transcription.TranscriptionService;
import io.zhijian.transcription.WavFormat;
import io.zhijian.transcription.WavReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls: upload (checked, stored once by content), who may see which, and their transcription. */
@ApplicationScoped
public class CallService implements CallAudioSource {

    @Inject
    AgentVisibility visibility;

    @Inject
    Clock clock;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The {@code meta} part of an upload. */
    public record CallMeta(String externalId, String agent, String startedAt, String direction, String customerNumber,
                           String language, String agentChannel) {
    }

    public record CallView(long id, String externalId, String agent, Instant startedAt, Call.Direction direction,
                           String customerNumber, String language, Call.Channel agentChannel, double durationSeconds,
                           String audioFormat, int channels, int sampleRate, long audioBytes, Instant uploadedAt,
                           String uploadedBy, TranscriptionService.JobView transcription) {
    }

    @Inject
    RecordingStore recordings;

    @Inject
    TranscriptionService transcription;

    @Inject
    TranscriptionConfig config;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    /** Checks and stores an uploaded recording with its metadata, and queues its transcription. */
    @Transactional
    public CallView upload(Path audio, String metaJson, String actor) {
        CallMeta meta = parse(metaJson);
        FieldErrors errors = new FieldErrors();
        String externalId = meta.externalId() == null ? "" : meta.externalId().trim();
        errors.check(!externalId.isEmpty() && externalId.length() <= 100, "meta.externalId", InteractionTexts.text(m -> m.callExternalId()));
        errors.check(meta.agent() != null && users.find(meta.agent()).isPresent(), "meta.agent",
                m -> m.errUserNotFound(String.valueOf(meta.agent())));
        Instant startedAt = meta.startedAt() == null || meta.startedAt().isBlank() ? clock.instant() : DateTimes.parse(meta.startedAt());
        errors.check(startedAt != null, "meta.startedAt", InteractionTexts.text(m -> m.callStartedAt()));
        Call.Direction direction = choose(Call.Direction.class, meta.direction(), Call.Direction.IN);
        errors.check(direction != null, "meta.direction", InteractionTexts.text(m -> m.callDirection()));
        String language = meta.language() == null || meta.language().isBlank() ? config.defaultLanguage() : meta.language();
        errors.check(SpeechModels.LANGUAGES.contains(language), "meta.language", m -> m.errLanguage());
        Call.Channel agentChannel = choose(Call.Channel.class, meta.agentChannel(),
                Call.Channel.valueOf(config.defaultAgentChannel()));
        errors.check(agentChannel != null, "meta.agentChannel", InteractionTexts.text(m -> m.callAgentChannel()));
        String number = meta.customerNumber() == null || meta.customerNumber().isBlank() ? null : meta.customerNumber().trim();
        errors.check(number == null || Pii.isPhoneNumber(number), "meta.customerNumber", InteractionTexts.text(m -> m.callCustomerNumber()));
        errors.throwIfAny();
        try {
            long size = Files.size(audio);
            if (size > config.maxAudioBytes()) {
                long max = config.maxAudioBytes();
                throw Problem.of(413, InteractionTexts.text(m -> m.audioTooLarge(max / (1024 * 1024))),
                        Map.of("reason", InvalidAudio.Reason.TOO_LARGE.name()));
            }
            WavFormat format = WavReader.read(audio);
            Call.findByExternalId(externalId).ifPresent(existing -> {
                throw Problem.of(409, InteractionTexts.text(m -> m.callDuplicateExternalId(externalId, existing.id)), existing(existing));
            });
            String sha = RecordingStore.sha256(audio);
            Call.findBySha256(sha).ifPresent(existing -> {
                throw Problem.of(409, InteractionTexts.text(m -> m.callDuplicateAudio(existing.id)), existing(existing));
            });
            Call call = new Call();
            call.externalId = externalId;
            call.agent = meta.agent();
            call.startedAt = startedAt;
            call.direction = direction;
            call.customerNumber = number;
            call.language = language;
            call.agentChannel = agentChannel;
            call.audioSha256 = sha;
            call.audioPath = recordings.store(audio, sha);
            call.audioFormat = format.describe();
            call.audioBytes = size;
            call.channels = format.channels();
            call.sampleRate = format.sampleRate();
            call.durationSeconds = Math.round(format.durationSeconds() * 1000) / 1000.0;
            call.uploadedAt = clock.instant();
            call.uploadedBy = actor;
            call.persist();
            transcription.enqueue(call.id, language, actor);
            audit.record(actor, "CALL_UPLOADED", "call", String.valueOf(call.id), null,
                    Map.of("externalId", externalId, "agent", call.agent, "format", call.audioFormat));
            return view(call, true);
        } catch (InvalidAudio e) {
            throw e.toProblem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public CallView call(long id, UserView viewer) {
        return view(visible(id, viewer), visibility.seesFullNumbers(viewer));
    }

    @Transactional
    public List<CallView> calls(UserView viewer) {
        Optional<List<String>> agents = visibility.visibleAgents(viewer);
        List<Call> calls = agents.isEmpty() ? Call.newestFirst(500) : Call.ofAgents(agents.get(), 500);
        boolean full = visibility.seesFullNumbers(viewer);
        Map<Long, TranscriptionService.JobView> jobs = transcription.latest(calls.stream().map(c -> c.id).toList());
        return calls.stream().map(c -> view(c, full, jobs.get(c.id))).toList();
    }

    /** The stored recording of a call the viewer may see. */
    @Transactional
    public Path recording(long id, UserView viewer) {
        return recordings.resolve(visible(id, viewer).audioPath);
    }

    /** Checks the viewer may see the call (404 otherwise, so ids of other people's calls reveal nothing). */
    @Transactional
    public void checkVisible(long id, UserView viewer) {
        visible(id, viewer);
    }

    @Transactional
    public TranscriptionService.JobView retranscribe(long id, String actor) {
        Call call = Call.byId(id).orElseThrow(() -> Problem.notFound(InteractionTexts.text(m -> m.callNotFound(id))));
        return transcription.enqueue(call.id, call.language, actor);
    }

    /** What search indexes of a call: who, when, and its transcript (none before it is transcribed). */
    public record IndexableCall(long id, String agent, String team, Instant startedAt, String language, String direction,
                                List<io.zhijian.transcription.Segment> segments) {
    }

    @Transactional
    public Optional<IndexableCall> indexable(long id) {
        return Call.byId(id).flatMap(call -> Optional.ofNullable(transcription.indexable(List.of(id)).get(id))
                .map(t -> new IndexableCall(call.id, call.agent, users.find(call.agent).map(UserView::team).orElse(null),
                        call.startedAt, t.language(), call.direction.name(), t.turns())));
    }

    /** What search indexes of several calls (those with a transcript), in few queries. */
    @Transactional
    public List<IndexableCall> indexable(List<Long> ids) {
        Map<Long, TranscriptionService.IndexableTranscript> transcripts = transcription.indexable(ids);
        Map<String, String> teams = users.teams();
        List<IndexableCall> out = new ArrayList<>();
        for (Call call : Call.<Call>list("id in ?1 order by id", ids)) {
            TranscriptionService.IndexableTranscript t = transcripts.get(call.id);
            if (t != null) {
                out.add(new IndexableCall(call.id, call.agent, teams.get(call.agent), call.startedAt, t.language(),
                        call.direction.name(), t.turns()));
            }
        }
        return out;
    }

    /** Call ids in order, a page at a time (for rebuilding the search index). */
    @Transactional
    public List<Long> idsAfter(long afterId, int limit) {
        return Call.<Call>find("id > ?1 order by id", afterId).page(0, limit).list().stream().map(c -> c.id).toList();
    }

    @Transactional
    public long count() {
        return Call.count();
    }

    @Override
    @Transactional
    public CallAudio audio(long callId) {
        Call call = Call.byId(callId).orElseThrow(() -> new IllegalStateException("no call " + callId));
        return new CallAudio(recordings.resolve(call.audioPath), call.agentChannel == Call.Channel.RIGHT ? 1 : 0);
    }

    /** The id of a call the viewer may see (404 otherwise). */
    @Transactional
    public long visibleId(long id, UserView viewer) {
        return visible(id, viewer).id;
    }

    /** Several calls' durations in seconds, in one query. */
    @Transactional
    public Map<Long, Double> durations(List<Long> ids) {
        Map<Long, Double> out = new java.util.HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
            Call.getEntityManager().createQuery("select c.id, c.durationSeconds from Call c where c.id between ?1 and ?2",
                            Object[].class).setParameter(1, range[0]).setParameter(2, range[1]).getResultList()
                    .forEach(row -> {
                        if (wanted.contains((Long) row[0])) {
                            out.put((Long) row[0], (Double) row[1]);
                        }
                    });
        }
        return out;
    }

    private Call visible(long id, UserView viewer) {
        Optional<Call> call = Call.byId(id);
        if (call.isEmpty() || !visibility.maySee(viewer, call.get().agent)) {
            throw Problem.notFound(InteractionTexts.text(m -> m.callNotFound(id)));
        }
        return call.get();
    }

    private CallView view(Call call, boolean fullNumber) {
        return view(call, fullNumber, transcription.latest(call.id).orElse(null));
    }

    private static CallView view(Call call, boolean fullNumber, TranscriptionService.JobView job) {
        return new CallView(call.id, call.externalId, call.agent, call.startedAt, call.direction,
                fullNumber ? call.customerNumber : Pii.maskPhone(call.customerNumber), call.language, call.agentChannel,
                call.durationSeconds, call.audioFormat, call.channels, call.sampleRate, call.audioBytes, call.uploadedAt,
                call.uploadedBy, job);
    }

    private static Map<String, Object> existing(Call call) {
        return Map.of("existingCallId", call.id, "existingCall", "/api/calls/" + call.id);
    }

    private static CallMeta parse(String json) {
        if (json == null || json.isBlank()) {
            throw Problem.invalid(Map.of("meta", InteractionTexts.text(m -> m.callMetaRequired())));
        }
        try {
            CallMeta meta = JSON.readValue(json, CallMeta.class);
            if (meta == null) {
                throw Problem.invalid(Map.of("meta", InteractionTexts.text(m -> m.callMetaRequired())));
            }
            return meta;
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            throw Problem.invalid(Map.of("meta", InteractionTexts.text(m -> m.callMetaInvalid(detail))));
        }
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
