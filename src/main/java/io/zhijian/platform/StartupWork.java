package io.zhijian.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Start-up work that need not hold back the first request (loading the seed scorecards and question banks): run in
 * order on one background thread that begins once HTTP has opened (so it takes no processor time from the start-up
 * itself); {@code /q/health/ready} says DOWN, naming what is still
 * loading, until it is done. With {@code zhijian.seed-files-in-background=false} (the tests) it runs before start-up
 * ends instead.
 */
@ApplicationScoped
@Default
@Readiness
public class StartupWork implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(StartupWork.class);

    @Inject
    PlatformConfig config;

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final CountDownLatch httpOpen = new CountDownLatch(1);
    private volatile boolean stopping;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "startup-work");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} now, or queues it behind earlier start-up work. */
    public void run(String name, Runnable task) {
        if (!config.seedFilesInBackground()) {
            task.run();
            return;
        }
        pending.add(name);
        worker.execute(() -> {
            try {
                httpOpen.await();
                if (!stopping) {
                    task.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!worker.isShutdown()) {
                    LOG.errorf(e, "Start-up work '%s' failed", name);
                }
            } finally {
                pending.remove(name);
            }
        });
    }

    /** True once the application is stopping: a failure of the task in hand is then the closing database, not news. */
    public boolean stopping() {
        return stopping;
    }

    void httpOpened(@ObservesAsync HttpServerStart event) {
        httpOpen.countDown();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup-work").status(pending.isEmpty())
                .withData("loading", String.join(", ", pending)).build();
    }

    /**
     * A stop during start-up work lets the task in hand run into the closing database and skips the rest; the seeds
     * load idempotently again at the next start. Never an interrupt: it would close H2's file channel mid-write.
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        httpOpen.countDown();
        worker.shutdown();
    }
}
