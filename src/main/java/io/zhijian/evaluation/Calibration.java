package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhijian.interaction.Interactions;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A calibration session: several inspectors score one interaction blind, optionally beside a reference. */
@Entity
@Table(name = "calibrations")
public class Calibration extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "interaction_type", nullable = false, length = 8)
    public Interactions.Type interactionType;

    @Column(name = "interaction_id", nullable = false)
    public long interactionId;

    @Column(length = 64)
    public String agent;

    @Column(name = "scorecard_key", nullable = false, length = 64)
    public String scorecardKey;

    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;

    @Column(length = 200)
    public String title;

    /** The expert whose answers the others are compared with; also one of the members. */
    @Column(name = "reference_user", length = 64)
    public String referenceUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_members", joinColumns = @JoinColumn(name = "calibration_id"))
    @Column(name = "username", length = 64)
    public Set<String> members = new LinkedHashSet<>();

    public static Optional<Calibration> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<Calibration> newestFirst(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }

    /** Sessions a user took part in, oldest first (for their agreement trend). */
    public static List<Calibration> withMember(String username) {
        return list("select c from Calibration c join c.members m where m = ?1 order by c.createdAt, c.id", username);
    }
}
