package io.zhijian.interaction;

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

/** A recorded call: who, when, which way, and its audio (stored once, by content hash). */
@Entity
@Table(name = "calls")
public class Call extends PanacheEntityBase {

    public enum Direction { IN, OUT }

    public enum Channel { LEFT, RIGHT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_id", nullable = false, length = 100)
    public String externalId;

    @Column(nullable = false, length = 64)
    public String agent;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public Direction direction;

    @Column(name = "customer_number", length = 40)
    public String customerNumber;

    @Column(nullable = false, length = 8)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_channel", nullable = false, length = 5)
    public Channel agentChannel;

    @Column(name = "audio_sha256", nullable = false, length = 64)
    public String audioSha256;

    /** Relative to the recordings folder. */
    @Column(name = "audio_path", nullable = false, length = 300)
    public String audioPath;

    @Column(name = "audio_format", nullable = false, length = 100)
    public String audioFormat;

    @Column(name = "audio_bytes", nullable = false)
    public long audioBytes;

    @Column(nullable = false)
    public int channels;

    @Column(name = "sample_rate", nullable = false)
    public int sampleRate;

    @Column(name = "duration_seconds", nullable = false)
    public double durationSeconds;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    public String uploadedBy;

    public static Optional<Call> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public static Optional<Call> findBySha256(String sha256) {
        return find("audioSha256", sha256).firstResultOptional();
    }

    public static Optional<Call> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<Call> newestFirst(int limit) {
        return find("order by startedAt desc, id desc").page(0, limit).list();
    }

    public static List<Call> ofAgents(List<String> agents, int limit) {
        return find("agent in ?1 order by startedAt desc, id desc", agents).page(0, limit).list();
    }
}
