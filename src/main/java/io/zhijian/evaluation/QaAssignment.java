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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One sampled interaction given to one inspector; linked to the evaluation once they start it. */
@Entity
@Table(name = "qa_assignments")
public class QaAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interaction_type", nullable = false, length = 8)
    public Interactions.Type interactionType;

    @Column(name = "interaction_id", nullable = false)
    public long interactionId;

    @Column(nullable = false, length = 64)
    public String agent;

    @Column(nullable = false, length = 64)
    public String inspector;

    @Column(name = "evaluation_id")
    public Long evaluationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<QaAssignment> byId(long id) {
        return findByIdOptional(id);
    }

    /** An inspector's queue: not yet started first, then the most recent. */
    public static List<QaAssignment> queueOf(String inspector, int limit) {
        return find("inspector = ?1 order by case when evaluationId is null then 0 else 1 end, id desc", inspector)
                .page(0, limit).list();
    }

    public static List<QaAssignment> ofPlan(long planId) {
        return list("planId = ?1 order by id", planId);
    }
}
