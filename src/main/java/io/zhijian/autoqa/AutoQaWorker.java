package io.zhijian.autoqa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs queued auto-QA work on one background thread: new interactions first (people are waiting for them), then
 * re-runs over history a batch per transaction. Rows are claimed with SKIP LOCKED, so a second instance on the
 * same database shares the work instead of repeating it.
 */
@ApplicationScoped
public class AutoQaWorker {

    private static final Logger LOG = Logger.getLogger(AutoQaWorker.class);

    @Inject
    EntityManager entities;

    @Inject
    AutoQaService service;

    @Inject
    AutoQaSources sources;

    @Inject
    ScorecardService scorecards;

    @Inject
    AutoQaConfig config;

    @Inject
    Clock clock;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopping;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "auto-qa");
        t.setDaemon(true);
        return t;
    });

    /** Something was queued: run it soon (at most one pending run; a wake during a run runs once more after). */
    public void wake() {
        if (!stopping && config.enabled() && scheduled.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    void onQueued(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) AutoQaQueue.Queued queued) {
        wake();
    }

    @Scheduled(every = "${zhijian.auto-qa.check-every:5s}", delayed = "${zhijian.jobs-first-run-after:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        wake();
    }

    private void drain() {
        scheduled.set(false);
        try {
            while (!stopping && (QuarkusTransaction.requiringNew().timeout(600).call(this::queueStep)
                    || QuarkusTransaction.requiringNew().timeout(600).call(this::rerunStep))) {
                // one batch per transaction
            }
        } catch (RuntimeException e) {
            // Left queued: the next check tries again.
            LOG.warn("Auto-QA work failed; it stays queued", e);
        }
    }

    /** Runs the oldest queued row; false when there is none. */
    boolean queueStep() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select id, interaction_type, entity_ids from auto_qa_queue "
                + "order by id fetch first 1 rows only for update skip locked", Object[].class).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        List<Long> ids = new ArrayList<>();
        for (String id : ((String) row[2]).split(",")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        service.process(Channel.valueOf((String) row[1]), ids, null);
        entities.createNativeQuery("delete from auto_qa_queue where id = ?1").setParameter(1, ((Number) row[0]).longValue())
                .executeUpdate();
        return true;
    }

    /** Runs the next batch of the oldest running re-run; false when none is running. */
    boolean rerunStep() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select id, scorecard_key, scorecard_version, interaction_type, "
                + "last_id from auto_qa_reruns where status = 'RUNNING' order by id fetch first 1 rows only "
                + "for update skip locked", Object[].class).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        long id = ((Number) row[0]).longValue();
        String key = (String) row[1];
        int version = ((Number) row[2]).intValue();
        Channel channel = Channel.valueOf((String) row[3]);
        List<Long> ids = sources.idsAfter(channel, ((Number) row[4]).longValue(), config.rerunBatch());
        if (ids.isEmpty()) {
            entities.createNativeQuery("update auto_qa_reruns set status = 'DONE', processed = total, finished_at = ?1 "
                    + "where id = ?2").setParameter(1, clock.instant()).setParameter(2, id).executeUpdate();
            return true;
        }
        Scorecard card = scorecards.definition(key, version);
        service.process(channel, ids, service.rules(key, version, card));
        entities.createNativeQuery("update auto_qa_reruns set last_id = ?1, processed = least(total, processed + ?2) "
                        + "where id = ?3").setParameter(1, ids.get(ids.size() - 1)).setParameter(2, ids.size())
                .setParameter(3, id).executeUpdate();
        return true;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        thread.shutdownNow();
    }
}
