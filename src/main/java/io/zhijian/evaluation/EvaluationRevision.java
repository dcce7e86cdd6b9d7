package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A submitted state of an evaluation, kept forever: revision 1 is the submission, later ones amendments. */
@Entity
@Table(name = "evaluation_revisions")
public class EvaluationRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public long evaluationId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "answers_json", nullable = false, length = 100000)
    public String answersJson;

    @Column(name = "comments_json", nullable = false, length = 100000)
    public String commentsJson;

    @Column(name = "moments_json", nullable = false, length = 100000)
    public String momentsJson;

    public Double total;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(length = 2000)
    public String reason;

    public static List<EvaluationRevision> of(long evaluationId) {
        return list("evaluationId = ?1 order by revision", evaluationId);
    }
}
