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

/** An agent's challenge of some items of a submitted evaluation, and how it was ruled. */
@Entity
@Table(name = "disputes")
public class Dispute extends PanacheEntityBase {

    public enum Status { OPEN, UPHELD, AMENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public long evaluationId;

    @Column(name = "items_json", nullable = false, length = 10000)
    public String itemsJson;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "raised_by", nullable = false, length = 64)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "resolved_by", length = 64)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_reason", length = 2000)
    public String resolutionReason;

    @Column(name = "revision_after")
    public Integer revisionAfter;

    public static Optional<Dispute> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<Dispute> of(long evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }

    public static List<Dispute> open(int limit) {
        return find("status = ?1 order by raisedAt", Status.OPEN).page(0, limit).list();
    }
}
