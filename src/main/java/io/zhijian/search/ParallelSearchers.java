package io.zhijian.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searchers that split a large index's segments into one slice per core and search the slices side by side:
 * a query's latency is then its share of the index, not the whole of it (the asking thread searches a slice
 * itself, so a busy pool slows a query down but cannot stall it). An index too small to gain from it is
 * searched in one piece.
 */
final class ParallelSearchers extends SearcherFactory implements AutoCloseable {

    /** Below this many documents per slice, handing work to another thread costs more than it saves. */
    static final int MIN_SLICE_DOCS = 20_000;

    private final int threads;
    private final int minSliceDocs;
    private final ExecutorService executor;

    /** {@code minSliceDocs}: the smallest slice worth a thread of its own (tests pass a small one). */
    ParallelSearchers(int threads, int minSliceDocs) {
        this.threads = threads;
        this.minSliceDocs = minSliceDocs;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "search-slice-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return ParallelSearchers.slices(leaves, threads, minSliceDocs);
            }
        };
    }

    /**
     * At most {@code count} slices of about equal size (largest segment first into the lightest slice), and no
     * more slices than {@code minDocs} fit into the index.
     */
    static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves, int count, int minDocs) {
        long total = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int slices = (int) Math.max(1, Math.min(count, total / minDocs));
        List<List<LeafReaderContext>> groups = new ArrayList<>(slices);
        long[] sizes = new long[slices];
        for (int i = 0; i < slices; i++) {
            groups.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < slices; i++) {
                if (sizes[i] < sizes[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(leaf);
            sizes[lightest] += leaf.reader().maxDoc();
        }
        return groups.stream().filter(g -> !g.isEmpty()).map(IndexSearcher.LeafSlice::new)
                .toArray(IndexSearcher.LeafSlice[]::new);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
