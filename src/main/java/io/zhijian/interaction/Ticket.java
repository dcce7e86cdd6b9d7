package io.zhijian.interaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A work order (工单): its type, who it concerns, what was asked and answered, and the agent who handled it. */
@Entity
@Table(name = "tickets")
public class Ticket extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_no", nullable = false, length = 64)
    public String ticketNo;

    @Column(nullable = false, length = 8)
    public String type;

    @Column(length = 100)
    public String subtype;

    @Column(name = "responsible_unit", length = 200)
    public String responsibleUnit;

    @Column(name = "customer_name", length = 100)
    public String customerName;

    @Column(name = "customer_address", length = 500)
    public String customerAddress;

    @Column(name = "customer_phone", length = 40)
    public String customerPhone;

    @Column(length = 100)
    public String region;

    @Column(length = 10000)
    public String content;

    @Column(length = 10000)
    public String feedback;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the responsible unit's feedback arrived (反馈时间); the first-time-resolution KPI reads it. */
    @Column(name = "feedback_at")
    public Instant feedbackAt;

    @Column(length = 64)
    public String agent;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    public String importedBy;

    public static Optional<Ticket> findByNo(String ticketNo) {
        return find("ticketNo", ticketNo).firstResultOptional();
    }
}
