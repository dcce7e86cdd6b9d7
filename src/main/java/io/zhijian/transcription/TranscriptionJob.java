package io.zhijian.transcription;

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

/** One transcription of one call; a call's newest job is its transcription status. */
@Entity
@Table(name = "transcription_jobs")
public class TranscriptionJob extends PanacheEntityBase {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, WAITING_FOR_MODEL, CANCELLED;

        public boolean active() {
            return this == QUEUED || this == RUNNING || this == WAITING_FOR_MODEL;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "call_id", nullable = false)
    public long callId;

    @Column(nullable = false, length = 8)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    /** Share of the audio decoded, 0..1. */
    @Column(nullable = false)
    public double progress;

    /** How many times a worker has taken it (a retaken lease counts again). */
    @Column(nullable = false)
    public int attempts;

    @Column(length = 2000)
    public String error;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(length = 100)
    public String worker;

    @Column(name = "requested_by", nullable = false, length = 64)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public static Optional<TranscriptionJob> latestOf(long callId) {
        return find("callId = ?1 order by id desc", callId).firstResultOptional();
    }

    public static List<TranscriptionJob> ofCall(long callId) {
        return list("callId = ?1 order by id desc", callId);
    }

    public static Optional<TranscriptionJob> byId(long id) {
        return findByIdOptional(id);
    }
}
