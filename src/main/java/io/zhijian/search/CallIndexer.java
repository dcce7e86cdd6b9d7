package io.zhijian.search;

import io.zhijian.autoqa.AutoQaService;

import io.quarkus.runtime.StartupEvent;
import io.zhijian.interaction.CallService;
import io.zhijian.interaction.ChatService;
import io.zhijian.interaction.TicketService;
import io.zhijian.interaction.Interactions;
import io.zhijian.evaluation.EvaluationService;
import io.zhijian.platform.Pii;
import io.zhijian.transcription.Segment;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the index in step with the database: a call's segments are (re)indexed when its transcript is
 * committed, tickets when an import commits; a rebuild re-reads every call and ticket into a new index
 * generation while searches use the old one.
 * Phone and ID numbers are masked before anything reaches the index.
 */
@ApplicationScoped
public class CallIndexer {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(CallIndexer.class);
    private static final int PAGE = 500;

    public enum RebuildState { IDLE, RUNNING, DONE, FAILED }

    public record RebuildStatus(RebuildState state, long done, long total, Instant startedAt, Instant finishedAt,
                                String error) {
    }

    @Inject
    SearchIndex index;

    @Inject
    CallService calls;

    @Inject
    TicketService tickets;

    @Inject
    ChatService chats;

    @Inject
    EvaluationService evaluations;

    @Inject
    AutoQaService autoQa;

    @Inject
    IndexOutbox outbox;

    private final ExecutorService live = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-live");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile RebuildStatus status = new RebuildStatus(RebuildState.IDLE, 0, 0, null, null, null);
    private final AtomicLong done = new AtomicLong();
    /** Calls indexed live while a rebuild runs: indexed again into the new generation before the swap. */
    private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedTickets = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedChats = ConcurrentHashMap.newKeySet();
    private volatile SearchIndex.Generation building;

    /**
     * At start-up, on the live thread and before any new change (it takes tasks in order), so that opening the
     * index and reading the outbox do not hold back the first request: a missing or unusable index is rebuilt;
     * otherwise what the database committed and the index had not (the outbox) is indexed, and searches wait
     * for it ({@link SearchIndex#caughtUp}).
     */
    void onStart(@Observes StartupEvent event) {
        live.submit(() -> {
            try {
                if (index.needsRebuild()) {
                    index.caughtUp();
                    start();
                    return;
                }
                List<IndexOutbox.Change> pending = outbox.pending();
                pending.forEach(this::apply);
                if (!pending.isEmpty()) {
                    index.commit();
                    LOG.infof("Search index caught up with the database: %d changes not committed before the last stop",
                            pending.size());
                }
                index.caughtUp();
            } catch (RuntimeException e) {
                LOG.error("Opening the search index or catching it up with the database failed; a rebuild (admin page) "
                        + "brings it back in line", e);
                index.caughtUp();
            }
        });
    }

