package io.zhijian.interaction;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.AuditLog;
import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.Pii;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;
import io.zhijian.platform.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tickets (工单): imported from CSV/XLSX row by row (bad rows reported and skipped), re-imports update. */
@ApplicationScoped
public class TicketService {

    @Inject
    AgentVisibility visibility;

    @Inject
    Clock clock;

    public static final List<String> TYPES = List.of("协查", "主导", "直派", "内审", "在线");
    static final String DIRECT = "直派";
    static final String ASSIST = "协查";
    private static final Map<String, Integer> MAX = Map.of("subtype", 100, "responsible_unit", 200, "customer_name", 100,
            "customer_address", 500, "region", 100, "content", 10000, "feedback", 10000);

    public record Rejected(int line, String reason) {
    }

    public record ImportReport(int imported, int updated, List<Rejected> rejected) {
    }

    public record TicketView(long id, String ticketNo, String type, String subtype, String responsibleUnit,
                             String customerName, String customerAddress, String customerPhone, String region,
                             String content, String feedback, Instant createdAt, Instant closedAt, String agent,
                             Instant feedbackAt) {
    }

    /** What search indexes of a ticket. */
    public record IndexableTicket(long id, String ticketNo, String type, String subtype, String responsibleUnit,
                                  String region, String agent, String team, Instant createdAt, String text) {
    }

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @Inject
    Event<TicketsImported> imported;

    @Inject
    ImportProgress progress;

    // A 100 MB file holds hundreds of thousands of rows: more than the default 60 s may be needed.
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport importFile(byte[] body, String format, String actor, AppMessages m) {
        TableFile.Parsed parsed = TicketFile.TABLE.read(body, format,
                unknown -> InteractionTexts.text(x -> x.tkNoTicketNoColumn(unknown)));
        progress.start(actor, parsed.lines().size());
        try {
            return importLines(parsed, actor, Messages.bundle(CallMessages.class, m.langCode()));
        } finally {
            progress.finish(actor);
        }
    }

