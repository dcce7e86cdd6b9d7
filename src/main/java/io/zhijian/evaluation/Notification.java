package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An in-app notice for one user. Stored as a kind plus the evaluation it is about, so it is worded in
 * the reader's language when shown.
 */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

    public enum Kind {
        EVALUATION_SUBMITTED, EVALUATION_REVISED, DISPUTE_RAISED, DISPUTE_RESOLVED,
        /** A month's assessment was published (subject: the month as yyyyMM); the agent is asked to sign it. */
        MONTH_PUBLISHED,
        /** An agent objected to their month (subject: yyyyMM; detail: the agent). */
        MONTH_OBJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    /** The evaluation concerned. */
    @Column(name = "subject_id", nullable = false)
    public long subjectId;

    /** A short value shown in the text: a total, or a dispute outcome. */
    @Column(length = 200)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    public static List<Notification> newestFor(String recipient, int limit) {
        return find("recipient = ?1 order by createdAt desc, id desc", recipient).page(0, limit).list();
    }

    public static long unreadFor(String recipient) {
        return count("recipient = ?1 and readAt is null", recipient);
    }

    public static Optional<Notification> byId(long id) {
        return findByIdOptional(id);
    }
}
