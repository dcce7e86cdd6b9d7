package io.zhijian.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting an index into parts for parallel search, and that a search in parts answers exactly what a plain one does. */
class ParallelSearchTest {

    /** Segments of 500, 400, 200, 50 and 50 documents (no merging), with some deleted documents. */
    private static final int[] SEGMENTS = {500, 400, 200, 50, 50};
    private static final int TOTAL = 1200;
    private static final String[] WORDS = {"快递", "投诉", "包裹", "延误", "退款", "parcel", "delay", "refund"};

    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(7);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchFields.analyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int size : SEGMENTS) {
                for (int i = 0; i < size; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 1 + random.nextInt(6); w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    String agent = random.nextBoolean() ? "agent1" : "agent2";
                    Document d = new Document();
                    d.add(new StringField("id", String.valueOf(id++), Field.Store.NO));
                    d.add(new StringField("agent", agent, Field.Store.NO));
                    d.add(new SortedDocValuesField("agent", new BytesRef(agent)));
                    d.add(new TextField("en", text.toString(), Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.flush();
            }
            for (int deleted = 3; deleted < TOTAL; deleted += 37) {
                writer.deleteDocuments(new Term("id", String.valueOf(deleted)));
            }
        }
        reader = DirectoryReader.open(directory);
        assertEquals(SEGMENTS.length, reader.leaves().size());
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static int[] partSizes(List<List<ParallelSearch.Range>> parts) {
        return parts.stream().mapToInt(p -> p.stream().mapToInt(r -> r.to() - r.from()).sum()).toArray();
    }

    @Test
    void partsAreEvenAndCutSegmentsWhereNeeded() {
        List<List<ParallelSearch.Range>> two = ParallelSearch.split(reader.leaves(), 2, 100);
        assertArrayEquals(new int[]{600, 600}, partSizes(two));
        // The first segment (500) and a hundred of the second; the rest of the second and the small ones.
        assertEquals(List.of(0, 0), two.get(0).stream().map(r -> r.from()).toList());
        assertEquals(List.of(500, 100), two.get(0).stream().map(r -> r.to()).toList());
        assertEquals(100, two.get(1).get(0).from());
        assertArrayEquals(new int[]{400, 400, 400}, partSizes(ParallelSearch.split(reader.leaves(), 3, 1)));
        assertArrayEquals(new int[]{171, 171, 172, 171, 172, 171, 172}, partSizes(ParallelSearch.split(reader.leaves(), 7, 1)));
    }

    @Test
    void everyDocumentIsInExactlyOnePart() {
        for (int count = 1; count <= 13; count++) {
            List<List<ParallelSearch.Range>> parts = ParallelSearch.split(reader.leaves(), count, 1);
            assertEquals(count, parts.size());
            Set<Integer> seen = new HashSet<>();
            for (List<ParallelSearch.Range> part : parts) {
                for (ParallelSearch.Range range : part) {
                    assertTrue(range.from() < range.to(), "no empty ranges");
                    for (int doc = range.from(); doc < range.to(); doc++) {
                        assertTrue(seen.add(range.leaf().docBase + doc), "document in two parts");
                    }
                }
            }
            assertEquals(TOTAL, seen.size());
        }
    }

    @Test
    void anIndexTooSmallForTwoPartsIsSearchedInOnePiece() {
        assertEquals(1, ParallelSearch.split(reader.leaves(), 2, 601).size());
        assertEquals(1, ParallelSearch.split(reader.leaves(), 2, 5_000).size());
        assertEquals(1, ParallelSearch.split(reader.leaves(), 1, 1).size());
        assertEquals(2, ParallelSearch.split(reader.leaves(), 2, 600).size());
        List<LeafReaderContext> none = List.of();
        assertEquals(0, ParallelSearch.split(none, 4, 1).size(), "an empty index has nothing to cut");
    }

    @Test
    void aSearchInPartsRanksAndCountsExactlyAsAPlainOne() throws IOException {
        IndexSearcher plain = new IndexSearcher(reader);
        List<Query> queries = List.of(new TermQuery(new Term("en", "parcel")), new MatchAllDocsQuery(),
                new BooleanQuery.Builder().add(new TermQuery(new Term("en", "delai")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("en", "refund")), BooleanClause.Occur.SHOULD).build(),
                new BooleanQuery.Builder().add(new TermQuery(new Term("en", "parcel")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("agent", "agent1")), BooleanClause.Occur.FILTER).build(),
                new PhraseQuery(2, "en", "parcel", "refund"), new TermQuery(new Term("en", "nothing")));
        for (int parts : new int[]{1, 2, 3, 7}) {
            try (ParallelSearch parallel = new ParallelSearch(parts, 1)) {
                for (Query query : queries) {
                    TopDocs expected = plain.search(query, new TopScoreDocCollectorManager(25, Integer.MAX_VALUE));
                    TopDocs actual = parallel.search(plain, query, new TopScoreDocCollectorManager(25, Integer.MAX_VALUE));
                    assertEquals(expected.totalHits, actual.totalHits, parts + " parts: " + query);
                    assertArrayEquals(Arrays.stream(expected.scoreDocs).mapToInt(d -> d.doc).toArray(),
                            Arrays.stream(actual.scoreDocs).mapToInt(d -> d.doc).toArray(), parts + " parts: " + query);
                    assertArrayEquals(Arrays.stream(expected.scoreDocs).mapToDouble(d -> d.score).toArray(),
                            Arrays.stream(actual.scoreDocs).mapToDouble(d -> d.score).toArray(), parts + " parts: " + query);
                    assertEquals(plain.count(query), parallel.search(plain, query, new TotalHitCountCollectorManager()));
                }
            }
        }
    }
}