    private ImportReport importLines(TableFile.Parsed parsed, String actor, CallMessages m) {
        Set<String> agents = new HashSet<>();
        users.list().forEach(u -> agents.add(u.username()));
        Map<String, Ticket> existing = new HashMap<>();
        List<String> numbers = parsed.lines().stream().map(l -> l.values().getOrDefault("ticket_no", "")).toList();
        for (int i = 0; i < numbers.size(); i += 1000) {
            Ticket.<Ticket>list("ticketNo in ?1", numbers.subList(i, Math.min(numbers.size(), i + 1000)))
                    .forEach(t -> existing.put(t.ticketNo, t));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Ticket> fresh = new ArrayList<>();
        List<Long> changedIds = new ArrayList<>();
        int updated = 0;
        Instant now = clock.instant();
        int processed = 0;
        for (TableFile.Line line : parsed.lines()) {
            if (++processed % 1000 == 0) {
                progress.advance(actor, processed);
            }
            Map<String, String> v = line.values();
            String reason = line.imprecise().isEmpty() ? problem(v, agents, seen, line.line(), m)
                    : m.tkImpreciseNumber(line.imprecise().get(0));
            if (reason != null) {
                rejected.add(new Rejected(line.line(), reason));
                continue;
            }
            String number = v.get("ticket_no");
            seen.put(number, line.line());
            Ticket ticket = existing.get(number);
            if (ticket == null) {
                ticket = new Ticket();
                ticket.ticketNo = number;
                fresh.add(ticket);
            } else {
                updated++;
                changedIds.add(ticket.id);
            }
            fill(ticket, v);
            ticket.importedAt = now;
            ticket.importedBy = actor;
        }
        // Known tickets are managed entities: their changes are flushed in batches. New ones go in as JDBC
        // batches (identity ids rule out Hibernate's insert batching), then their ids are read back.
        insert(fresh);
        Ticket.getEntityManager().flush();
        List<String> freshNumbers = fresh.stream().map(t -> t.ticketNo).toList();
        for (int i = 0; i < freshNumbers.size(); i += 1000) {
            changedIds.addAll(Ticket.getEntityManager().createQuery("select t.id from Ticket t where t.ticketNo in ?1",
                    Long.class).setParameter(1, freshNumbers.subList(i, Math.min(freshNumbers.size(), i + 1000)))
                    .getResultList());
        }
        audit.record(actor, "TICKETS_IMPORTED", "tickets", null, null,
                Map.of("imported", fresh.size(), "updated", updated, "rejected", rejected.size()));
        imported.fire(new TicketsImported(changedIds));
        return new ImportReport(fresh.size(), updated, rejected);
    }

    private static void fill(Ticket ticket, Map<String, String> v) {
        ticket.type = v.get("type");
        ticket.subtype = blank(v.get("subtype"));
        ticket.responsibleUnit = blank(v.get("responsible_unit"));
        ticket.customerName = blank(v.get("customer_name"));
        ticket.customerAddress = blank(v.get("customer_address"));
        ticket.customerPhone = blank(v.get("customer_phone"));
        ticket.region = blank(v.get("region"));
        ticket.content = blank(v.get("content"));
        ticket.feedback = blank(v.get("feedback"));
        ticket.createdAt = DateTimes.parse(v.get("created_at"));
        ticket.closedAt = blank(v.get("closed_at")) == null ? null : DateTimes.parse(v.get("closed_at"));
        ticket.agent = blank(v.get("agent"));
        ticket.feedbackAt = blank(v.get("feedback_at")) == null ? null : DateTimes.parse(v.get("feedback_at"));
    }

    private static void insert(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return;
        }
        Ticket.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into tickets (ticket_no, type, subtype,"
                    + " responsible_unit, customer_name, customer_address, customer_phone, region, content, feedback,"
                    + " created_at, closed_at, agent, imported_at, imported_by, feedback_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int pending = 0;
                for (Ticket t : tickets) {
                    insert.setString(1, t.ticketNo);
                    insert.setString(2, t.type);
                    insert.setString(3, t.subtype);
                    insert.setString(4, t.responsibleUnit);
                    insert.setString(5, t.customerName);
                    insert.setString(6, t.customerAddress);
                    insert.setString(7, t.customerPhone);
                    insert.setString(8, t.region);
                    insert.setString(9, t.content);
                    insert.setString(10, t.feedback);
                    insert.setObject(11, utc(t.createdAt));
                    insert.setObject(12, utc(t.closedAt));
                    insert.setString(13, t.agent);
                    insert.setObject(14, utc(t.importedAt));
                    insert.setString(15, t.importedBy);
                    insert.setObject(16, utc(t.feedbackAt));
                    insert.addBatch();
                    if (++pending == 500) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String problem(Map<String, String> v, Set<String> agents, Map<String, Integer> seen, int line,
                                  CallMessages m) {
        String number = v.getOrDefault("ticket_no", "");
        if (number.isEmpty() || number.length() > 64) {
            return m.tkTicketNo();
        }
        if (seen.containsKey(number)) {
            return m.tkDuplicate(seen.get(number));
        }
        String type = v.getOrDefault("type", "");
        if (!TYPES.contains(type)) {
            return m.tkType(type);
        }
        if (blank(v.get("created_at")) == null) {
            return m.tkCreatedRequired();
        }
        for (String column : List.of("created_at", "closed_at", "feedback_at")) {
            String value = blank(v.get(column));
            if (value != null && DateTimes.parse(value) == null) {
                return m.tkDate(column, value);
            }
        }
        Instant closed = blank(v.get("closed_at")) == null ? null : DateTimes.parse(v.get("closed_at"));
        if (closed != null && closed.isBefore(DateTimes.parse(v.get("created_at")))) {
            return m.tkClosedBeforeCreated();
        }
        Instant feedback = blank(v.get("feedback_at")) == null ? null : DateTimes.parse(v.get("feedback_at"));
        if (feedback != null && feedback.isBefore(DateTimes.parse(v.get("created_at")))) {
            return m.tkFeedbackBeforeCreated();
        }
        String agent = blank(v.get("agent"));
        if (agent != null && !agents.contains(agent)) {
            return m.tkUnknownAgent(agent);
        }
        String phone = blank(v.get("customer_phone"));
        if (phone != null && !Pii.isPhoneNumber(phone)) {
            return m.tkPhone();
        }
        for (Map.Entry<String, Integer> max : MAX.entrySet()) {
            String value = v.get(max.getKey());
            if (value != null && value.length() > max.getValue()) {
                return m.tkTooLong(max.getKey(), max.getValue());
            }
        }
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The newest 200 tickets the viewer may see. */
    @Transactional
    public List<TicketView> recent(UserView viewer) {
        Optional<List<String>> agents = visibility.visibleAgents(viewer);
        List<Ticket> tickets = agents.isEmpty()
                ? Ticket.<Ticket>find("order by createdAt desc, id desc").page(0, 200).list()
                : Ticket.<Ticket>find("agent in ?1 order by createdAt desc, id desc", agents.get()).page(0, 200).list();
        return tickets.stream().map(t -> view(t, viewer)).toList();
    }

    /** A ticket as the viewer may see it: agents only their own, leads their team's; phones masked for them. */
    @Transactional
    public TicketView ticket(String ticketNo, UserView viewer) {
        Ticket t = Ticket.findByNo(ticketNo).filter(x -> visibility.maySee(viewer, x.agent))
                .orElseThrow(() -> Problem.notFound(InteractionTexts.text(m -> m.tkNotFound(ticketNo))));
        return view(t, viewer);
    }

    private TicketView view(Ticket t, UserView viewer) {
        boolean full = visibility.seesFullNumbers(viewer);
        return new TicketView(t.id, t.ticketNo, t.type, t.subtype, t.responsibleUnit, t.customerName,
                t.customerAddress, full ? t.customerPhone : Pii.maskPhone(t.customerPhone), t.region,
                full ? t.content : Pii.maskText(t.content), full ? t.feedback : Pii.maskText(t.feedback), t.createdAt,
                t.closedAt, t.agent, t.feedbackAt);
    }

    @Transactional
    public Optional<IndexableTicket> indexable(long id) {
        return indexable(List.of(id)).stream().findFirst();
    }

    /** What search indexes of several tickets, in two queries. */
    @Transactional
    public List<IndexableTicket> indexable(List<Long> ids) {
        Map<String, String> teams = users.teams();
        return Ticket.<Ticket>list("id in ?1 order by id", ids).stream().map(t -> new IndexableTicket(t.id, t.ticketNo,
                t.type, t.subtype, t.responsibleUnit, t.region, t.agent, t.agent == null ? null : teams.get(t.agent),
                t.createdAt, text(t.content, t.feedback)))
                .toList();
    }

    public record TicketText(String ticketNo, String text) {
    }

    /** The number and searchable text (content, then feedback) of several tickets, in one query. */
    @Transactional
    public Map<Long, TicketText> texts(List<Long> ids) {
        Map<Long, TicketText> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            Ticket.getEntityManager().createQuery("select t.id, t.ticketNo, t.content, t.feedback from Ticket t where t.id in ?1",
                            Object[].class)
                    .setParameter(1, ids).getResultList()
                    .forEach(row -> texts.put((Long) row[0], new TicketText((String) row[1], text((String) row[2], (String) row[3]))));
        }
        return texts;
    }

    private static String text(String content, String feedback) {
        return String.join("\n", content == null ? "" : content, feedback == null ? "" : feedback).trim();
    }

    @Transactional
    public List<Long> idsAfter(long afterId, int limit) {
        return Ticket.getEntityManager().createQuery("select t.id from Ticket t where t.id > ?1 order by t.id", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    /** What auto-QA rules read of a ticket: its fields by import column name, and its times. */
    public record TicketFacts(long id, String ticketNo, Map<String, String> fields, Map<String, Instant> times) {
    }

    /** Several tickets' facts in one query (a re-run over a million tickets reads a thousand at a time). */
    @Transactional
    public List<TicketFacts> facts(List<Long> ids) {
        List<TicketFacts> out = new ArrayList<>(ids.size());
        Set<Long> wanted = new HashSet<>(ids);
        for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
            Ticket.getEntityManager().createQuery("select t.id, t.ticketNo, t.type, t.subtype, t.responsibleUnit, "
                            + "t.customerName, t.customerAddress, t.customerPhone, t.region, t.content, t.feedback, t.agent, "
                            + "t.createdAt, t.feedbackAt, t.closedAt from Ticket t where t.id between ?1 and ?2", Object[].class)
                    .setParameter(1, range[0]).setParameter(2, range[1]).getResultList().forEach(row -> {
                    if (!wanted.contains((Long) row[0])) {
                        return;
                    }
                    Map<String, String> fields = new HashMap<>();
                    String[] names = {"ticket_no", "type", "subtype", "responsible_unit", "customer_name",
                            "customer_address", "customer_phone", "region", "content", "feedback", "agent"};
                    for (int i = 0; i < names.length; i++) {
                        fields.put(names[i], (String) row[i + 1]);
                    }
                    Map<String, Instant> times = new HashMap<>();
                    times.put("created_at", (Instant) row[12]);
                    times.put("feedback_at", (Instant) row[13]);
                    times.put("closed_at", (Instant) row[14]);
                    out.add(new TicketFacts((Long) row[0], (String) row[1], fields, times));
                });
        }
        return out;
    }

    /** A ticket's id by its number, if the viewer may see it. */
    @Transactional
    public long visibleId(String ticketNo, UserView viewer) {
        return Ticket.findByNo(ticketNo).filter(x -> visibility.maySee(viewer, x.agent)).map(t -> t.id)
                .orElseThrow(() -> Problem.notFound(InteractionTexts.text(m -> m.tkNotFound(ticketNo))));
    }

    /** An agent's tickets counted for first-time resolution (一次及时解决率) and those resolved in time. */
    public record TimelyResolution(String agent, long resolved, long counted) {
    }

    /**
     * Per agent, aggregated in the database, over the 直派 and 协查 tickets created in [from, to): a 直派 ticket counts
     * as resolved when its feedback arrived within {@code directLimit} of creation, a 协查 ticket when it was closed
     * within {@code assistLimit}.
     */
    @Transactional
    public Map<String, TimelyResolution> timelyResolution(Instant from, Instant to, java.time.Duration directLimit,
                                                         java.time.Duration assistLimit) {
        Map<String, TimelyResolution> byAgent = new HashMap<>();
        Ticket.getEntityManager().createQuery("select t.agent, count(t), sum(case"
                        + " when t.type = ?3 and t.feedbackAt is not null and (t.feedbackAt - t.createdAt) by second <= ?5 then 1"
                        + " when t.type = ?4 and t.closedAt is not null and (t.closedAt - t.createdAt) by second <= ?6 then 1"
                        + " else 0 end) from Ticket t where t.agent is not null and t.type in (?3, ?4)"
                        + " and t.createdAt >= ?1 and t.createdAt < ?2 group by t.agent", Object[].class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, DIRECT).setParameter(4, ASSIST)
                .setParameter(5, directLimit.toSeconds()).setParameter(6, assistLimit.toSeconds())
                .getResultList()
                .forEach(r -> byAgent.put((String) r[0], new TimelyResolution((String) r[0],
                        ((Number) r[2]).longValue(), ((Number) r[1]).longValue())));
        return byAgent;
    }

    /** A ticket the first-time-resolution KPI counts, and whether it was resolved in time. */
    public record CountedTicket(String ticketNo, String type, Instant createdAt, Instant feedbackAt, Instant closedAt,
                                boolean resolvedInTime) {
    }

    /** The agent's 直派 and 协查 tickets created in [from, to), as {@link #timelyResolution} counts them. */
    @Transactional
    public List<CountedTicket> countedTickets(String agent, Instant from, Instant to, java.time.Duration directLimit,
                                             java.time.Duration assistLimit) {
        return Ticket.<Ticket>list("agent = ?1 and type in ?2 and createdAt >= ?3 and createdAt < ?4 order by createdAt, id",
                agent, List.of(DIRECT, ASSIST), from, to).stream().map(t -> {
                    Instant done = DIRECT.equals(t.type) ? t.feedbackAt : t.closedAt;
                    java.time.Duration limit = DIRECT.equals(t.type) ? directLimit : assistLimit;
                    boolean inTime = done != null && java.time.Duration.between(t.createdAt, done).compareTo(limit) <= 0;
                    return new CountedTicket(t.ticketNo, t.type, t.createdAt, t.feedbackAt, t.closedAt, inTime);
                }).toList();
    }

    @Transactional
    public long count() {
        return Ticket.count();
    }
}
