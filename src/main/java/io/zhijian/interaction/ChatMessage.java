package io.zhijian.interaction;

import java.time.Instant;

/** One message of a chat conversation: when, who wrote it, what. */
public record ChatMessage(Instant at, Sender from, String text) {

    /** Who wrote a message; SYSTEM messages (queue notices, transfers) count for neither side. */
    public enum Sender { AGENT, CUSTOMER, SYSTEM }
}
