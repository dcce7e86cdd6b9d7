package io.zhijian.transcription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A call's current transcript (its segments are {@link TranscriptSegment}s) and speech metrics. */
@Entity
@Table(name = "transcripts")
public class Transcript extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public Long callId;

    @Column(name = "job_id", nullable = false)
    public long jobId;

    @Column(nullable = false, length = 8)
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** {@link SpeechMetrics} as JSON. */
    @Column(nullable = false, length = 4000)
    public String metrics;

    public static Optional<Transcript> of(long callId) {
        return findByIdOptional(callId);
    }
}
