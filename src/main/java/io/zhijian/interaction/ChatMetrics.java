package io.zhijian.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a conversation's timing says about the service, as chat QA suites measure it.
 * <ul>
 * <li>An agent response time runs from the first customer message the agent has not yet answered to the agent's
 * next message; {@code firstResponseSeconds} is the first of them, {@code mean…}/{@code longest…} over all.</li>
 * <li>{@code longestCustomerWaitSeconds} also counts the customer's last message left unanswered, up to the end of
 * the conversation: a customer who gave up waiting waited too.</li>
 * <li>{@code durationSeconds}: from the start to the end (the last message when no end is given).</li>
 * <li>{@code endedBy}: the side of the last message that was not a SYSTEM one.</li>
 * </ul>
 * SYSTEM messages neither answer the customer nor start a wait. Times are in seconds; null where there is nothing
 * to measure (no customer message, or never answered).
 */
public record ChatMetrics(Double firstResponseSeconds, Double meanResponseSeconds, Double longestResponseSeconds,
                          Double longestCustomerWaitSeconds, int agentMessages, int customerMessages,
                          double durationSeconds, ChatMessage.Sender endedBy) {

    /** {@code messages} in time order; {@code endedAt} may be null. */
    public static ChatMetrics of(Instant startedAt, Instant endedAt, List<ChatMessage> messages) {
        int agent = 0;
        int customer = 0;
        Instant waitingSince = null;
        Double first = null;
        double sum = 0;
        int responses = 0;
        double longest = 0;
        ChatMessage.Sender last = null;
        Instant lastAt = startedAt;
        for (ChatMessage m : messages) {
            lastAt = m.at().isAfter(lastAt) ? m.at() : lastAt;
            if (m.from() == ChatMessage.Sender.CUSTOMER) {
                customer++;
                last = m.from();
                if (waitingSince == null) {
                    waitingSince = m.at();
                }
            } else if (m.from() == ChatMessage.Sender.AGENT) {
                agent++;
                last = m.from();
                if (waitingSince != null) {
                    double seconds = seconds(waitingSince, m.at());
                    first = first == null ? seconds : first;
                    sum += seconds;
                    responses++;
                    longest = Math.max(longest, seconds);
                    waitingSince = null;
                }
            }
        }
        Instant end = endedAt != null && endedAt.isAfter(lastAt) ? endedAt : lastAt;
        Double longestWait = responses == 0 ? null : longest;
        if (waitingSince != null) {
            double unanswered = seconds(waitingSince, end);
            longestWait = longestWait == null ? unanswered : Math.max(longestWait, unanswered);
        }
        return new ChatMetrics(first, responses == 0 ? null : round(sum / responses), responses == 0 ? null : longest,
                longestWait, agent, customer, seconds(startedAt, end), last);
    }

    private static double seconds(Instant from, Instant to) {
        return round(Duration.between(from, to).toMillis() / 1000.0);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
