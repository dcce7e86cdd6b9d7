package io.zhijian.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "attempts")
public class Attempt extends PanacheEntityBase {

    public enum Status { IN_PROGRESS, SUBMITTED, AUTO_SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exam_id")
    public Exam exam;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(nullable = false)
    public long seed;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(nullable = false)
    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public Double score;

    @Column(name = "max_score")
    public Double maxScore;

    public Boolean passed;

    /** The browser the exam page is open in (its cookie), and when it was last seen. */
    @Column(name = "browser_token", length = 64)
    public String browserToken;

    @Column(name = "browser_seen_at")
    public Instant browserSeenAt;

    public static List<Attempt> of(Exam exam, String username) {
        return list("exam = ?1 and username = ?2 order by number", exam, username);
    }

    /** Whether answers are still taken at {@code now}: in progress and before the deadline (the server's clock rules). */
    static boolean takesAnswers(Status status, Instant deadline, Instant now) {
        return status == Status.IN_PROGRESS && now.isBefore(deadline);
    }

    public static List<Attempt> expired(Instant now) {
        return list("status = ?1 and deadline < ?2", Status.IN_PROGRESS, now);
    }
}
