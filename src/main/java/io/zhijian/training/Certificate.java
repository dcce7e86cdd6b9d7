package io.zhijian.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "certificates")
public class Certificate extends PanacheEntityBase {

    @Id
    @Column(length = 32)
    public String code;

    @Column(name = "attempt_id", nullable = false)
    public long attemptId;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "exam_id", nullable = false)
    public long examId;

    @Column(name = "score_percent", nullable = false)
    public double scorePercent;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
