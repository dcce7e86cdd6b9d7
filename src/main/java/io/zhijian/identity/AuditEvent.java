package io.zhijian.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** Who did what, when, with the record's state before and after (JSON). Append-only. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "target_type", length = 64)
    public String targetType;

    @Column(name = "target_id", length = 200)
    public String targetId;

    @Column(name = "before_json", length = 100000)
    public String beforeJson;

    @Column(name = "after_json", length = 100000)
    public String afterJson;

    public static List<AuditEvent> newestFirst(int page, int size) {
        return findAll(Sort.descending("at", "id")).page(Page.of(page, size)).list();
    }
}
