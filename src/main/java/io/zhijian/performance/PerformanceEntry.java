package io.zhijian.performance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's month: what the manager entered (client score, an employer score overriding the computed one, with its
 * note) and the agent's sign-off or objection. Publishing freezes the computed figures here, so later rule changes
 * or late data never rewrite a published month.
 */
@Entity
@Table(name = "performance_entries")
@IdClass(PerformanceEntry.Key.class)
public class PerformanceEntry extends PanacheEntityBase {

    public static class Key implements Serializable {
        public String period;
        public String agent;

        public Key() {
        }

        public Key(String period, String agent) {
            this.period = period;
            this.agent = agent;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(period, k.period) && Objects.equals(agent, k.agent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(period, agent);
        }
    }

    @Id
    @Column(length = 7)
    public String period;

    @Id
    @Column(length = 64)
    public String agent;

    @Column(name = "employer_override")
    public Double employerOverride;

    @Column(length = 2000)
    public String note;

    @Column(name = "client_score")
    public Double clientScore;

    @Column(length = 100)
    public String team;

    @Column(name = "employer_score")
    public Double employerScore;

    public Double total;

    public Double bonus;

    @Column(name = "kpis_json", length = 20000)
    public String kpisJson;

    @Column(nullable = false)
    public boolean frozen;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(length = 2000)
    public String objection;

    @Column(name = "objected_at")
    public Instant objectedAt;

    public static Optional<PerformanceEntry> of(String period, String agent) {
        return findByIdOptional(new Key(period, agent));
    }

    public static List<PerformanceEntry> ofPeriod(String period) {
        return list("period", period);
    }

    public static List<PerformanceEntry> ofPeriods(List<String> periods) {
        return list("period in ?1", periods);
    }
}
