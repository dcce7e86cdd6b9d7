package io.zhijian.scorecard;

import java.util.List;

/**
 * One rule of an item's {@code auto} list: when its condition holds (a rule without one always holds), it
 * suggests {@code answer} in the canonical form answers are stored in ("8", "yes", "NA"). The scorecard file
 * format is described in {@code scorecards/README.md}; {@link AutoRuleReader} reads and checks it.
 */
public record AutoRule(String answer, Condition when) {

    /** What a rule asks of an interaction. Records compare by content, as the scorecard round trip needs. */
    public sealed interface Condition permits Said, Metric, Field, Within, AllOf, AnyOf, Not {
    }

    /** Who must have said a phrase. */
    public enum By { AGENT, CUSTOMER, ANY }

    /**
     * {@code said} ({@code present}) or {@code notSaid}: any of the phrases, by a speaker, within the first or
     * the last seconds of the interaction (both null: anywhere).
     */
    public record Said(boolean present, List<String> phrases, By by, Double firstSeconds, Double lastSeconds)
            implements Condition {
    }

    /** A speech (or chat) metric within bounds; a metric the interaction does not have never holds. */
    public record Metric(String name, Double min, Double max) implements Condition {
    }

    /** A ticket field: missing (empty), matching a regular expression, or one of the given values. */
    public record Field(String name, Boolean missing, String matches, List<String> oneOf) implements Condition {
    }

    /** From one ticket time to another in at most {@code maxSeconds}; a missing time never holds. */
    public record Within(String from, String to, double maxSeconds) implements Condition {
    }

    public record AllOf(List<Condition> conditions) implements Condition {
    }

    public record AnyOf(List<Condition> conditions) implements Condition {
    }

    public record Not(Condition condition) implements Condition {
    }

    /** Speech metrics of calls ({@code SpeechMetrics}); the names a rule may use. */
    public static final List<String> CALL_METRICS = List.of("agentSpeechRate", "longestSilenceSeconds",
            "silenceSeconds", "silencesOver3s", "agentInterruptions", "overlapCount", "overlapSeconds",
            "agentTalkSeconds", "customerTalkSeconds", "talkRatio", "agentTalkShare", "durationSeconds");

    /** Chat metrics ({@code ChatMetrics}). */
    public static final List<String> CHAT_METRICS = List.of("firstResponseSeconds", "meanResponseSeconds",
            "longestResponseSeconds", "longestCustomerWaitSeconds", "agentMessages", "customerMessages",
            "durationSeconds");

    /** Ticket fields a rule may read (the import's column names). */
    public static final List<String> TICKET_FIELDS = List.of("ticket_no", "type", "subtype", "responsible_unit",
            "customer_name", "customer_address", "customer_phone", "region", "content", "feedback", "agent");

    /** Ticket times {@code within} may measure between. */
    public static final List<String> TICKET_TIMES = List.of("created_at", "feedback_at", "closed_at");
}