    /**
     * A change the database committed, indexed on one thread in commit order (so two imports of one ticket are
     * indexed in order), the request that made it not waiting; tickets in batches of 500 read with two queries.
     * A small change is searchable well within a second.
     */
    void changed(IndexOutbox.Change change) {
        live.submit(() -> {
            try {
                apply(change);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Indexing %d changed %s failed; it is indexed again at the next start, or by a rebuild",
                        change.ids().size(), change.kind());
            }
        });
    }

    private void apply(IndexOutbox.Change change) {
        List<Long> ids = change.ids();
        if (change.kind() == IndexOutbox.Kind.CALL) {
            ids.forEach(this::index);
        } else {
            for (int i = 0; i < ids.size(); i += PAGE) {
                List<Long> page = ids.subList(i, Math.min(ids.size(), i + PAGE));
                if (change.kind() == IndexOutbox.Kind.TICKET) {
                    indexTickets(page);
                } else {
                    indexChats(page);
                }
            }
        }
        outbox.indexed(change.row());
    }

    private void indexTickets(List<Long> ids) {
        Map<Long, TicketService.IndexableTicket> found = new HashMap<>();
        tickets.indexable(ids).forEach(t -> found.put(t.id(), t));
        Facts scores = facts(Interactions.Type.TICKET, ids);
        for (long id : ids) {
            Term key = new Term(SearchFields.TICKET_ID, Long.toString(id));
            TicketService.IndexableTicket ticket = found.get(id);
            if (ticket != null) {
                index.replace(key, document(ticket, scores.score(id), scores.auto(id)));
            } else {
                index.delete(key);
            }
            if (building != null) {
                changedTickets.add(id);
            }
        }
    }

    private void indexChats(List<Long> ids) {
        Map<Long, ChatService.IndexableChat> found = new HashMap<>();
        chats.indexable(ids).forEach(c -> found.put(c.id(), c));
        Facts scores = facts(Interactions.Type.CHAT, ids);
        for (long id : ids) {
            Term key = new Term(SearchFields.CHAT_ID, Long.toString(id));
            ChatService.IndexableChat chat = found.get(id);
            if (chat != null) {
                index.replace(key, ChatDocument.of(chat, scores.score(id), scores.auto(id)));
            } else {
                index.delete(key);
            }
            if (building != null) {
                changedChats.add(id);
            }
        }
    }

    /** Indexes one call's current transcript (or removes it when it has none). */
    public void index(long callId) {
        Term key = new Term(SearchFields.CALL_ID, Long.toString(callId));
        Optional<CallService.IndexableCall> call = calls.indexable(callId);
        if (call.isPresent()) {
            Facts facts = facts(Interactions.Type.CALL, List.of(callId));
            index.replace(key, document(call.get(), facts.score(callId), facts.auto(callId)));
        } else {
            index.delete(key);
        }
        if (building != null) {
            changedDuringRebuild.add(callId);
        }
    }

    public RebuildStatus status() {
        RebuildStatus s = status;
        return s.state() == RebuildState.RUNNING
                ? new RebuildStatus(s.state(), done.get(), s.total(), s.startedAt(), null, null) : s;
    }

    /** Starts a rebuild from the database; 409 while one runs. */
    public synchronized RebuildStatus start() {
        if (status.state() == RebuildState.RUNNING) {
            throw Problem.conflict(SearchTexts.text(m -> m.srRebuildRunning()));
        }
        done.set(0);
        status = new RebuildStatus(RebuildState.RUNNING, 0, calls.count() + tickets.count() + chats.count(), clock.instant(), null, null);
        rebuilder.execute(this::rebuild);
        return status();
    }

    private void rebuild() {
        SearchIndex.Generation fresh = null;
        try {
            long coveredRows = outbox.lastRow();
            fresh = index.openGeneration(index.newGenerationPath(), false);
            changedDuringRebuild.clear();
            changedTickets.clear();
            changedChats.clear();
            building = fresh;
            long after = 0;
            for (List<Long> ids; !(ids = calls.idsAfter(after, PAGE)).isEmpty(); after = ids.get(ids.size() - 1)) {
                Facts scores = facts(Interactions.Type.CALL, ids);
                for (CallService.IndexableCall call : calls.indexable(ids)) {
                    fresh.writer().updateDocument(new Term(SearchFields.CALL_ID, Long.toString(call.id())),
                            document(call, scores.score(call.id()), scores.auto(call.id())));
                }
                done.addAndGet(ids.size());
            }
            after = 0;
            for (List<Long> ids; !(ids = tickets.idsAfter(after, PAGE)).isEmpty(); after = ids.get(ids.size() - 1)) {
                Facts scores = facts(Interactions.Type.TICKET, ids);
                for (TicketService.IndexableTicket ticket : tickets.indexable(ids)) {
                    fresh.writer().updateDocument(new Term(SearchFields.TICKET_ID, Long.toString(ticket.id())),
                            document(ticket, scores.score(ticket.id()), scores.auto(ticket.id())));
                }
                done.addAndGet(ids.size());
            }
            after = 0;
            for (List<Long> ids; !(ids = chats.idsAfter(after, PAGE)).isEmpty(); after = ids.get(ids.size() - 1)) {
                writeChats(fresh, ids);
                done.addAndGet(ids.size());
            }
            building = null;
            writeChats(fresh, List.copyOf(changedChats));
            List<Long> changed = List.copyOf(changedTickets);
            Facts ticketScores = facts(Interactions.Type.TICKET, changed);
            for (TicketService.IndexableTicket ticket : tickets.indexable(changed)) {
                fresh.writer().updateDocument(new Term(SearchFields.TICKET_ID, Long.toString(ticket.id())),
                        document(ticket, ticketScores.score(ticket.id()), ticketScores.auto(ticket.id())));
            }
            for (long id : changedDuringRebuild) {
                Term key = new Term(SearchFields.CALL_ID, Long.toString(id));
                Optional<CallService.IndexableCall> call = calls.indexable(id);
                if (call.isPresent()) {
                    Facts facts = facts(Interactions.Type.CALL, List.of(id));
                    fresh.writer().updateDocument(key, document(call.get(), facts.score(id), facts.auto(id)));
                } else {
                    fresh.writer().deleteDocuments(key);
                }
            }
            index.swap(fresh);
            // Every change recorded before the rebuild read the database is in the committed new generation.
            outbox.forgetUpTo(coveredRows);
            index.rebuilt();
            status = new RebuildStatus(RebuildState.DONE, done.get(), done.get(), status.startedAt(), clock.instant(), null);
            LOG.infof("Search index rebuilt from the database: %d calls, tickets and chats", done.get());
        } catch (IOException | RuntimeException e) {
            building = null;
            LOG.error("Rebuilding the search index failed; searches keep using the previous index", e);
            if (fresh != null) {
                try {
                    fresh.close();
                } catch (IOException ignored) {
                    // the folder is deleted anyway
                }
                SearchIndex.deleteTree(fresh.path());
            }
            status = new RebuildStatus(RebuildState.FAILED, done.get(), status.total(), status.startedAt(), clock.instant(),
                    e.toString());
        }
    }

    /** Conversations into a new generation, or removed from it when they are gone. */
    private void writeChats(SearchIndex.Generation into, List<Long> ids) throws IOException {
        Facts scores = facts(Interactions.Type.CHAT, ids);
        Set<Long> missing = new java.util.HashSet<>(ids);
        for (ChatService.IndexableChat chat : chats.indexable(ids)) {
            into.writer().updateDocument(new Term(SearchFields.CHAT_ID, Long.toString(chat.id())),
                    ChatDocument.of(chat, scores.score(chat.id()), scores.auto(chat.id())));
            missing.remove(chat.id());
        }
        for (long id : missing) {
            into.writer().deleteDocuments(new Term(SearchFields.CHAT_ID, Long.toString(id)));
        }
    }

    /**
     * A call is one document: each turn is one value of its speaker's text field (with a gap between turns, so a
     * phrase stays within a turn); {@code score} is its evaluation total, if it has one. Snippets are cut from
     * the database's turns when shown, so the index stores no text.
     */
    /** What search keeps of an interaction beyond its own data: its evaluation total and its auto-QA result. */
    record Facts(Map<Long, Double> scores, Map<Long, AutoQaService.Flags> autoQa) {
        Double score(long id) {
            return scores.get(id);
        }

        AutoQaService.Flags auto(long id) {
            return autoQa.get(id);
        }
    }

    private Facts facts(Interactions.Type type, List<Long> ids) {
        return new Facts(evaluations.latestTotals(type, ids),
                autoQa.flags(io.zhijian.scorecard.Scorecard.Channel.valueOf(type.name()), ids));
    }

    public static Document document(CallService.IndexableCall call, Double score) {
        return document(call, score, null);
    }

    public static Document document(TicketService.IndexableTicket ticket, Double score) {
        return document(ticket, score, null);
    }

    public static Document document(CallService.IndexableCall call, Double score, AutoQaService.Flags auto) {
        LocalDate day = call.startedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        Document d = new Document();
        d.add(new StringField(SearchFields.CALL_ID, Long.toString(call.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(SearchFields.KEY, call.id()));
        d.add(new StringField(SearchFields.CHANNEL, "CALL", Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.TYPE_FACET, new BytesRef("CALL")));
        keyword(d, SearchFields.AGENT, call.agent());
        if (call.team() != null) {
            keyword(d, SearchFields.TEAM, call.team());
        }
        d.add(new StringField(SearchFields.LANGUAGE, call.language(), Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.LANGUAGE, new BytesRef(call.language())));
        d.add(new StringField(SearchFields.DIRECTION, call.direction(), Field.Store.NO));
        day(d, day);
        d.add(new SortedDocValuesField(SearchFields.MONTH, new BytesRef(day.toString().substring(0, 7))));
        score(d, score);
        autoQa(d, auto);
        boolean zh = "zh".equals(call.language());
        Set<String> speakers = new java.util.HashSet<>();
        for (Segment segment : call.segments()) {
            boolean agent = segment.speaker() == io.zhijian.transcription.Speaker.AGENT;
            if (speakers.add(segment.speaker().name())) {
                d.add(new StringField(SearchFields.SPEAKER, segment.speaker().name(), Field.Store.NO));
            }
            String masked = Pii.maskText(segment.text());
            d.add(new TextField(SearchFields.wordsField(call.language(), agent), masked, Field.Store.NO));
            if (zh) {
                d.add(new Field(agent ? SearchFields.AGENT_ZH_BIGRAMS : SearchFields.ZH_BIGRAMS, masked, SearchFields.BIGRAMS));
            }
        }
        return d;
    }

    public static Document document(TicketService.IndexableTicket ticket, Double score, AutoQaService.Flags auto) {
        Document d = new Document();
        LocalDate day = ticket.createdAt().atZone(ZoneId.systemDefault()).toLocalDate();
        d.add(new StringField(SearchFields.TICKET_ID, Long.toString(ticket.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(SearchFields.KEY, -ticket.id()));
        d.add(new StringField(SearchFields.TICKET_NO, ticket.ticketNo(), Field.Store.NO));
        d.add(new StringField(SearchFields.CHANNEL, "TICKET", Field.Store.NO));
        d.add(new StringField(SearchFields.TYPE, ticket.type(), Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.TYPE_FACET, new BytesRef(ticket.type())));
        if (ticket.subtype() != null) {
            d.add(new StringField(SearchFields.SUBTYPE, ticket.subtype(), Field.Store.NO));
        }
        if (ticket.responsibleUnit() != null) {
            d.add(new StringField(SearchFields.UNIT, ticket.responsibleUnit(), Field.Store.NO));
        }
        if (ticket.region() != null) {
            d.add(new StringField(SearchFields.REGION, ticket.region(), Field.Store.NO));
        }
        if (ticket.agent() != null) {
            keyword(d, SearchFields.AGENT, ticket.agent());
        }
        if (ticket.team() != null) {
            keyword(d, SearchFields.TEAM, ticket.team());
        }
        day(d, day);
        d.add(new SortedDocValuesField(SearchFields.MONTH, new BytesRef(day.toString().substring(0, 7))));
        score(d, score);
        autoQa(d, auto);
        String masked = Pii.maskText(ticket.text());
        d.add(new TextField(SearchFields.ZH, masked, Field.Store.NO));
        d.add(new Field(SearchFields.ZH_BIGRAMS, masked, SearchFields.BIGRAMS));
        return d;
    }

    /**
     * The day as a point (date ranges) and as a doc value (the hit's date). A hit's fields are read from doc
     * values, never stored fields: the index stores nothing, and no compressed block is inflated per hit.
     */
    static void day(Document d, LocalDate day) {
        d.add(new LongPoint(SearchFields.DAY, day.toEpochDay()));
        d.add(new NumericDocValuesField(SearchFields.DAY, day.toEpochDay()));
    }

    /** {@code auto:<item>} finds an item lost in the auto-QA result, {@code autoTotal:<60} its suggested totals. */
    static void autoQa(Document d, AutoQaService.Flags auto) {
        if (auto == null) {
            return;
        }
        auto.lostItems().forEach(item -> d.add(new StringField(SearchFields.AUTO, item, Field.Store.NO)));
        auto.totals().forEach(total -> d.add(new DoublePoint(SearchFields.AUTO_TOTAL, total)));
    }

    static void score(Document d, Double score) {
        if (score != null) {
            d.add(new DoublePoint(SearchFields.SCORE, score));
            d.add(new DoubleDocValuesField(SearchFields.SCORE, score));
        }
    }

    static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
