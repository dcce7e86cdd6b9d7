package io.zhijian.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One question of an attempt, pinned to the question version drawn at the start, and its response. */
@Entity
@Table(name = "attempt_slots")
public class AttemptSlot extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "attempt_id")
        public long attemptId;

        @Column(name = "slot")
        public int slot;

        public Key() {
        }

        Key(long attemptId, int slot) {
            this.attemptId = attemptId;
            this.slot = slot;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.slot == slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, slot);
        }
    }

    @EmbeddedId
    public Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public StoredQuestion question;

    /** The drawn question version's id, readable without loading the question. */
    @Column(name = "question_id", insertable = false, updatable = false)
    public long questionId;

    @Column(nullable = false)
    public double marks;

    /** Comma-separated original answer indexes in the order shown (choices) or right-hand items (matching). */
    @Column(name = "choice_order", length = 500)
    public String choiceOrder;

    /** The response as JSON. */
    @Column(length = 20000)
    public String response;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public Double awarded;

    public static List<AttemptSlot> of(long attemptId) {
        return list("key.attemptId = ?1 order by key.slot", attemptId);
    }
}
