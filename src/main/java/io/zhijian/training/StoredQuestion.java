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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One version of a question, stored as its canonical GIFT. */
@Entity
@Table(name = "questions")
public class StoredQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id")
    public QuestionBank bank;

    @Column(nullable = false, length = 64)
    public String uid;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean latest;

    @Column(nullable = false, length = 500)
    public String category;

    @Column(name = "id_number", length = 100)
    public String idNumber;

    @Column(length = 500)
    public String title;

    @Column(nullable = false, length = 20)
    public String type;

    public Integer difficulty;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 100000)
    public String gift;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_tags", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", nullable = false, length = 100)
    public Set<String> tags = new LinkedHashSet<>();

    public static Optional<StoredQuestion> latestOf(QuestionBank bank, String uid) {
        return find("bank = ?1 and uid = ?2 and latest = true", bank, uid).firstResultOptional();
    }

    public static List<StoredQuestion> latestIn(QuestionBank bank) {
        return list("bank = ?1 and latest = true order by category, id", bank);
    }

    public static long countLatestIn(QuestionBank bank) {
        return count("bank = ?1 and latest = true", bank);
    }
}
