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
}
