package io.zhijian.search;

import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.CallService;
import io.zhijian.interaction.ChatService;
import io.zhijian.interaction.TicketService;
import io.zhijian.platform.Pii;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;
import io.zhijian.transcription.Segment;
import io.zhijian.transcription.Speaker;
import io.zhijian.transcription.TranscriptionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs searches: parses the query, limits it to what the caller may see, ranks the matching calls, tickets and chats
 * (one document each), counts facets over all of them, and cuts highlighted snippets from the database's text.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    AgentVisibility visibility;

    static final int SNIPPETS_PER_HIT = 3;
    /** A turn is shown whole up to this length; a ticket's text is cut around its first match. */
    static final int SNIPPET_CHARS = 160;

    public record Snippet(String text, String speaker, Double start) {
    }

    public record Hit(String type, long id, String ticketNo, String agent, String date, Double score,
                      List<Snippet> snippets) {
    }

    /** {@code hasNext}: a further page exists and lies within the result window. */
    public record Result(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets,
                         boolean hasNext) {
    }

    @Inject
    SearchIndex index;

    @Inject
    CallService calls;

    @Inject
    TranscriptionService transcription;

    @Inject
    TicketService tickets;

    @Inject
    ChatService chats;

    @Inject
    SearchConfig config;

    /** One transaction, so the shown calls' turns and tickets' texts are read over one connection. */
    @Transactional
    public Result search(String text, int page, int size, UserView viewer) {
        if (page < 1) {
            throw Problem.invalid(Map.of("page", SearchTexts.text(m -> m.srPage())));
        }
        if (size < 1 || size > config.maxPageSize()) {
            int max = config.maxPageSize();
            throw Problem.invalid(Map.of("size", SearchTexts.text(m -> m.srSize(max))));
        }
        Query parsed;
        try {
            parsed = SearchQueryParser.read(text);
        } catch (InvalidQuery e) {
            throw invalidQuery(text, e);
        }
        long window = (long) page * size;
        if (window > config.maxResultWindow()) {
            int max = config.maxResultWindow();
            throw Problem.invalid(Map.of("page", SearchTexts.text(m -> m.srTooDeep(max))));
        }
        Query query = scoped(parsed, viewer);
        return index.withSearcher(searcher -> {
            // One pass: every match is counted into the facets while the best page-deep ones are kept.
            Object[] results = index.search(searcher, query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager((int) window, Integer.MAX_VALUE), new FacetCounter.Manager()));
            TopDocs top = (TopDocs) results[0];
            ScoreDoc[] docs = top.scoreDocs;
            int from = (page - 1) * size;
            ScoreDoc[] shown = from >= docs.length ? new ScoreDoc[0] : Arrays.copyOfRange(docs, from, docs.length);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
            boolean hasNext = top.totalHits.value > window && window + size <= config.maxResultWindow();
            return new Result(top.totalHits.value, page, size, hits(searcher, parsed, shown), facets, hasNext);
        });
    }

    /** A 400 saying, in the reader's language, what is wrong with the query and at which column. */
    private static Problem invalidQuery(String text, InvalidQuery e) {
        if (e.kind() == InvalidQuery.Kind.EMPTY) {
            return Problem.badRequest(SearchTexts.text(m -> m.srEmpty()), Map.of("query", String.valueOf(text)));
        }
        String value = e.value();
        String reason = e.reason();
        Problem.Text what = switch (e.kind()) {
            case UNCLOSED_QUOTE -> SearchTexts.text(SearchMessages::srUnclosedQuote);
            case ENDS_EARLY -> SearchTexts.text(SearchMessages::srEndsEarly);
            case MISPLACED_OPERATOR -> SearchTexts.text(SearchMessages::srMisplacedOperator);
            case STRAY_BRACKET -> SearchTexts.text(SearchMessages::srStrayBracket);
            case LEADING_WILDCARD -> SearchTexts.text(SearchMessages::srLeadingWildcard);
            case UNKNOWN_FIELD -> SearchTexts.text(m -> m.srUnknownField(value));
            case NOT_A_DATE -> SearchTexts.text(m -> m.srNotADate(value));
            case NOT_A_NUMBER -> SearchTexts.text(m -> m.srNotANumber(value));
            case NOT_A_RANGE -> SearchTexts.text(m -> m.srNotARange(value));
            default -> m -> reason;
        };
        if (e.column() == null) {
            return Problem.badRequest(m -> Messages.bundle(SearchMessages.class, m.langCode()).srInvalid(what.apply(m)), Map.of("query", text));
        }
        int column = e.column();
        return Problem.badRequest(m -> Messages.bundle(SearchMessages.class, m.langCode()).srInvalidAt(column, what.apply(m)), Map.of("query", text, "column", column));
    }

    /** What a hit shows that the index holds, read from doc values. */
    private record Row(long key, String agent, String date, Double score, String language, boolean chat) {
    }

    /** Each document's fields, read leaf by leaf in document order (doc values only move forward). */
    private static Row[] rows(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        Row[] rows = new Row[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        NumericDocValues keys = null;
        NumericDocValues days = null;
        NumericDocValues scores = null;
        SortedDocValues agents = null;
        SortedDocValues languages = null;
        NumericDocValues chats = null;
        for (int i : order) {
            int doc = docs[i].doc;
            int next = ReaderUtil.subIndex(doc, leaves);
            if (next != leaf) {
                leaf = next;
                LeafReader reader = leaves.get(leaf).reader();
                keys = reader.getNumericDocValues(SearchFields.KEY);
                days = reader.getNumericDocValues(SearchFields.DAY);
                scores = reader.getNumericDocValues(SearchFields.SCORE);
                agents = reader.getSortedDocValues(SearchFields.AGENT);
                languages = reader.getSortedDocValues(SearchFields.LANGUAGE);
                chats = reader.getNumericDocValues(SearchFields.CHAT_ID);
            }
            int local = doc - leaves.get(leaf).docBase;
            rows[i] = new Row(keys != null && keys.advanceExact(local) ? keys.longValue() : 0,
                    string(agents, local),
                    days != null && days.advanceExact(local) ? LocalDate.ofEpochDay(days.longValue()).toString() : null,
                    scores != null && scores.advanceExact(local) ? Double.longBitsToDouble(scores.longValue()) : null,
                    string(languages, local), chats != null && chats.advanceExact(local));
        }
        return rows;
    }

    private static String string(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    /** Agents find their own calls; team leads their team's; QA, trainers and admins everything. */
    private Query scoped(Query query, UserView viewer) {
        Optional<List<String>> agents = visibility.visibleAgents(viewer);
        if (agents.isEmpty()) {
            return query;
        }
        List<BytesRef> terms = agents.get().stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(SearchFields.AGENT, terms), BooleanClause.Occur.FILTER).build();
    }

    /** The shown calls and tickets with their snippets, cut from the database's turns and ticket texts. */
    private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] shown) throws IOException {
        Row[] rows = rows(searcher, shown);
        List<Long> callIds = new ArrayList<>();
        List<Long> ticketIds = new ArrayList<>();
        List<Long> chatIds = new ArrayList<>();
        for (Row row : rows) {
            (row.chat() ? chatIds : row.key() < 0 ? ticketIds : callIds).add(Math.abs(row.key()));
        }
        Map<Long, List<Segment>> turns = transcription.turns(callIds);
        Map<Long, TicketService.TicketText> ticketTexts = tickets.texts(ticketIds);
        Map<Long, List<ChatService.MessageView>> messages = chats.messages(chatIds);
        Highlights highlights = Highlights.of(query);
        List<Hit> hits = new ArrayList<>(shown.length);
        for (Row row : rows) {
            long id = Math.abs(row.key());
            if (row.chat()) {
                String language = row.language() == null ? "zh" : row.language();
                hits.add(new Hit("CHAT", id, null, row.agent(), row.date(), row.score(),
                        chatSnippets(highlights, language, messages.getOrDefault(id, List.of()))));
            } else if (row.key() < 0) {
                TicketService.TicketText ticket = ticketTexts.get(id);
                hits.add(new Hit("TICKET", id, ticket == null ? null : ticket.ticketNo(), row.agent(), row.date(), row.score(),
                        ticket == null ? List.of() : ticketSnippet(highlights, ticket.text())));
            } else {
                String language = row.language() == null ? "zh" : row.language();
                hits.add(new Hit("CALL", id, null, row.agent(), row.date(), row.score(),
                        callSnippets(highlights, language, turns.getOrDefault(id, List.of()))));
            }
        }
        return hits;
    }

    /** The turns with the most matches (the first turn when the query matched only filters), in call order. */
    private static List<Snippet> callSnippets(Highlights highlights, String language, List<Segment> turns) {
        record Scored(int order, int found, Snippet snippet) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Segment turn = turns.get(i);
            Highlights.Marked marked = highlights.mark(Pii.maskText(turn.text()), language,
                    turn.speaker() == Speaker.AGENT, SNIPPET_CHARS);
            if (marked.found() > 0 || i == 0) {
                scored.add(new Scored(i, marked.found(), new Snippet(marked.html(), turn.speaker().name(), turn.start())));
            }
        }
        boolean anyFound = scored.stream().anyMatch(s -> s.found() > 0);
        return scored.stream().filter(s -> !anyFound || s.found() > 0)
                .sorted(Comparator.comparingInt((Scored s) -> -s.found()).thenComparingInt(Scored::order))
                .limit(SNIPPETS_PER_HIT)
                .sorted(Comparator.comparingInt(Scored::order))
                .map(Scored::snippet).toList();
    }

    /** The messages with the most matches, as for a call's turns; {@code start}: seconds from the conversation's start. */
    private static List<Snippet> chatSnippets(Highlights highlights, String language, List<ChatService.MessageView> messages) {
        List<Segment> turns = new ArrayList<>(messages.size());
        for (ChatService.MessageView m : messages) {
            if (m.from() != io.zhijian.interaction.ChatMessage.Sender.SYSTEM) {
                Speaker speaker = m.from() == io.zhijian.interaction.ChatMessage.Sender.AGENT ? Speaker.AGENT : Speaker.CUSTOMER;
                turns.add(new Segment(speaker, m.offsetSeconds(), m.offsetSeconds(), m.text(), 1, List.of()));
            }
        }
        return callSnippets(highlights, language, turns);
    }

    private static List<Snippet> ticketSnippet(Highlights highlights, String text) {
        return List.of(new Snippet(highlights.mark(Pii.maskText(text), "zh", false, SNIPPET_CHARS).html(), null, null));
    }

    /** Counts the facets over every match, by ordinal within each index segment (strings looked up once per segment). */
    private static final class FacetCounter extends SimpleCollector {
        private static final List<String> FACETS = List.of(SearchFields.AGENT, SearchFields.TEAM, SearchFields.MONTH,
                SearchFields.TYPE);
        private final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        private final SortedDocValues[] values = new SortedDocValues[FACETS.size()];
        private final int[][] counts = new int[FACETS.size()][];

        FacetCounter() {
            FACETS.forEach(f -> facets.put(f, new TreeMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < FACETS.size(); i++) {
                String f = FACETS.get(i);
                values[i] = context.reader().getSortedDocValues(SearchFields.TYPE.equals(f) ? SearchFields.TYPE_FACET : f);
                counts[i] = values[i] == null ? null : new int[values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && values[i].advanceExact(doc)) {
                    counts[i][values[i].ordValue()]++;
                }
            }
        }

        /** Adds the current index segment's counts to the totals. */
        private void flush() throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null || counts[i] == null) {
                    continue;
                }
                Map<String, Long> facet = facets.get(FACETS.get(i));
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        facet.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                    }
                }
                counts[i] = null;
            }
        }

        /** One collector per part of the index (see {@link ParallelSearch}); their counts add up. */
        static final class Manager implements CollectorManager<FacetCounter, Map<String, Map<String, Long>>> {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<FacetCounter> collectors) throws IOException {
                Map<String, Map<String, Long>> total = new LinkedHashMap<>();
                FACETS.forEach(f -> total.put(f, new TreeMap<>()));
                for (FacetCounter c : collectors) {
                    c.flush();
                    c.facets.forEach((facet, counts) -> counts.forEach((value, n) -> total.get(facet).merge(value, n, Long::sum)));
                }
                return total;
            }
        }
    }
}
