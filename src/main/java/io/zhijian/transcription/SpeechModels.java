package io.zhijian.transcription;

import io.zhijian.identity.AuditLog;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vosk models, one per language, each loaded once on first use (start-up never waits for one).
 * A directory is checked by {@link ModelDirectory} before native code sees it.
 */
@ApplicationScoped
public class SpeechModels {

    @Inject
    Clock clock;

    public static final List<String> LANGUAGES = List.of("zh", "en");

    private static final Logger LOG = Logger.getLogger(SpeechModels.class);

    public enum State { NOT_CONFIGURED, INVALID, READY, LOADED, FAILED }

    /** What a language's model looks like now; {@code source} is CONFIG or ADMIN. */
    public record ModelStatus(String language, String path, String source, State state, List<String> problems) {
    }

    /** A loaded model and the sample rate it wants. */
    record Loaded(String path, Model model, int sampleRate) {
    }

    /** A job's language has no usable model (yet). */
    static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    @Inject
    TranscriptionConfig config;

    @Inject
    AuditLog audit;

    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> failedPaths = new ConcurrentHashMap<>();

    @Transactional
    public Optional<ModelStatus> configured(String language) {
        Optional<SpeechModelSetting> setting = SpeechModelSetting.of(language);
        if (setting.isPresent()) {
            return Optional.of(status(language, setting.get().path, "ADMIN"));
        }
        String path = config.models().get(language);
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(status(language, path, "CONFIG"));
    }

    @Transactional
    public List<ModelStatus> all() {
        List<ModelStatus> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            all.add(configured(language).orElse(new ModelStatus(language, null, null, State.NOT_CONFIGURED, List.of())));
        }
        return all;
    }

    /** Languages whose jobs can run now: a valid directory that has not failed to load. */
    @Transactional
    public List<String> usableLanguages() {
        return all().stream().filter(s -> s.state() == State.READY || s.state() == State.LOADED)
                .map(ModelStatus::language).toList();
    }

    /** Sets (or replaces) a language's model directory at run time; refused unless Vosk can load it. */
    @Transactional
    public ModelStatus set(String language, String path, String actor) {
        if (!LANGUAGES.contains(language)) {
            throw Problem.notFound(TranscriptionTexts.text(m -> m.trUnknownLanguage(language)));
        }
        if (path == null || path.isBlank()) {
            throw Problem.invalid(Map.of("path", TranscriptionTexts.text(m -> m.trModelPath())));
        }
        Path dir = Path.of(path.trim()).toAbsolutePath().normalize();
        List<String> problems = ModelDirectory.problems(dir);
        if (!problems.isEmpty()) {
            throw Problem.badRequest(TranscriptionTexts.text(m -> m.trInvalidModel(dir.toString(), String.join("; ", problems))),
                    Map.of("problems", problems));
        }
        SpeechModelSetting setting = SpeechModelSetting.of(language).orElseGet(SpeechModelSetting::new);
        String before = setting.path;
        setting.language = language;
        setting.path = dir.toString();
        setting.updatedAt = clock.instant();
        setting.updatedBy = actor;
        setting.persist();
        failedPaths.remove(setting.path);
        audit.record(actor, "SPEECH_MODEL_SET", "speech-model", language, before, setting.path);
        return status(language, setting.path, "ADMIN");
    }

    /** The language's model, loading it the first time (on the calling worker thread). */
    Loaded model(String language) throws Unavailable, IOException {
        ModelStatus status = configured(language).orElseThrow(() -> new Unavailable("no model for " + language));
        if (status.state() == State.INVALID) {
            throw new Unavailable("model for " + language + " is invalid: " + String.join("; ", status.problems()));
        }
        Loaded current = loaded.get(language);
        if (current != null && current.path().equals(status.path())) {
            return current;
        }
        synchronized (this) {
            current = loaded.get(language);
            if (current != null && current.path().equals(status.path())) {
                return current;
            }
            String failure = failedPaths.get(status.path());
            if (failure != null) {
                throw new IOException(failure);
            }
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            long began = System.nanoTime();
            try {
                Model model = new Model(status.path());
                Loaded fresh = new Loaded(status.path(), model, ModelDirectory.sampleRate(Path.of(status.path())));
                Loaded replaced = loaded.put(language, fresh);
                LOG.infof("Loaded the %s speech model from %s in %d ms", language, status.path(),
                        (System.nanoTime() - began) / 1_000_000);
                if (replaced != null) {
                    // Jobs may still be decoding with it; native memory is small next to a leak's risk of a crash.
                    LOG.infof("Replaced the %s speech model %s", language, replaced.path());
                }
                return fresh;
            } catch (IOException e) {
                String reason = "Vosk could not load the model at " + status.path() + ": " + e.getMessage();
                failedPaths.put(status.path(), reason);
                throw new IOException(reason, e);
            }
        }
    }

    private ModelStatus status(String language, String path, String source) {
        Path dir = Path.of(path);
        List<String> problems = ModelDirectory.problems(dir);
        State state;
        if (!problems.isEmpty()) {
            state = State.INVALID;
        } else if (failedPaths.containsKey(path)) {
            state = State.FAILED;
            problems = List.of(failedPaths.get(path));
        } else {
            Loaded current = loaded.get(language);
            state = current != null && current.path().equals(path) ? State.LOADED : State.READY;
        }
        return new ModelStatus(language, path, source, state, problems);
    }
}
