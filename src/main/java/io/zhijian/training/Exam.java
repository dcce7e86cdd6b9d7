package io.zhijian.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** An exam: its blueprint (JSON sections), timing, grading and who it is assigned to ("user:x", "team:y"). */
@Entity
@Table(name = "exams")
public class Exam extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(name = "time_limit_seconds", nullable = false)
    public int timeLimitSeconds;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "attempts_allowed", nullable = false)
    public int attemptsAllowed;

    @Column(name = "grading_method", nullable = false, length = 16)
    public String gradingMethod;

    @Column(name = "pass_percent", nullable = false)
    public double passPercent;

    @Column(name = "certificate_days", nullable = false)
    public int certificateDays;

    /** What a trainee sees of a submitted attempt: NONE, SCORE, RESPONSES or ANSWERS (with the key). */
    @Column(name = "review_after_submit", nullable = false, length = 16)
    public String reviewAfterSubmit;

    /** The same once the exam has closed (an exam without a closing time never reaches this). */
    @Column(name = "review_after_close", nullable = false, length = 16)
    public String reviewAfterClose;

    @Column(nullable = false, length = 100000)
    public String blueprint;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_assignees", joinColumns = @JoinColumn(name = "exam_id"))
    @Column(name = "assignee", nullable = false, length = 120)
    public Set<String> assignees = new LinkedHashSet<>();
}
