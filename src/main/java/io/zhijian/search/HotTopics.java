package io.zhijian.search;

import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.UserView;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hot topics and hard complaints (咨询热点与投诉难点): the words that rose most in a week's calls, chats and tickets
 * against the weeks before — significant terms, scored as Elasticsearch's JLH does (the rise of a word's share of
 * documents times the ratio of its shares), so words common everywhere score nothing however often they occur.
 * Counted from the index's postings over the two sets of documents; nothing is stored.
 */
@ApplicationScoped
public class HotTopics {

    /** A word: in how many of the week's documents, its share there and in the weeks before, and its score. */
    public record Topic(String term, long documents, double share, double backgroundShare, double score) {
    }

    public record Result(LocalDate from, LocalDate to, long documents, long background, List<Topic> topics) {
    }

    /** Words seen in fewer of the week's documents than this are noise, however sudden. */
    static final int MIN_DOCUMENTS = 3;

    /** The word fields: what customers said and wrote (and tickets), and what agents said and wrote. */
    private static final List<String> FIELDS = List.of(SearchFields.ZH, SearchFields.AGENT_ZH, SearchFields.EN,
            SearchFields.AGENT_EN);

    @Inject
    SearchIndex index;

    @Inject
    AgentVisibility visibility;

    /**
     * The {@code size} most significant words of [from, to] against [backgroundFrom, from), of one team and one type
     * ({@code CALL}, {@code CHAT} or a ticket type; null: all), among what the viewer may see.
     */
    public Result of(LocalDate from, LocalDate to, LocalDate backgroundFrom, String team, String type, int size,
                     UserView viewer) {
        return index.withSearcher(searcher -> {
            Query scope = scope(team, type, viewer);
            Query week = and(scope, LongPoint.newRangeQuery(SearchFields.DAY, from.toEpochDay(), to.toEpochDay()));
            Query before = and(scope, LongPoint.newRangeQuery(SearchFields.DAY, backgroundFrom.toEpochDay(),
                    from.toEpochDay() - 1));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            FixedBitSet[] fg = matches(searcher, week, leaves);
            FixedBitSet[] bg = matches(searcher, before, leaves);
            long fgSize = cardinality(fg);
            long bgSize = cardinality(bg);
            Map<String, long[]> counts = new HashMap<>();
            if (fgSize > 0) {
                for (int i = 0; i < leaves.size(); i++) {
                    count(leaves.get(i).reader(), fg[i], bg[i], counts);
                }
            }
            List<Topic> topics = new ArrayList<>();
            counts.forEach((term, c) -> {
                if (c[0] < MIN_DOCUMENTS) {
                    return;
                }
                double share = (double) c[0] / fgSize;
                // A word absent before gets the share of one document: new words rise, but not infinitely.
                double backgroundShare = (double) Math.max(c[1], 1) / Math.max(bgSize, 1);
                double score = share > backgroundShare ? (share - backgroundShare) * (share / backgroundShare) : 0;
                if (score > 0) {
                    topics.add(new Topic(term, c[0], round(share), round((double) c[1] / Math.max(bgSize, 1)), round(score)));
                }
            });
            topics.sort(Comparator.comparingDouble(Topic::score).reversed().thenComparing(Topic::term));
            return new Result(from, to, fgSize, bgSize, topics.subList(0, Math.min(size, topics.size())));
        });
    }

    /**
     * Per word (over the word fields), in how many foreground and background documents it occurs; a word said by both
     * sides of one call counts once for it (one scratch set of documents, cleared after each word).
     */
    private static void count(LeafReader reader, FixedBitSet fg, FixedBitSet bg, Map<String, long[]> counts)
            throws IOException {
        List<TermsEnum> enums = new ArrayList<>();
        java.util.TreeSet<BytesRef> vocabulary = new java.util.TreeSet<>();
        for (String field : FIELDS) {
            Terms terms = reader.terms(field);
            if (terms == null) {
                continue;
            }
            enums.add(terms.iterator());
            TermsEnum all = terms.iterator();
            for (BytesRef bytes = all.next(); bytes != null; bytes = all.next()) {
                vocabulary.add(BytesRef.deepCopyOf(bytes));
            }
        }
        FixedBitSet seen = new FixedBitSet(Math.max(1, reader.maxDoc()));
        List<Integer> touched = new ArrayList<>();
        PostingsEnum postings = null;
        for (BytesRef bytes : vocabulary) {
            String term = bytes.utf8ToString();
            if (!meaningful(term)) {
                continue;
            }
            long inWeek = 0;
            long before = 0;
            for (TermsEnum terms : enums) {
                if (!terms.seekExact(bytes)) {
                    continue;
                }
                postings = terms.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (seen.getAndSet(doc)) {
                        continue;
                    }
                    touched.add(doc);
                    if (fg.get(doc)) {
                        inWeek++;
                    } else if (bg.get(doc)) {
                        before++;
                    }
                }
            }
            touched.forEach(seen::clear);
            touched.clear();
            if (inWeek + before > 0) {
                long[] c = counts.computeIfAbsent(term, t -> new long[2]);
                c[0] += inWeek;
                c[1] += before;
            }
        }
    }

    /** A word worth showing: two characters at least, not a number, not a masked number. */
    static boolean meaningful(String term) {
        if (term.codePointCount(0, term.length()) < 2 || term.contains("*")) {
            return false;
        }
        return !term.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-');
    }

    private static FixedBitSet[] matches(IndexSearcher searcher, Query query, List<LeafReaderContext> leaves)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        FixedBitSet[] sets = new FixedBitSet[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            sets[i] = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    sets[i].set(doc);
                }
            }
        }
        return sets;
    }

    private static long cardinality(FixedBitSet[] sets) {
        long n = 0;
        for (FixedBitSet set : sets) {
            n += set.cardinality();
        }
        return n;
    }

    /** What the viewer may see, of one team and one type. */
    private Query scope(String team, String type, UserView viewer) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        Optional<List<String>> agents = visibility.visibleAgents(viewer);
        agents.ifPresent(list -> q.add(new TermInSetQuery(SearchFields.AGENT, list.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER));
        if (team != null) {
            q.add(new TermQuery(new Term(SearchFields.TEAM, team)), BooleanClause.Occur.FILTER);
        }
        if (type != null) {
            q.add("CALL".equals(type) || "CHAT".equals(type) ? new TermQuery(new Term(SearchFields.CHANNEL, type))
                    : new TermQuery(new Term(SearchFields.TYPE, type)), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
