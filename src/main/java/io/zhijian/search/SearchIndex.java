package io.zhijian.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.zhijian.platform.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one Lucene index under {@code <data-dir>/index}: one {@link IndexWriter} and a {@link SearcherManager},
 * refreshed on a schedule by Lucene's reopen thread (never per query) and committed on a schedule and at shutdown. The index is derived
 * data: it lives in a generation folder ({@code gen-N}) named by the {@code current} file, so a rebuild writes
 * a new generation while searches keep using the old one, then swaps.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** One open generation: its folder, writer and searcher manager. */
    record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                      ControlledRealTimeReopenThread<IndexSearcher> refresher) {
        void close() throws IOException {
            refresher.close();
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    @Inject
    PlatformConfig platform;

    @Inject
    SearchConfig config;

    @Inject
    DatabaseIdentity database;

    @Inject
    IndexOutbox outbox;

    /** Bumped whenever documents change shape: an index of another version is rebuilt. */
    static final String SCHEMA = "7";

    private Map<String, String> identity;

    /** Searches run in one part per core. */
    private final ParallelSearch parallel = new ParallelSearch(Runtime.getRuntime().availableProcessors(),
            ParallelSearch.MIN_PART_DOCS);

    private volatile Generation current;
    private final java.util.concurrent.CountDownLatch caughtUp = new java.util.concurrent.CountDownLatch(1);
    /** True when start-up found no usable index: the app rebuilds it from the database. */
    private volatile boolean needsRebuild;

    @PostConstruct
    void open() {
        identity = Map.of("schema", SCHEMA, "database", database.id());
        Path root = root();
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve("current");
            String name = Files.exists(pointer) ? Files.readString(pointer).trim() : null;
            Path unusable = null;
            if (name != null && !name.isEmpty() && Files.isDirectory(root.resolve(name))) {
                try {
                    current = openGeneration(root.resolve(name), true);
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("The search index at %s cannot be opened (%s); it will be rebuilt from the database",
                            root.resolve(name), e.toString());
                    unusable = root.resolve(name);
                }
            } else {
                LOG.infof("No search index yet under %s; it will be built from the database", root);
            }
            needsRebuild = true;
            Generation fresh = openGeneration(newGenerationPath(), false);
            publish(fresh);
            current = fresh;
            if (unusable != null) {
                // Derived data: the database rebuilds it, so the broken copy is only in the way.
                deleteTree(unusable);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean needsRebuild() {
        return needsRebuild;
    }

    void rebuilt() {
        needsRebuild = false;
    }

    Path root() {
        return platform.dataDir().resolve("index");
    }

    /** Replaces the document of a call or ticket (upsert by its id term). */
    void replace(Term key, Document document) {
        try {
            current.writer().updateDocument(key, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Term key) {
        try {
            current.writer().deleteDocuments(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searches wait until the index holds what the database had committed before this start. */
    void caughtUp() {
        try {
            if (current != null) {
                current.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            LOG.warn("Could not refresh the searcher after catching up", e);
        }
        caughtUp.countDown();
    }

    private IndexSearcher acquire() throws IOException {
        try {
            caughtUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index caught up with the database", e);
        }
        Generation open = current;
        if (open == null) {
            throw new IOException("the search index could not be opened at start-up (see the log)");
        }
        return open.searchers().acquire();
    }

    /** {@code searcher.search(query, manager)}, with the index searched in parts side by side. */
    <C extends Collector, T> T search(IndexSearcher searcher, Query query, CollectorManager<C, T> manager)
            throws IOException {
        return parallel.search(searcher, query, manager);
    }

    /** Work with a searcher of the current generation. */
    interface SearcherWork<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with a searcher, released afterwards whatever happens; I/O failures become unchecked. */
    <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher = null;
        try {
            searcher = acquire();
            return work.with(searcher);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    release(searcher);
                } catch (IOException ignored) {
                    // nothing to undo
                }
            }
        }
    }

    /** Releases to the manager it came from, even if a rebuild swapped generations meanwhile. */
    private void release(IndexSearcher searcher) throws IOException {
        // Releasing only decrements the reader's count, so it works for a searcher of a swapped-out generation too.
        current.searchers().release(searcher);
    }

    /** Commits the writer, then forgets the change-log rows whose changes that commit holds. */
    @Scheduled(every = "${zhijian.search.commit-every:10s}", delayed = "${zhijian.jobs-first-run-after:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commit() {
        try {
            Generation generation = current;
            List<Long> rows = outbox.drainIndexed();
            if (generation.writer().hasUncommittedChanges() || !rows.isEmpty()) {
                generation.writer().commit();
            }
            outbox.forget(rows);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            LOG.warn("Could not commit the search index", e);
        }
    }

    Generation openGeneration(Path path, boolean mustExist) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            if (mustExist && !DirectoryReader.indexExists(directory)) {
                throw new IOException("no index in " + path);
            }
            if (mustExist) {
                // Opening a reader reads every segment's header and checksummed metadata: corruption shows here.
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    Map<String, String> built = reader.getIndexCommit().getUserData();
                    if (!identity.equals(Map.of("schema", String.valueOf(built.get("schema")),
                            "database", String.valueOf(built.get("database"))))) {
                        throw new IOException("the index was built by another schema or from another database " + built);
                    }
                }
            }
            IndexWriterConfig writerConfig = new IndexWriterConfig(SearchFields.analyzer())
                    .setOpenMode(mustExist ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    // Stored turns are short and repetitive: compressing them well keeps the index small.
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
            IndexWriter writer = new IndexWriter(directory, writerConfig);
            writer.setLiveCommitData(identity.entrySet());
            if (!mustExist) {
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, null);
            // Lucene's own refresh schedule: new documents become visible within refresh-every.
            double stale = config.refreshEvery().toMillis() / 1000.0;
            ControlledRealTimeReopenThread<IndexSearcher> refresher =
                    new ControlledRealTimeReopenThread<>(writer, searchers, stale, Math.min(stale, 0.01));
            refresher.setName("search-refresh-" + path.getFileName());
            refresher.setDaemon(true);
            refresher.start();
            return new Generation(path, directory, writer, searchers, refresher);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    Path newGenerationPath() throws IOException {
        try (Stream<Path> existing = Files.list(root())) {
            int next = existing.map(p -> p.getFileName().toString()).filter(n -> n.matches("gen-\\d+"))
                    .mapToInt(n -> Integer.parseInt(n.substring(4))).max().orElse(0) + 1;
            return root().resolve("gen-" + next);
        }
    }

    /** Makes {@code fresh} the index searches use and removes the old generation. */
    void swap(Generation fresh) throws IOException {
        fresh.writer().commit();
        fresh.searchers().maybeRefreshBlocking();
        publish(fresh);
        Generation old = current;
        current = fresh;
        if (old != null && !old.path().equals(fresh.path())) {
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Closing the previous search index failed", e);
            }
            deleteTree(old.path());
        }
    }

    private void publish(Generation generation) throws IOException {
        Path pointer = root().resolve("current");
        Path temporary = root().resolve("current.tmp");
        Files.writeString(temporary, generation.path().getFileName().toString());
        Files.move(temporary, pointer, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", path, e);
        }
    }

    void close(@Observes ShutdownEvent event) {
        Generation generation = current;
        try {
            if (generation != null) {
                commit();
                generation.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing the search index failed; it will be checked at the next start", e);
        } finally {
            parallel.close();
        }
    }
}
