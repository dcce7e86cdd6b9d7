package io.zhijian.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Pii;
import io.zhijian.platform.Problem;
import io.zhijian.platform.TableFile;
import io.zhijian.platform.TextDecoding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online chat conversations (在线客服): imported from JSON, CSV or XLSX (bad conversations reported and skipped, known
 * external ids updated in place), read whole with their metrics, phone and ID numbers masked for those who only
 * need a hint.
 */
@ApplicationScoped
public class ChatService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STORED_CHARS = 1_000_000;

    public record Rejected(int line, String reason) {
    }

    public record ImportReport(int imported, int updated, List<Rejected> rejected) {
    }

    /** {@code seq} 1-based; {@code offsetSeconds} from the start of the conversation. */
    public record MessageView(int seq, Instant at, double offsetSeconds, ChatMessage.Sender from, String text) {
    }

    /** {@code channel}: the platform the customer wrote on. */
    public record ChatView(long id, String externalId, String agent, String channel, String customer,
                           Instant startedAt, Instant endedAt, Integer satisfaction, String ticketNo,
                           List<MessageView> messages, ChatMetrics metrics) {
    }

    public record ChatSummary(long id, String externalId, String agent, String channel, Instant startedAt,
                              int messages, Integer satisfaction, Double firstResponseSeconds) {
    }

    public record Page(long total, int page, int size, List<ChatSummary> items) {
    }

    /** What search indexes of a conversation. */
    public record IndexableChat(long id, String externalId, String agent, String team, String channel,
                                Instant startedAt, List<ChatMessage> messages) {
    }

    /** The stored form of a message: epoch milliseconds, A/C/S, text. */
    record Stored(long t, String f, String x) {
    }

    @Inject
    AgentVisibility visibility;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ChatsImported> imported;

    @Inject
    ImportProgress progress;

    /** {@code format}: json, csv or xlsx (see {@link #format}). */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport importFile(byte[] body, String format, String actor, AppMessages m) {
        if (body == null || body.length == 0) {
            throw Problem.badRequest(AppMessages::fileBodyRequired);
        }
        ChatMessages texts = Messages.bundle(ChatMessages.class, m.langCode());
        List<ChatFile.Raw> conversations;
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            throw Problem.invalid(Map.of("format", ChatTexts.text(ChatMessages::chatFormat)));
        }
        boolean table = !"json".equals(format);
        if (table) {
            conversations = ChatFile.table(ChatFile.TABLE.read(body, format,
                    unknown -> ChatTexts.text(x -> x.chatNoIdColumn(unknown))).lines());
        } else {
            String text;
            try {
                text = TextDecoding.decode(body).text();
            } catch (TextDecoding.Undecodable e) {
                throw Problem.badRequest(x -> x.fileUndecodable(e.line(), e.charset()));
            }
            try {
                conversations = ChatFile.json(text);
            } catch (ChatFile.Broken e) {
                throw Problem.badRequest(ChatTexts.text(x -> x.chatJsonBroken(e.line, e.column)));
            }
            if (conversations.isEmpty()) {
                throw Problem.badRequest(AppMessages::fileEmpty);
            }
        }
        progress.start(actor, conversations.size());
        try {
            return importConversations(conversations, table, actor, texts);
        } finally {
            progress.finish(actor);
        }
    }

    /** The format of an upload: {@code ?format=} when given, else its Content-Type, else what its first byte says. */
    public static String format(String format, String contentType, byte[] body) {
        if (format != null) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            return f.equals("jsonl") || f.equals("ndjson") ? "json" : f;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return "json";
        }
        if (type.startsWith(TableFile.XLSX) || type.startsWith("text/csv")) {
            return TableFile.format(null, type);
        }
        for (byte b : body == null ? new byte[0] : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[' || b == '{' ? "json" : b == 'P' ? "xlsx" : "csv";
            }
        }
        return "csv";
    }

    private ImportReport importConversations(List<ChatFile.Raw> conversations, boolean table, String actor,
                                             ChatMessages m) {
        Set<String> agents = new HashSet<>();
        users.list().forEach(u -> agents.add(u.username()));
        Map<String, Chat> existing = new HashMap<>();
        Map<String, Long> known = ids(conversations.stream().map(ChatFile.Raw::externalId).filter(id -> id != null)
                .map(String::trim).distinct().toList());
        List<Long> knownIds = List.copyOf(known.values());
        for (int i = 0; i < knownIds.size(); i += 1000) {
            Chat.<Chat>list("id in ?1", knownIds.subList(i, Math.min(knownIds.size(), i + 1000)))
                    .forEach(c -> existing.put(c.externalId, c));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Chat> fresh = new ArrayList<>();
        List<Long> changedIds = new ArrayList<>();
        int updated = 0;
        Instant now = clock.instant();
        int processed = 0;
        for (ChatFile.Raw raw : conversations) {
            if (++processed % 1000 == 0) {
                progress.advance(actor, processed);
            }
            ChatImportCheck.Outcome outcome = ChatImportCheck.check(raw, agents, seen, table, m);
            String json = outcome.valid() == null ? null : write(outcome.valid().messages());
            if (json != null && json.length() > MAX_STORED_CHARS) {
                outcome = new ChatImportCheck.Outcome(m.chatTooLarge(), null);
            }
            if (outcome.reason() != null) {
                rejected.add(new Rejected(raw.line(), outcome.reason()));
                continue;
            }
            ChatImportCheck.Valid v = outcome.valid();
            seen.put(v.externalId(), raw.line());
            Chat chat = existing.get(v.externalId());
            if (chat == null) {
                chat = new Chat();
                chat.externalId = v.externalId();
                fresh.add(chat);
            } else {
                updated++;
                changedIds.add(chat.id);
            }
            fill(chat, v, json);
            chat.importedAt = now;
            chat.importedBy = actor;
        }
        changedIds.addAll(insert(fresh));
        Chat.getEntityManager().flush();
        audit.record(actor, "CHATS_IMPORTED", "chats", null, null,
                Map.of("imported", fresh.size(), "updated", updated, "rejected", rejected.size()));
        imported.fire(new ChatsImported(changedIds));
        return new ImportReport(fresh.size(), updated, rejected);
    }

    private static void fill(Chat chat, ChatImportCheck.Valid v, String messagesJson) {
        chat.agent = v.agent();
        chat.platform = v.platform();
        chat.customer = v.customer();
        chat.startedAt = v.startedAt();
        chat.endedAt = v.endedAt();
        chat.satisfaction = v.satisfaction();
        chat.ticketNo = v.ticketNo();
        chat.messagesJson = messagesJson;
        chat.messageCount = v.messages().size();
        chat.metrics(ChatMetrics.of(v.startedAt(), v.endedAt(), v.messages()));
    }

    /**
     * The ids of the conversations with these external ids, those that exist. One array parameter per 5,000: H2
     * parsed and planned each {@code in (?, ?, …)} list of a thousand anew, which cost more than the lookups.
     */
    private static Map<String, Long> ids(List<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        if (externalIds.isEmpty()) {
            return ids;
        }
        Chat.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, external_id from chats where external_id = any(?)")) {
                for (int i = 0; i < externalIds.size(); i += 5000) {
                    select.setArray(1, connection.createArrayOf("varchar",
                            externalIds.subList(i, Math.min(externalIds.size(), i + 5000)).toArray()));
                    try (java.sql.ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.put(rows.getString(2), rows.getLong(1));
                        }
                    }
                }
            }
        });
        return ids;
    }

    /**
     * New conversations as JDBC batches (identity ids rule out Hibernate's insert batching); their ids come back as
     * the batches' generated keys.
     */
    private static List<Long> insert(List<Chat> chats) {
        List<Long> ids = new ArrayList<>(chats.size());
        if (chats.isEmpty()) {
            return ids;
        }
        Chat.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into chats (external_id, agent, platform,"
                    + " customer, started_at, ended_at, satisfaction, ticket_no, messages_json, message_count,"
                    + " agent_messages, customer_messages, first_response_seconds, mean_response_seconds,"
                    + " longest_response_seconds, longest_customer_wait_seconds, duration_seconds, ended_by,"
                    + " imported_at, imported_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[]{"id"})) {
                int pending = 0;
                for (Chat c : chats) {
                    insert.setString(1, c.externalId);
                    insert.setString(2, c.agent);
                    insert.setString(3, c.platform);
                    insert.setString(4, c.customer);
                    insert.setObject(5, utc(c.startedAt));
                    insert.setObject(6, utc(c.endedAt));
                    insert.setObject(7, c.satisfaction, java.sql.Types.INTEGER);
                    insert.setString(8, c.ticketNo);
                    insert.setString(9, c.messagesJson);
                    insert.setInt(10, c.messageCount);
                    insert.setInt(11, c.agentMessages);
                    insert.setInt(12, c.customerMessages);
                    insert.setObject(13, c.firstResponseSeconds, java.sql.Types.DOUBLE);
                    insert.setObject(14, c.meanResponseSeconds, java.sql.Types.DOUBLE);
                    insert.setObject(15, c.longestResponseSeconds, java.sql.Types.DOUBLE);
                    insert.setObject(16, c.longestCustomerWaitSeconds, java.sql.Types.DOUBLE);
                    insert.setDouble(17, c.durationSeconds);
                    insert.setString(18, c.endedBy == null ? null : c.endedBy.name());
                    insert.setObject(19, utc(c.importedAt));
                    insert.setString(20, c.importedBy);
                    insert.addBatch();
                    if (++pending == 500) {
                        execute(insert, ids);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    execute(insert, ids);
                }
            }
        });
        return ids;
    }

    private static void execute(PreparedStatement batch, List<Long> ids) throws java.sql.SQLException {
        batch.executeBatch();
        try (java.sql.ResultSet keys = batch.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The stored form of messages (the {@code messages_json} column). */
    public static String write(List<ChatMessage> messages) {
        List<Stored> stored = messages.stream()
                .map(x -> new Stored(x.at().toEpochMilli(), x.from().name().substring(0, 1), x.text())).toList();
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ChatMessage> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Stored>>() { }).stream()
                    .map(s -> new ChatMessage(Instant.ofEpochMilli(s.t()), switch (s.f()) {
                        case "A" -> ChatMessage.Sender.AGENT;
                        case "C" -> ChatMessage.Sender.CUSTOMER;
                        default -> ChatMessage.Sender.SYSTEM;
                    }, s.x())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored conversation is not readable", e);
        }
    }

    /** Messages numbered from 1, each with its seconds from the start, its text as {@code text} shows it. */
    static List<MessageView> views(Instant start, List<ChatMessage> messages, java.util.function.UnaryOperator<String> text) {
        List<MessageView> views = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage x = messages.get(i);
            views.add(new MessageView(i + 1, x.at(), Duration.between(start, x.at()).toMillis() / 1000.0, x.from(),
                    text.apply(x.text())));
        }
        return views;
    }

    /** A conversation as the viewer may see it (agents their own, leads their team's), numbers masked for them. */
    @Transactional
    public ChatView chat(long id, UserView viewer) {
        Chat chat = Chat.byId(id).filter(c -> visibility.maySee(viewer, c.agent))
                .orElseThrow(() -> Problem.notFound(ChatTexts.text(m -> m.chatNotFound(String.valueOf(id)))));
        boolean full = visibility.seesFullNumbers(viewer);
        List<MessageView> views = views(chat.startedAt, read(chat.messagesJson), full ? t -> t : Pii::maskText);
        return new ChatView(chat.id, chat.externalId, chat.agent, chat.platform,
                full || chat.customer == null ? chat.customer : Pii.maskText(chat.customer), chat.startedAt,
                chat.endedAt, chat.satisfaction, chat.ticketNo, views, chat.metrics());
    }

    /**
     * The conversations the viewer may see, newest first, optionally of one agent and within [from, to). Only the
     * summary columns are read: the messages stay in the database.
     */
    @Transactional
    public Page list(UserView viewer, String agent, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" from Chat c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        Optional<List<String>> visible = visibility.visibleAgents(viewer);
        if (visible.isPresent()) {
            where.append(" and c.agent in :visible");
            params.put("visible", visible.get());
        }
        if (agent != null && !agent.isBlank()) {
            where.append(" and c.agent = :agent");
            params.put("agent", agent.trim());
        }
        if (from != null) {
            where.append(" and c.startedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and c.startedAt < :to");
            params.put("to", to);
        }
        var count = Chat.getEntityManager().createQuery("select count(c)" + where, Long.class);
        var rows = Chat.getEntityManager().createQuery("select c.id, c.externalId, c.agent, c.platform, c.startedAt,"
                + " c.messageCount, c.satisfaction, c.firstResponseSeconds" + where + " order by c.startedAt desc, c.id desc",
                Object[].class).setFirstResult((page - 1) * size).setMaxResults(size);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<ChatSummary> items = rows.getResultList().stream().map(r -> new ChatSummary((Long) r[0], (String) r[1],
                (String) r[2], (String) r[3], (Instant) r[4], (Integer) r[5], (Integer) r[6], (Double) r[7])).toList();
        return new Page(count.getSingleResult(), page, size, items);
    }

    /** What search indexes of several conversations, in two queries. */
    @Transactional
    public List<IndexableChat> indexable(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> teams = users.teams();
        return Chat.<Chat>list("id in ?1 order by id", ids).stream().map(c -> new IndexableChat(c.id, c.externalId,
                c.agent, teams.get(c.agent), c.platform, c.startedAt, read(c.messagesJson))).toList();
    }

    /** The messages of several conversations (for search snippets), in one query. */
    @Transactional
    public Map<Long, List<MessageView>> messages(List<Long> ids) {
        Map<Long, List<MessageView>> byChat = new HashMap<>();
        if (!ids.isEmpty()) {
            Chat.getEntityManager().createQuery("select c.id, c.startedAt, c.messagesJson from Chat c where c.id in ?1",
                    Object[].class).setParameter(1, ids).getResultList().forEach(row ->
                            byChat.put((Long) row[0], views((Instant) row[1], read((String) row[2]), t -> t)));
        }
        return byChat;
    }

    /** A conversation as auto-QA rules read it: its messages and metrics. */
    public record ChatForRules(List<MessageView> messages, ChatMetrics metrics) {
    }

    @Transactional
    public Map<Long, ChatForRules> forRules(List<Long> ids) {
        Map<Long, ChatForRules> out = new HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
            Chat.<Chat>list("id between ?1 and ?2", range[0], range[1]).stream().filter(c -> wanted.contains(c.id))
                    .forEach(c -> out.put(c.id, new ChatForRules(views(c.startedAt, read(c.messagesJson), t -> t),
                            c.metrics())));
        }
        return out;
    }

    /** The id of a conversation the viewer may see. */
    @Transactional
    public long visibleId(long id, UserView viewer) {
        return Chat.byId(id).filter(c -> visibility.maySee(viewer, c.agent)).map(c -> c.id)
                .orElseThrow(() -> Problem.notFound(ChatTexts.text(m -> m.chatNotFound(String.valueOf(id)))));
    }

    @Transactional
    public List<Long> idsAfter(long afterId, int limit) {
        return Chat.getEntityManager().createQuery("select c.id from Chat c where c.id > ?1 order by c.id", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long count() {
        return Chat.count();
    }
}
