package io.zhijian.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Disputes raised over a span, per agent of the disputed evaluation, aggregated in SQL (the period reports read these). */
@ApplicationScoped
public class DisputeCounts {

    /** Raised in the span; of those, how many were ruled upheld and amended so far. */
    public record Counts(long raised, long upheld, long amended) {
    }

    @Transactional
    public Map<String, Counts> between(Instant from, Instant to) {
        Map<String, Counts> byAgent = new HashMap<>();
        Dispute.getEntityManager().createQuery("select e.agent, count(d), sum(case when d.status = ?3 then 1 else 0 end),"
                        + " sum(case when d.status = ?4 then 1 else 0 end) from Dispute d, Evaluation e"
                        + " where d.evaluationId = e.id and e.agent is not null and d.raisedAt >= ?1 and d.raisedAt < ?2"
                        + " group by e.agent", Object[].class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, Dispute.Status.UPHELD)
                .setParameter(4, Dispute.Status.AMENDED).getResultList()
                .forEach(r -> byAgent.put((String) r[0], new Counts(((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())));
        return byAgent;
    }
}
