package io.zhijian.transcription;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bounded pool that runs transcription jobs: {@code zhijian.transcription.workers} threads, each job
 * with its own recognizer. Idle slots claim queued jobs on a schedule; a running job renews its lease as
 * it reports progress and stops if it was cancelled meanwhile.
 */
@Startup
@ApplicationScoped
public class TranscriptionWorkers {

    private static final Logger LOG = Logger.getLogger(TranscriptionWorkers.class);
    private static final long RENEW_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Inject
    TranscriptionConfig config;

    @Inject
    TranscriptionService jobs;

    @Inject
    SpeechModels models;

    @Inject
    CallAudioSource calls;

    private final String workerId = host() + "/" + UUID.randomUUID();
    private ExecutorService executor;
    private Semaphore free;
    private volatile boolean stopping;

    @jakarta.annotation.PostConstruct
    void init() {
        int workers = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        executor = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "transcription-worker");
            t.setDaemon(true);
            return t;
        });
        free = new Semaphore(Math.max(1, workers));
    }

    @Scheduled(every = "${zhijian.transcription.poll-every:1s}", delayed = "${zhijian.jobs-first-run-after:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (stopping) {
            return;
        }
        List<String> usable = models.usableLanguages();
        jobs.parkWithoutModel(usable);
        while (free.tryAcquire()) {
            Optional<TranscriptionService.Claim> claim;
            try {
                claim = jobs.claim(usable, workerId, config.lease());
            } catch (RuntimeException e) {
                free.release();
                LOG.warn("Could not claim a transcription job", e);
                return;
            }
            if (claim.isEmpty()) {
                free.release();
                return;
            }
            executor.execute(() -> {
                try {
                    run(claim.get());
                } finally {
                    free.release();
                }
            });
        }
    }

    private void run(TranscriptionService.Claim claim) {
        long began = System.nanoTime();
        try {
            CallAudioSource.CallAudio audio = calls.audio(claim.callId());
            WavFormat format = WavReader.read(audio.path());
            SpeechModels.Loaded model = models.model(claim.language());
            long[] lastRenew = {System.nanoTime()};
            long[] renewing = {0};
            long decodeStarted = System.nanoTime();
            List<Segment> segments = Transcriber.transcribe(audio.path(), format, model.model(), model.sampleRate(),
                    audio.agentChannelIndex(), claim.language(), fraction -> {
                        if (stopping) {
                            return false;
                        }
                        long now = System.nanoTime();
                        if (now - lastRenew[0] < RENEW_EVERY_NANOS) {
                            return true;
                        }
                        lastRenew[0] = now;
                        boolean ours = jobs.renew(claim.jobId(), workerId, fraction, config.lease());
                        renewing[0] += System.nanoTime() - now;
                        return ours;
                    });
            long decoding = System.nanoTime() - decodeStarted - renewing[0];
            if (jobs.complete(claim.jobId(), workerId, segments)) {
                long total = System.nanoTime() - began;
                LOG.infof("Transcribed call %d (%.1f s of audio, %d turns) in %d ms: decoding %d ms, "
                                + "everything else %.1f ms (checks, progress and lease writes, metrics, storing)",
                        claim.callId(), format.durationSeconds(), segments.size(), total / 1_000_000,
                        decoding / 1_000_000, (total - decoding) / 1e6);
            }
        } catch (Transcriber.Stopped stopped) {
            LOG.infof("Transcription job %d stopped (cancelled, taken over or shutting down)", claim.jobId());
        } catch (SpeechModels.Unavailable e) {
            jobs.park(claim.jobId(), workerId, e.getMessage());
        } catch (InvalidAudio e) {
            jobs.fail(claim.jobId(), workerId, e.getMessage());
        } catch (Exception | LinkageError e) {
            LOG.warnf(e, "Transcription job %d failed", claim.jobId());
            jobs.fail(claim.jobId(), workerId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
            int released = jobs.release(workerId);
            if (released > 0) {
                LOG.infof("Handed %d running transcription job(s) back to the queue", released);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not hand running transcription jobs back; their leases will expire", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
