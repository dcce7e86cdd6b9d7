package io.zhijian.interaction;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.zhijian.interaction.ChatMessage.Sender.AGENT;
import static io.zhijian.interaction.ChatMessage.Sender.CUSTOMER;
import static io.zhijian.interaction.ChatMessage.Sender.SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Chat metrics against values worked out by hand. */
class ChatMetricsTest {

    private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    private static ChatMessage m(int second, ChatMessage.Sender from) {
        return new ChatMessage(START.plusSeconds(second), from, "x");
    }

    @Test
    void aConversationWithRepliesASystemNoticeAndAnUnansweredLastQuestion() {
        // Customer at 5 s, agent at 20 s: 15 s. Customer at 60 and 70 s, agent at 100 s: 40 s (from the first
        // unanswered). A system notice at 120 s answers nobody; the agent's 125 s message follows no question.
        // The customer's 180 s question is never answered; the chat ends at 300 s: a 120 s wait.
        List<ChatMessage> messages = List.of(m(5, CUSTOMER), m(20, AGENT), m(60, CUSTOMER), m(70, CUSTOMER),
                m(100, AGENT), m(120, SYSTEM), m(125, AGENT), m(180, CUSTOMER));
        ChatMetrics metrics = ChatMetrics.of(START, START.plusSeconds(300), messages);
        assertEquals(15.0, metrics.firstResponseSeconds());
        assertEquals(27.5, metrics.meanResponseSeconds());
        assertEquals(40.0, metrics.longestResponseSeconds());
        assertEquals(120.0, metrics.longestCustomerWaitSeconds());
        assertEquals(3, metrics.agentMessages());
        assertEquals(4, metrics.customerMessages());
        assertEquals(300.0, metrics.durationSeconds());
        assertEquals(CUSTOMER, metrics.endedBy());
    }

    @Test
    void theLongestWaitIsTheLongestResponseWhenEverythingWasAnswered() {
        ChatMetrics metrics = ChatMetrics.of(START, null, List.of(m(0, CUSTOMER), m(90, AGENT), m(100, CUSTOMER),
                m(110, AGENT), m(115, SYSTEM)));
        assertEquals(90.0, metrics.firstResponseSeconds());
        assertEquals(50.0, metrics.meanResponseSeconds());
        assertEquals(90.0, metrics.longestResponseSeconds());
        assertEquals(90.0, metrics.longestCustomerWaitSeconds());
        // No end given: the last message (the system notice at 115 s) ends it; the last word was the agent's.
        assertEquals(115.0, metrics.durationSeconds());
        assertEquals(AGENT, metrics.endedBy());
    }

    @Test
    void aCustomerNobodyAnsweredWaitedUntilTheEnd() {
        ChatMetrics metrics = ChatMetrics.of(START, START.plusSeconds(600), List.of(m(30, CUSTOMER), m(45, CUSTOMER)));
        assertNull(metrics.firstResponseSeconds());
        assertNull(metrics.meanResponseSeconds());
        assertNull(metrics.longestResponseSeconds());
        assertEquals(570.0, metrics.longestCustomerWaitSeconds());
        assertEquals(0, metrics.agentMessages());
        assertEquals(2, metrics.customerMessages());
        assertEquals(600.0, metrics.durationSeconds());
    }

    @Test
    void anAgentOnlyOrSystemOnlyConversationHasNoResponseTimes() {
        ChatMetrics agentOnly = ChatMetrics.of(START, null, List.of(m(10, AGENT)));
        assertNull(agentOnly.firstResponseSeconds());
        assertNull(agentOnly.longestCustomerWaitSeconds());
        assertEquals(AGENT, agentOnly.endedBy());
        assertEquals(10.0, agentOnly.durationSeconds());
        ChatMetrics systemOnly = ChatMetrics.of(START, null, List.of(m(3, SYSTEM)));
        assertNull(systemOnly.endedBy());
        assertEquals(0, systemOnly.agentMessages() + systemOnly.customerMessages());
    }

    @Test
    void anEndBeforeTheLastMessageIsReadAsTheLastMessage() {
        ChatMetrics metrics = ChatMetrics.of(START, START.plusSeconds(10), List.of(m(5, CUSTOMER), m(40, AGENT)));
        assertEquals(40.0, metrics.durationSeconds());
        assertEquals(35.0, metrics.firstResponseSeconds());
    }

    @Test
    void fractionsOfASecondAreKeptToTheHundredth() {
        List<ChatMessage> messages = List.of(new ChatMessage(START.plusMillis(1_000), CUSTOMER, "x"),
                new ChatMessage(START.plusMillis(3_456), AGENT, "y"), new ChatMessage(START.plusMillis(4_000), CUSTOMER, "x"),
                new ChatMessage(START.plusMillis(5_001), AGENT, "y"));
        ChatMetrics metrics = ChatMetrics.of(START, null, messages);
        assertEquals(2.46, metrics.firstResponseSeconds());
        assertEquals(1.73, metrics.meanResponseSeconds());
        assertEquals(5.0, metrics.durationSeconds());
    }
}
