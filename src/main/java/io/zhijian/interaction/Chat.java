package io.zhijian.interaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * An online chat conversation (在线客服) with its messages (one JSON array, always read whole) and the metrics
 * computed from them at import.
 */
@Entity
@Table(name = "chats")
public class Chat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_id", nullable = false, length = 100)
    public String externalId;

    @Column(nullable = false, length = 64)
    public String agent;

    /** The platform the customer wrote on (淘宝, 京东, 微信, 官网 …): the import's {@code channel}. */
    @Column(length = 40)
    public String platform;

    @Column(length = 100)
    public String customer;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public Integer satisfaction;

    @Column(name = "ticket_no", length = 64)
    public String ticketNo;

    @Column(name = "messages_json", nullable = false, length = 1_000_000)
    public String messagesJson;

    @Column(name = "message_count", nullable = false)
    public int messageCount;

    @Column(name = "agent_messages", nullable = false)
    public int agentMessages;

    @Column(name = "customer_messages", nullable = false)
    public int customerMessages;

    @Column(name = "first_response_seconds")
    public Double firstResponseSeconds;

    @Column(name = "mean_response_seconds")
    public Double meanResponseSeconds;

    @Column(name = "longest_response_seconds")
    public Double longestResponseSeconds;

    @Column(name = "longest_customer_wait_seconds")
    public Double longestCustomerWaitSeconds;

    @Column(name = "duration_seconds", nullable = false)
    public double durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 10)
    public ChatMessage.Sender endedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    public String importedBy;

    public static Optional<Chat> byId(long id) {
        return findByIdOptional(id);
    }

    public static Optional<Chat> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    ChatMetrics metrics() {
        return new ChatMetrics(firstResponseSeconds, meanResponseSeconds, longestResponseSeconds,
                longestCustomerWaitSeconds, agentMessages, customerMessages, durationSeconds, endedBy);
    }

    void metrics(ChatMetrics m) {
        firstResponseSeconds = m.firstResponseSeconds();
        meanResponseSeconds = m.meanResponseSeconds();
        longestResponseSeconds = m.longestResponseSeconds();
        longestCustomerWaitSeconds = m.longestCustomerWaitSeconds();
        agentMessages = m.agentMessages();
        customerMessages = m.customerMessages();
        durationSeconds = m.durationSeconds();
        endedBy = m.endedBy();
    }
}
