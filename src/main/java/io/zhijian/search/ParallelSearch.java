package io.zhijian.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches an index in as many parts as there are cores, side by side: a query's latency is then its share of
 * the index. Parts are ranges of documents, cut across segment boundaries as needed (Lucene 9 parallelises
 * by whole segments only, and a merged index is mostly one large segment). The asking thread searches parts
 * itself until none is left, so a busy pool slows a query down but cannot stall it. An index too small to
 * gain from it is searched in one piece.
 */
final class ParallelSearch implements AutoCloseable {

    /** Below this many documents per part, handing work to another thread costs more than it saves. */
    static final int MIN_PART_DOCS = 20_000;

    /** Documents {@code [from, to)} of one segment. */
    record Range(LeafReaderContext leaf, int from, int to) {
    }

    private final int parts;
    private final int minPartDocs;
    private final ExecutorService executor;

    /** {@code minPartDocs}: the smallest part worth a thread of its own (tests pass a small one). */
    ParallelSearch(int parts, int minPartDocs) {
        this.parts = parts;
        this.minPartDocs = minPartDocs;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, parts - 1), task -> {
            Thread thread = new Thread(task, "search-part-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What {@code searcher.search(query, manager)} answers, computed part by part. */
    <C extends Collector, T> T search(IndexSearcher searcher, Query query, CollectorManager<C, T> manager)
            throws IOException {
        List<List<Range>> split = split(searcher.getIndexReader().leaves(), parts, minPartDocs);
        List<C> collectors = new ArrayList<>(split.size());
        for (int i = 0; i < Math.max(1, split.size()); i++) {
            collectors.add(manager.newCollector());
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), collectors.get(0).scoreMode(), 1);
        if (split.size() <= 1) {
            for (List<Range> part : split) {
                collect(weight, part, collectors.get(0));
            }
            return manager.reduce(collectors);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < split.size(); i = next.getAndIncrement()) {
                try {
                    collect(weight, split.get(i), collectors.get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>(split.size() - 1);
        for (int i = 1; i < split.size(); i++) {
            helpers.add(CompletableFuture.runAsync(work, executor));
        }
        work.run();
        try {
            CompletableFuture.allOf(helpers.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while searching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return manager.reduce(collectors);
    }

    private static void collect(Weight weight, List<Range> part, Collector collector) throws IOException {
        for (Range range : part) {
            LeafCollector leaf;
            try {
                leaf = collector.getLeafCollector(range.leaf());
            } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(range.leaf());
            if (scorer != null) {
                try {
                    scorer.score(leaf, range.leaf().reader().getLiveDocs(), range.from(), range.to());
                } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
                    // this collector has seen enough of this segment
                }
            }
            leaf.finish();
        }
    }

    /**
     * The index cut into at most {@code count} parts of (nearly) equal document counts, in document order, and
     * no more parts than {@code minDocs} fit into the index. Every document is in exactly one part.
     */
    static List<List<Range>> split(List<LeafReaderContext> leaves, int count, int minDocs) {
        long total = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int n = (int) Math.max(1, Math.min(count, total / Math.max(1, minDocs)));
        List<List<Range>> parts = new ArrayList<>(n);
        List<Range> part = new ArrayList<>();
        long filled = 0;
        int index = 0;
        for (LeafReaderContext leaf : leaves) {
            int from = 0;
            int maxDoc = leaf.reader().maxDoc();
            while (from < maxDoc) {
                // Part `index` ends at the index-wide document total * (index + 1) / n.
                long end = total * (index + 1) / n;
                int to = (int) Math.min(maxDoc, from + (end - filled));
                part.add(new Range(leaf, from, to));
                filled += to - from;
                from = to;
                if (filled == end && index < n - 1) {
                    parts.add(part);
                    part = new ArrayList<>();
                    index++;
                }
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
