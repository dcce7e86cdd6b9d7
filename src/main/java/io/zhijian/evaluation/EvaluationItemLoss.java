package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item that lost points (or failed critically) in a submitted evaluation: its own answer scored below its
 * maximum. Items zeroed by another item's critical failure did not lose points of their own and are not listed.
 * The evaluation's agent, submission time, channel and calibration flag are copied here so that a period's losses are
 * counted from this table's index alone (none of them changes after submission; amendments write the rows anew).
 */
@Entity
@Table(name = "evaluation_item_losses")
public class EvaluationItemLoss extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public long evaluationId;

    @Column(name = "scorecard_key", nullable = false, length = 64)
    public String scorecardKey;

    @Column(name = "item_key", nullable = false, length = 64)
    public String itemKey;

    @Column(name = "points_lost", nullable = false)
    public double pointsLost;

    @Column(length = 64)
    public String agent;

    @Column(name = "submitted_at")
    public java.time.Instant submittedAt;

    @Column(name = "interaction_type", length = 8)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public io.zhijian.interaction.Interactions.Type interactionType;

    @Column(nullable = false)
    public boolean calibration;
}
