package io.zhijian.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slicing an index for parallel search, and that a sliced search answers exactly what a plain one does. */
class ParallelSearchersTest {

    /** Segments of 500, 400, 200, 50 and 50 documents (no merging). */
    private static final int[] SEGMENTS = {500, 400, 200, 50, 50};
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
                    Document d = new Document();
                    d.add(new StringField("id", String.valueOf(id++), Field.Store.NO));
                    d.add(new StringField("agent", random.nextBoolean() ? "agent1" : "agent2", Field.Store.NO));
                    d.add(new TextField("zh", text.toString(), Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.flush();
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

    private static int[] sliceSizes(IndexSearcher.LeafSlice[] slices) {
        return Arrays.stream(slices).mapToInt(s -> Arrays.stream(s.leaves).mapToInt(l -> l.reader().maxDoc()).sum())
                .sorted().toArray();
    }

    @Test
    void largestSegmentsFirstIntoTheLightestSliceGivesEvenSlices() {
        IndexSearcher.LeafSlice[] slices = ParallelSearchers.slices(reader.leaves(), 2, 100);
        // 500 | 400 + 200 → 500 + 50 + 50 | 600
        assertArrayEquals(new int[]{600, 600}, sliceSizes(slices));
        assertArrayEquals(new int[]{50, 50, 200, 400, 500}, sliceSizes(ParallelSearchers.slices(reader.leaves(), 8, 200)),
                "a segment is never split, and no slice is left empty");
    }

    @Test
    void everySegmentIsInExactlyOneSlice() {
        for (int count = 1; count <= 6; count++) {
            List<LeafReaderContext> seen = new ArrayList<>();
            IndexSearcher.LeafSlice[] slices = ParallelSearchers.slices(reader.leaves(), count, 1);
            assertTrue(slices.length <= count);
            Arrays.stream(slices).forEach(s -> seen.addAll(Arrays.asList(s.leaves)));
            assertEquals(reader.leaves().size(), seen.size());
            assertTrue(seen.containsAll(reader.leaves()));
        }
    }

    @Test
    void anIndexTooSmallForTwoSlicesIsSearchedInOnePiece() {
        assertEquals(1, ParallelSearchers.slices(reader.leaves(), 2, 601).length);
        assertEquals(1, ParallelSearchers.slices(reader.leaves(), 2, 1_200).length);
        assertEquals(1, ParallelSearchers.slices(reader.leaves(), 1, 1).length);
        assertEquals(0, ParallelSearchers.slices(List.of(), 4, 1).length, "an empty index has nothing to slice");
    }

    @Test
    void aSlicedSearchRanksAndCountsExactlyAsAPlainOne() throws IOException {
        try (ParallelSearchers parallel = new ParallelSearchers(3, 100)) {
            IndexSearcher sliced = parallel.newSearcher(reader, null);
            assertEquals(3, sliced.getSlices().length);
            IndexSearcher plain = new IndexSearcher(reader);
            for (Query query : List.of(new TermQuery(new Term("zh", "快递")), new TermQuery(new Term("zh", "parcel")),
                    new TermQuery(new Term("agent", "agent1")), new TermQuery(new Term("zh", "nothing")))) {
                TopDocs expected = plain.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                TopDocs actual = sliced.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                assertEquals(expected.totalHits, actual.totalHits, query.toString());
                assertArrayEquals(Arrays.stream(expected.scoreDocs).mapToInt(d -> d.doc).toArray(),
                        Arrays.stream(actual.scoreDocs).mapToInt(d -> d.doc).toArray(), query.toString());
                assertEquals(plain.count(query), sliced.count(query));
            }
        }
    }
}
