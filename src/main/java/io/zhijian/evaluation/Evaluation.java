package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhijian.interaction.Interactions;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One interaction scored by one evaluator against one pinned scorecard version. A draft is edited in
 * place; once submitted its content only changes by a new revision.
 */
@Entity
@Table(name = "evaluations")
public class Evaluation extends PanacheEntityBase {

    public enum Status { DRAFT, SUBMITTED }

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

    @Column(nullable = false, length = 64)
    public String evaluator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "calibration_id")
    public Long calibrationId;

    /**
     * "Not an inspector's scoring in a calibration session", as a query condition on the evaluation (alias
     * {@code e}, or null for an unqualified query). Not {@code calibrationId is null}: H2 takes IS NULL as an equality
     * on the index of calibration_id and prefers that index to any other, so a month's KPIs read every evaluation
     * instead of the month from their covering index (2 s instead of 0.2 s with 200,000), and an export re-read the
     * table for every page. An expression keeps that index out of the plan; "not calibration" is never selective,
     * on PostgreSQL either.
     */
    static String notCalibration(String alias) {
        return "coalesce(" + (alias == null ? "" : alias + ".") + "calibrationId, 0) = 0";
    }

    @Column(name = "answers_json", nullable = false, length = 100000)
    public String answersJson;

    @Column(name = "comments_json", nullable = false, length = 100000)
    public String commentsJson;

    @Column(name = "moments_json", nullable = false, length = 100000)
    public String momentsJson;

    /** Items whose answer the inspector took from the auto-QA suggestion (a JSON array of keys; null: none). */
    @Column(name = "suggestions_taken", length = 4000)
    public String suggestionsTakenJson;

    public Double total;

    /** What the KPIs read of a submitted evaluation (see {@link KpiFacts}); null until submitted. */
    @Column(name = "critical_failure")
    public Boolean criticalFailure;

    @Column(name = "attitude_clean")
    public Boolean attitudeClean;

    @Column(name = "professional_score")
    public Double professionalScore;

    /** Whether the items that lost points are in {@link EvaluationItemLoss} (false for older evaluations until the next start). */
    @Column(name = "item_losses_recorded", nullable = false)
    public boolean itemLossesRecorded;

    /** 0 while a draft; 1 once submitted; +1 for every amendment. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** Two autosaves of one evaluation racing each other must not silently lose one. */
    @Version
    @Column(name = "row_version", nullable = false)
    public int rowVersion;

    public static Optional<Evaluation> byId(long id) {
        return findByIdOptional(id);
    }

    /** Submitted evaluations of an agent (calibration sessions never count), newest first. */
    public static List<Evaluation> submittedFor(String agent) {
        return list("agent = ?1 and status = ?2 and " + Evaluation.notCalibration(null) + " order by submittedAt desc, id desc", agent,
                Status.SUBMITTED);
    }

    public static List<Evaluation> ofCalibration(long calibrationId) {
        return list("calibrationId = ?1 order by id", calibrationId);
    }

    public static Optional<Evaluation> ofCalibration(long calibrationId, String evaluator) {
        return find("calibrationId = ?1 and evaluator = ?2", calibrationId, evaluator).firstResultOptional();
    }
}
