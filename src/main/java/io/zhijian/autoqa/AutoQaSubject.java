package io.zhijian.autoqa;

import io.zhijian.scorecard.Scorecard.Channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the rules read of one interaction: its turns (a call's speaker turns or a chat's messages), its
 * metrics, and for a ticket its fields and times. A part the channel does not have is null, and a rule
 * asking about it cannot be answered (the item then gets no suggestion).
 *
 * @param durationSeconds how long the interaction lasted; windows such as "the last 15 s" count back from it
 */
public record AutoQaSubject(Channel channel, long id, List<Turn> turns, double durationSeconds,
                            Map<String, Double> metrics, Map<String, String> fields, Map<String, Instant> times) {

    /** A word with its time (seconds from the start). */
    public record Word(String text, double start, double end) {
    }

    /**
     * A speaker turn or chat message; {@code speaker} is AGENT, CUSTOMER or (mono calls, system messages)
     * UNKNOWN. {@code words} may be empty (chats): a match then points at the whole turn. {@code message} is a
     * chat message's number.
     */
    public record Turn(String speaker, double start, double end, String text, List<Word> words, Integer message) {
    }

    public static AutoQaSubject ticket(long id, Map<String, String> fields, Map<String, Instant> times) {
        return new AutoQaSubject(Channel.TICKET, id, null, 0, null, fields, times);
    }
}
