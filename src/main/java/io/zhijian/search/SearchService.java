package io.zhijian.search;

import io.zhijian.identity.UserView;
import io.zhijian.interaction.CallService;
import io.zhijian.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs searches: parses the query, limits it to what the caller may see, groups matching documents per
 * call or ticket (best segments first), counts facets over all matching calls and highlights the snippets.
 */
@ApplicationScoped
public class SearchService {

    static final int SNIPPETS_PER_HIT = 3;

    public record Snippet(String text, String speaker, Double start) {
    }

    public record Hit(String type, long id, String ticketNo, String agent, String date, Double score,
                      List<Snippet> snippets) {
    }

    public record Result(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    @Inject
    SearchIndex index;

    @Inject
    CallService calls;

    @Inject
    SearchConfig config;

    public Result search(String text, int page, int size, UserView viewer) {
        if (page < 1) {
            throw Problem.invalid(Map.of("page", m -> m.srPage()));
        }
        if (size < 1 || size > config.maxPageSize()) {
            int max = config.maxPageSize();
            throw Problem.invalid(Map.of("size", m -> m.srSize(max)));
        }
        Query parsed;
        try {
            parsed = SearchQueryParser.read(text);
        } catch (InvalidQuery e) {
            if (e.column() == null) {
                String reason = e.reason();
                throw Problem.badRequest("empty".equals(reason) ? m -> m.srEmpty() : m -> m.srInvalid(reason),
                        Map.of("query", String.valueOf(text)));
            }
            int column = e.column();
            String reason = e.reason();
            throw Problem.badRequest(m -> m.srInvalidAt(column, reason), Map.of("query", text, "column", column));
        }
        Query query = scoped(parsed, viewer);
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            // Counting calls and facets visits every match but needs no scores; the page is then found
            // among the best-scoring matches, which Lucene can collect without scoring them all.
            Grouping grouping = new Grouping(false);
            searcher.search(query, grouping);
            grouping.flushFacets();
            int total = grouping.groups.size();
            long from = (long) (page - 1) * size;
            List<Group> shown = from >= total ? List.of()
                    : page(searcher, query, (int) from, (int) Math.min(size, total - from));
            return new Result(total, page, size, hits(searcher, parsed, shown), grouping.facets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    index.release(searcher);
                } catch (IOException ignored) {
                    // nothing to undo
                }
            }
        }
    }

    /**
     * The calls (or tickets) ranked {@code from} to {@code from + count} by their best matching document,
     * each with its best few documents. They are read from the top-scoring documents, fetching more while
     * those hold too few distinct calls; deep pages fall back to scoring every match.
     */
    private List<Group> page(IndexSearcher searcher, Query query, int from, int count) throws IOException {
        int wanted = from + count;
        for (int k = Math.max(200, wanted * 4); k <= config.topDocsLimit(); k *= 4) {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, k));
            LinkedHashMap<Long, List<Integer>> groups = new LinkedHashMap<>();
            Map<Long, Float> best = new HashMap<>();
            long[] keys = keys(searcher, top.scoreDocs);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                List<Integer> docs = groups.computeIfAbsent(keys[i], key -> new ArrayList<>(SNIPPETS_PER_HIT));
                best.putIfAbsent(keys[i], top.scoreDocs[i].score);
                if (docs.size() < SNIPPETS_PER_HIT) {
                    docs.add(top.scoreDocs[i].doc);
                }
            }
            boolean all = top.scoreDocs.length < k;
            if (groups.size() >= wanted || all) {
                // Equal scores rank by key, as when every match is scored.
                return groups.entrySet().stream()
                        .sorted(Comparator.comparing((Map.Entry<Long, List<Integer>> e) -> -best.get(e.getKey()))
                                .thenComparing(Map.Entry::getKey))
                        .skip(from).limit(count)
                        .map(e -> new Group(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray()))
                        .toList();
            }
        }
        Grouping scored = new Grouping(true);
        searcher.search(query, scored);
        GroupTable table = scored.groups;
        List<Group> shown = new ArrayList<>();
        for (int g : table.ranked(from, count)) {
            shown.add(new Group(table.key(g), table.docs(g)));
        }
        return shown;
    }

    /** Each document's call (or ticket) key, read leaf by leaf in document order. */
    private static long[] keys(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        long[] keys = new long[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        NumericDocValues values = null;
        for (int i : order) {
            int doc = docs[i].doc;
            int next = ReaderUtil.subIndex(doc, leaves);
            if (next != leaf) {
                leaf = next;
                values = leaves.get(leaf).reader().getNumericDocValues(SearchFields.KEY);
            }
            int local = doc - leaves.get(leaf).docBase;
            keys[i] = values != null && values.advanceExact(local) ? values.longValue() : 0;
        }
        return keys;
    }

    /** Agents find their own calls; team leads their team's; QA, trainers and admins everything. */
    private Query scoped(Query query, UserView viewer) {
        Optional<List<String>> agents = calls.visibleAgents(viewer);
        if (agents.isEmpty()) {
            return query;
        }
        List<BytesRef> terms = agents.get().stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(SearchFields.AGENT, terms), BooleanClause.Occur.FILTER).build();
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, List<Group> groups) throws IOException {
        List<Integer> docs = new ArrayList<>();
        groups.forEach(g -> Arrays.stream(g.docs()).forEach(docs::add));
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, String> highlighted = new HashMap<>();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchFields.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(10_000).build();
        if (ids.length > 0) {
            Map<String, String[]> byField = highlighter.highlightFields(new String[]{SearchFields.ZH, SearchFields.EN},
                    query, ids, new int[]{2, 2});
            for (int i = 0; i < ids.length; i++) {
                String zh = byField.get(SearchFields.ZH)[i];
                highlighted.put(ids[i], zh != null ? zh : byField.get(SearchFields.EN)[i]);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Group g : groups) {
            List<Snippet> snippets = new ArrayList<>();
            Document first = null;
            for (int doc : g.docs()) {
                Document d = searcher.storedFields().document(doc);
                if (first == null) {
                    first = d;
                }
                String text = highlighted.get(doc);
                if (text == null && d.get(SearchFields.ZH) != null) {
                    // Matched by character pairs only: mark them by reading the Chinese text as pairs.
                    Object pairs = highlighter.highlightWithoutSearcher(SearchFields.ZH_BIGRAMS, query, d.get(SearchFields.ZH), 2);
                    text = pairs == null ? null : pairs.toString();
                }
                if (text == null) {
                    String plain = d.get(SearchFields.ZH) != null ? d.get(SearchFields.ZH) : d.get(SearchFields.EN);
                    text = escape(plain == null ? "" : plain);
                }
                snippets.add(new Snippet(text, d.get(SearchFields.SPEAKER),
                        d.getField(SearchFields.START) == null ? null : d.getField(SearchFields.START).numericValue().doubleValue()));
            }
            snippets.sort(Comparator.comparing(s -> s.start() == null ? 0 : s.start()));
            boolean ticket = g.key() < 0;
            hits.add(new Hit(ticket ? "TICKET" : "CALL", Math.abs(g.key()),
                    ticket && first != null ? first.get(SearchFields.TICKET_NO) : null,
                    first == null ? null : first.get(SearchFields.AGENT),
                    first == null ? null : first.get(SearchFields.DATE),
                    first == null || first.getField(SearchFields.SCORE) == null ? null
                            : first.getField(SearchFields.SCORE).numericValue().doubleValue(), snippets));
        }
        return hits;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A shown call or ticket: its key and its best few matching documents, best first. */
    private record Group(long key, int[] docs) {
    }

    /**
     * Collects every matching document into per-call (or per-ticket) groups and counts facets once per group,
     * by ordinal within each index segment (strings are looked up once per segment, not per hit).
     */
    private static final class Grouping extends SimpleCollector {
        private static final List<String> FACETS = List.of(SearchFields.AGENT, SearchFields.TEAM, SearchFields.MONTH,
                SearchFields.TYPE);
        final GroupTable groups;
        private final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        private Scorable scorer;
        private int docBase;
        private NumericDocValues keys;
        private final SortedDocValues[] values = new SortedDocValues[FACETS.size()];
        private final int[][] counts = new int[FACETS.size()][];

        /** Whether to keep each group's best documents (scoring every match) or only count groups and facets. */
        private final boolean scored;

        Grouping(boolean scored) {
            this.scored = scored;
            this.groups = new GroupTable(scored ? SNIPPETS_PER_HIT : 0);
            FACETS.forEach(f -> facets.put(f, new TreeMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushFacets();
            docBase = context.docBase;
            keys = context.reader().getNumericDocValues(SearchFields.KEY);
            for (int i = 0; i < FACETS.size(); i++) {
                String f = FACETS.get(i);
                values[i] = context.reader().getSortedDocValues(SearchFields.TYPE.equals(f) ? SearchFields.TYPE_FACET : f);
                counts[i] = values[i] == null ? null : new int[values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            if (keys == null || !keys.advanceExact(doc)) {
                return;
            }
            long key = keys.longValue();
            int group = groups.find(key);
            if (group < 0) {
                group = groups.add(key);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && values[i].advanceExact(doc)) {
                        counts[i][values[i].ordValue()]++;
                    }
                }
            }
            if (scored) {
                groups.offer(group, docBase + doc, scorer.score());
            }
        }

        /** Adds the current index segment's facet counts to the totals. */
        void flushFacets() throws IOException {
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

        Map<String, Map<String, Long>> facets() {
            return facets;
        }
    }
}
