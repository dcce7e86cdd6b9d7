package io.zhijian.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Exam attempts finished over a span, per trainee, aggregated in SQL (the period reports read these). */
@ApplicationScoped
public class ExamActivity {

    /** Attempts submitted (by the trainee or at the deadline) in the span, and how many passed. */
    public record Counts(long taken, long passed) {
    }

    @Transactional
    public Map<String, Counts> between(Instant from, Instant to) {
        Map<String, Counts> byUser = new HashMap<>();
        Attempt.getEntityManager().createQuery("select a.username, count(a), sum(case when a.passed = true then 1 else 0 end)"
                        + " from Attempt a where a.submittedAt >= ?1 and a.submittedAt < ?2 group by a.username", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList()
                .forEach(r -> byUser.put((String) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return byUser;
    }
}
