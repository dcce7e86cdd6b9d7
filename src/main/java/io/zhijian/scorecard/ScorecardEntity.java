package io.zhijian.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "scorecards")
public class ScorecardEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "scorecard_key", nullable = false, unique = true, length = 64)
    public String key;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<ScorecardEntity> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static List<ScorecardEntity> listByKey() {
        return list("order by key");
    }
}
