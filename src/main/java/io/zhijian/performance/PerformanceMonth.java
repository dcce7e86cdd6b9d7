package io.zhijian.performance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** A month's assessment: draft until published; its own weights once set; the rules version it was published with. */
@Entity
@Table(name = "performance_months")
public class PerformanceMonth extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @Column(length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "employer_weight")
    public Double employerWeight;

    @Column(name = "client_weight")
    public Double clientWeight;

    @Column(name = "rules_version")
    public Integer rulesVersion;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 64)
    public String publishedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    public int rowVersion;

    public static Optional<PerformanceMonth> byPeriod(String period) {
        return findByIdOptional(period);
    }

    /** The month's row, locked for the rest of the transaction (concurrent publishes and edits queue behind it). */
    public static Optional<PerformanceMonth> locked(String period) {
        return findByIdOptional(period, LockModeType.PESSIMISTIC_WRITE);
    }
}
