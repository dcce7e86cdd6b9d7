package io.zhijian.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

    /** Of the exams assigned to an agent: how many they have finished (an attempt submitted) and passed. */
    public record Completion(long assigned, long completed, long passed) {
    }

    /** A certificate that runs out soon. */
    public record Expiring(String username, String exam, Instant expiresAt) {
    }

    /**
     * Per agent (of those given, with their teams), over the exams assigned to them by name or by team: assigned,
     * finished and passed — as of now, whenever the attempt was.
     */
    @Transactional
    public Map<String, Completion> completion(Map<String, String> teamOfAgent) {
        Map<String, java.util.Set<Long>> assigned = new HashMap<>();
        for (Exam exam : Exam.<Exam>listAll()) {
            teamOfAgent.forEach((agent, team) -> {
                if (exam.assignees.contains("user:" + agent) || team != null && exam.assignees.contains("team:" + team)) {
                    assigned.computeIfAbsent(agent, a -> new java.util.HashSet<>()).add(exam.id);
                }
            });
        }
        Map<String, Map<Long, Boolean>> done = new HashMap<>();
        if (!teamOfAgent.isEmpty()) {
            Attempt.getEntityManager().createQuery("select a.username, a.exam.id, max(case when a.passed = true then 1 else 0 end)"
                            + " from Attempt a where a.submittedAt is not null and a.username in ?1 group by a.username, a.exam.id",
                            Object[].class)
                    .setParameter(1, teamOfAgent.keySet()).getResultList()
                    .forEach(r -> done.computeIfAbsent((String) r[0], u -> new HashMap<>())
                            .put((Long) r[1], ((Number) r[2]).intValue() == 1));
        }
        Map<String, Completion> byAgent = new HashMap<>();
        assigned.forEach((agent, exams) -> {
            Map<Long, Boolean> finished = done.getOrDefault(agent, Map.of());
            long completed = exams.stream().filter(finished::containsKey).count();
            long passed = exams.stream().filter(e -> Boolean.TRUE.equals(finished.get(e))).count();
            byAgent.put(agent, new Completion(exams.size(), completed, passed));
        });
        return byAgent;
    }

    /** The given users' certificates that expire in [from, to), soonest first. */
    @Transactional
    public java.util.List<Expiring> expiring(java.util.Collection<String> users, Instant from, Instant to) {
        if (users.isEmpty()) {
            return java.util.List.of();
        }
        Map<Long, String> titles = new HashMap<>();
        Exam.<Exam>listAll().forEach(e -> titles.put(e.id, e.title));
        return Certificate.<Certificate>list("username in ?1 and expiresAt >= ?2 and expiresAt < ?3 order by expiresAt",
                        users, from, to).stream()
                .map(c -> new Expiring(c.username, titles.getOrDefault(c.examId, ""), c.expiresAt)).toList();
    }

    /** One finished attempt of a trainee's. */
    public record Taken(String exam, Instant submittedAt, Double scorePercent, Boolean passed) {
    }

    /** A certificate a trainee holds. */
    public record Held(String exam, Instant issuedAt, Instant expiresAt, String code) {
    }

    /** A trainee's last finished attempts (newest first) and certificates (latest expiry first). */
    public record History(List<Taken> attempts, List<Held> certificates) {
    }

    @Transactional
    public History history(String username, int limit) {
        List<Taken> attempts = Attempt.<Attempt>find("username = ?1 and submittedAt is not null order by submittedAt desc",
                username).page(0, limit).list().stream().map(a -> new Taken(a.exam.title, a.submittedAt,
                a.score == null || a.maxScore == null || a.maxScore == 0 ? null
                        : Math.round(1000.0 * a.score / a.maxScore) / 10.0, a.passed)).toList();
        Map<Long, String> titles = new HashMap<>();
        Exam.<Exam>listAll().forEach(e -> titles.put(e.id, e.title));
        List<Held> certificates = Certificate.<Certificate>find("username = ?1 order by expiresAt desc", username)
                .page(0, limit).list().stream()
                .map(c -> new Held(titles.getOrDefault(c.examId, ""), c.issuedAt, c.expiresAt, c.code)).toList();
        return new History(attempts, certificates);
    }
}
