package io.zhijian.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of a scorecard. Published versions never change; a draft changes until published. */
@Entity
@Table(name = "scorecard_versions")
public class ScorecardVersion extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED }

    /** Where a version came from: a file in scorecards/, the API, or the editor. */
    public enum Source { FILE, API, UI }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id")
    public ScorecardEntity scorecard;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Source source;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 1000000)
    public String yaml;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<ScorecardVersion> listOf(ScorecardEntity scorecard) {
        return list("scorecard = ?1 order by version", scorecard);
    }

    public static Optional<ScorecardVersion> find(ScorecardEntity scorecard, int version) {
        return find("scorecard = ?1 and version = ?2", scorecard, version).firstResultOptional();
    }

    public static Optional<ScorecardVersion> latest(ScorecardEntity scorecard, Status status) {
        return find("scorecard = ?1 and status = ?2 order by version desc", scorecard, status).firstResultOptional();
    }

    public static Optional<ScorecardVersion> latestFrom(ScorecardEntity scorecard, Source source) {
        return find("scorecard = ?1 and source = ?2 order by version desc", scorecard, source).firstResultOptional();
    }

    public static Optional<ScorecardVersion> draftOf(ScorecardEntity scorecard) {
        return latest(scorecard, Status.DRAFT);
    }

    public static int nextVersion(ScorecardEntity scorecard) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from ScorecardVersion v where v.scorecard = :s", Integer.class)
                .setParameter("s", scorecard).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
