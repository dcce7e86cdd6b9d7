package io.zhijian.training;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Submits attempts whose deadline has passed, so a closed browser never leaves an exam open. */
@ApplicationScoped
public class AttemptDeadlines {

    private static final Logger LOG = Logger.getLogger(AttemptDeadlines.class);

    @Inject
    ExamService exams;

    @Scheduled(every = "${zhijian.training.auto-submit-every:10s}", delayed = "${zhijian.jobs-first-run-after:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void submitExpired() {
        int submitted = exams.submitExpired();
        if (submitted > 0) {
            LOG.infof("Submitted %d attempt(s) past their deadline", submitted);
        }
    }
}
