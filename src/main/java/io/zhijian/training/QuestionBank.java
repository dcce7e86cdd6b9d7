package io.zhijian.training;

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
@Table(name = "question_banks")
public class QuestionBank extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bank_key", nullable = false, unique = true, length = 64)
    public String key;

    @Column(nullable = false, length = 200)
    public String name;

    /** The name in the English UI (null: the name serves both languages). */
    @Column(name = "name_en", length = 200)
    public String nameEn;

    @Column(nullable = false, length = 16)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<QuestionBank> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static List<QuestionBank> listByKey() {
        return list("order by key");
    }
}
