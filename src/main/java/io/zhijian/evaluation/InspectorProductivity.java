package io.zhijian.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inspectors against the sampling plans and their disputes, aggregated in the database: assignments made in a span
 * (done = its evaluation submitted; overdue = not done and the plan's period over), evaluations submitted in it and
 * the disputes they drew (upheld, amended).
 */
@ApplicationScoped
public class InspectorProductivity {

    public record Row(String inspector, long assigned, long done, long overdue, long evaluations, long disputes,
                      long upheld, long amended, Double disputeRate) {
    }

    @Inject
    Clock clock;

    @Transactional
    public List<Row> between(Instant from, Instant to) {
        Map<String, long[]> figures = new TreeMap<>();
        Evaluation.getEntityManager().createQuery("select a.inspector, count(a),"
                        + " sum(case when e.status = :submitted then 1 else 0 end),"
                        + " sum(case when (e.id is null or e.status <> :submitted) and p.periodEnd < :today then 1 else 0 end)"
                        + " from QaAssignment a join QaPlan p on p.id = a.planId left join Evaluation e on e.id = a.evaluationId"
                        + " where a.createdAt >= :from and a.createdAt < :to group by a.inspector", Object[].class)
                .setParameter("submitted", Evaluation.Status.SUBMITTED).setParameter("today", LocalDate.now(clock))
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> {
                    long[] f = figures.computeIfAbsent((String) r[0], k -> new long[7]);
                    f[0] = number(r[1]);
                    f[1] = number(r[2]);
                    f[2] = number(r[3]);
                });
        Evaluation.getEntityManager().createQuery("select e.evaluator, count(distinct e.id), count(d.id),"
                        + " sum(case when d.status = :upheld then 1 else 0 end),"
                        + " sum(case when d.status = :amended then 1 else 0 end)"
                        + " from Evaluation e left join Dispute d on d.evaluationId = e.id"
                        + " where e.status = :submitted and " + Evaluation.notCalibration("e") + " and e.submittedAt >= :from"
                        + " and e.submittedAt < :to group by e.evaluator", Object[].class)
                .setParameter("upheld", Dispute.Status.UPHELD).setParameter("amended", Dispute.Status.AMENDED)
                .setParameter("submitted", Evaluation.Status.SUBMITTED).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> {
                    long[] f = figures.computeIfAbsent((String) r[0], k -> new long[7]);
                    f[3] = number(r[1]);
                    f[4] = number(r[2]);
                    f[5] = number(r[3]);
                    f[6] = number(r[4]);
                });
        return figures.entrySet().stream().map(e -> {
            long[] f = e.getValue();
            return new Row(e.getKey(), f[0], f[1], f[2], f[3], f[4], f[5], f[6],
                    f[3] == 0 ? null : Math.round((double) f[4] / f[3] * 10000) / 10000.0);
        }).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
