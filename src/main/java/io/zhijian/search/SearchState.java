package io.zhijian.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row naming this database, so the index can tell whether it was built from it. */
@Entity
@Table(name = "search_state")
public class SearchState extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(name = "database_id", nullable = false, length = 36)
    public String databaseId;
}
