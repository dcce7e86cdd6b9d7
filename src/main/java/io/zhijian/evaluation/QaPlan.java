package io.zhijian.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A sampling plan: which interactions of which period and scope, how many per agent, for which inspectors. */
@Entity
@Table(name = "qa_plans")
public class QaPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    /** Exclusive. */
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "scope_json", nullable = false, length = 10000)
    public String scopeJson;

    @Column(name = "per_agent", nullable = false)
    public int perAgent;

    @Column(name = "min_per_agent", nullable = false)
    public int minPerAgent;

    @Column(nullable = false)
    public long seed;

    @Column(name = "inspectors_json", nullable = false, length = 10000)
    public String inspectorsJson;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_run_at")
    public Instant lastRunAt;

    public static Optional<QaPlan> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<QaPlan> newestFirst(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }

    public static List<QaPlan> createdBy(String username, int limit) {
        return find("createdBy = ?1 order by createdAt desc, id desc", username).page(0, limit).list();
    }
}
