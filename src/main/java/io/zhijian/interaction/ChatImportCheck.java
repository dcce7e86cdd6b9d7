package io.zhijian.interaction;

import io.zhijian.platform.DateTimes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one conversation of an upload: either why it is refused (in the importer's language) or the conversation
 * to store, its messages in time order.
 */
final class ChatImportCheck {

    static final int MAX_TEXT = 10_000;
    static final int MAX_MESSAGES = 2_000;

    /** A conversation ready to store. */
    record Valid(String externalId, String agent, String platform, String customer, Instant startedAt,
                 Instant endedAt, Integer satisfaction, String ticketNo, List<ChatMessage> messages) {
    }

    /** Exactly one of the two is set. */
    record Outcome(String reason, Valid valid) {
    }

    private ChatImportCheck() {
    }

    /**
     * {@code agents}: the known usernames; {@code seen}: external ids earlier in the file, with their lines;
     * {@code startFromMessages}: a table's conversation without {@code started_at} starts at its first message.
     */
    static Outcome check(ChatFile.Raw raw, Set<String> agents, Map<String, Integer> seen, boolean startFromMessages,
                         ChatMessages m) {
        if (raw.error() != null) {
            return refused(switch (raw.error()) {
                case "no-id" -> m.chatNoConversationId();
                case "not-json" -> m.chatNotJson();
                case "not-object" -> m.chatNotObject();
                case "messages-not-list" -> m.chatMessagesNotList();
                default -> m.chatImprecise(raw.error().substring(raw.error().indexOf(':') + 1));
            });
        }
        String externalId = ChatFile.blank(raw.externalId());
        if (externalId == null || externalId.length() > 100) {
            return refused(m.chatExternalId());
        }
        if (seen.containsKey(externalId)) {
            return refused(m.chatDuplicate(seen.get(externalId)));
        }
        String agent = ChatFile.blank(raw.agent());
        if (agent == null) {
            return refused(m.chatAgentRequired());
        }
        if (!agents.contains(agent)) {
            return refused(m.chatUnknownAgent(agent));
        }
        if (raw.messages().isEmpty()) {
            return refused(m.chatNoMessages());
        }
        if (raw.messages().size() > MAX_MESSAGES) {
            return refused(m.chatTooManyMessages(MAX_MESSAGES));
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < raw.messages().size(); i++) {
            ChatFile.RawMessage message = raw.messages().get(i);
            int n = i + 1;
            Instant at = DateTimes.parse(message.at());
            if (at == null || !DateTimes.plausible(at)) {
                return refused(m.chatMessageTime(n, String.valueOf(message.at() == null ? "" : message.at())));
            }
            ChatMessage.Sender from = sender(message.from());
            if (from == null) {
                return refused(m.chatMessageSender(n));
            }
            String text = message.text() == null ? "" : message.text().strip();
            if (text.isEmpty()) {
                return refused(m.chatMessageText(n));
            }
            if (text.length() > MAX_TEXT) {
                return refused(m.chatMessageTooLong(n, MAX_TEXT));
            }
            messages.add(new ChatMessage(at, from, text));
        }
        Instant startedAt;
        String started = ChatFile.blank(raw.startedAt());
        if (started == null) {
            if (!startFromMessages) {
                return refused(m.chatStartRequired());
            }
            startedAt = messages.stream().map(ChatMessage::at).min(Comparator.naturalOrder()).orElseThrow();
        } else {
            startedAt = DateTimes.parse(started);
            if (startedAt == null || !DateTimes.plausible(startedAt)) {
                return refused(m.chatTime("startedAt", started));
            }
        }
        Instant endedAt = null;
        String ended = ChatFile.blank(raw.endedAt());
        if (ended != null) {
            endedAt = DateTimes.parse(ended);
            if (endedAt == null || !DateTimes.plausible(endedAt)) {
                return refused(m.chatTime("endedAt", ended));
            }
            if (endedAt.isBefore(startedAt)) {
                return refused(m.chatEndBeforeStart());
            }
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).at().isBefore(startedAt)) {
                return refused(m.chatMessageBeforeStart(i + 1));
            }
        }
        Integer satisfaction = null;
        String score = ChatFile.blank(raw.satisfaction());
        if (score != null) {
            satisfaction = score.matches("[1-5](\\.0+)?") ? Integer.valueOf(score.substring(0, 1)) : null;
            if (satisfaction == null) {
                return refused(m.chatSatisfactionInvalid(score));
            }
        }
        String platform = ChatFile.blank(raw.channel());
        String customer = ChatFile.blank(raw.customer());
        String ticketNo = ChatFile.blank(raw.ticketNo());
        for (String[] field : new String[][]{{"channel", platform, "40"}, {"customer", customer, "100"},
                {"ticketNo", ticketNo, "64"}}) {
            int max = Integer.parseInt(field[2]);
            if (field[1] != null && field[1].length() > max) {
                return refused(m.chatTooLong(field[0], max));
            }
        }
        messages.sort(Comparator.comparing(ChatMessage::at));
        return new Outcome(null, new Valid(externalId, agent, platform, customer, startedAt, endedAt, satisfaction,
                ticketNo, List.copyOf(messages)));
    }

    /** AGENT, CUSTOMER or SYSTEM in any case, or as a Chinese export writes them (客服, 客户, 系统). */
    static ChatMessage.Sender sender(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "AGENT", "客服", "坐席" -> ChatMessage.Sender.AGENT;
            case "CUSTOMER", "客户", "顾客", "用户" -> ChatMessage.Sender.CUSTOMER;
            case "SYSTEM", "系统" -> ChatMessage.Sender.SYSTEM;
            default -> null;
        };
    }

    private static Outcome refused(String reason) {
        return new Outcome(reason, null);
    }
}
