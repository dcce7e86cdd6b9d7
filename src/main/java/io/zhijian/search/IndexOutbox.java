package io.zhijian.search;

import io.agroal.api.AgroalDataSource;
import io.zhijian.evaluation.EvaluationScored;
import io.zhijian.interaction.ChatsImported;
import io.zhijian.interaction.TicketsImported;
import io.zhijian.transcription.TranscriptStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * The search index's change log in the database ({@code search_outbox}). A change to something searchable
 * (a stored transcript, imported tickets, a new evaluation total) writes a row in the change's own transaction;
 * once it commits, the row is handed to the indexer; once the index has committed what the indexer did with it,
 * the row is deleted. So whatever the database committed and the index had not when the process died is still
 * listed here at the next start, and {@link CallIndexer} indexes it before answering searches.
 */
@ApplicationScoped
public class IndexOutbox {

    /** Ids per row: a million-ticket import is 25 rows, each within the column's size. */
    private static final int CHUNK = 40_000;

    public enum Kind { CALL, TICKET, CHAT }

    /** One row: what changed, and which row says so. */
    public record Change(long row, Kind kind, List<Long> ids) {
    }

    @Inject
    AgroalDataSource database;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CallIndexer indexer;

    /** Rows whose changes are in the index writer but maybe not yet in an index commit. */
    private final Queue<Long> indexed = new ConcurrentLinkedQueue<>();

    void onTranscript(@Observes TranscriptStored stored) {
        record(Kind.CALL, List.of(stored.callId()));
    }

    void onTickets(@Observes TicketsImported imported) {
        record(Kind.TICKET, imported.ticketIds());
    }

    void onChats(@Observes ChatsImported imported) {
        record(Kind.CHAT, imported.chatIds());
    }

    void onAutoQa(@Observes io.zhijian.autoqa.AutoQaComputed computed) {
        record(Kind.valueOf(computed.channel().name()), computed.ids());
    }

    void onScored(@Observes EvaluationScored scored) {
        record(Kind.valueOf(scored.type().name()), List.of(scored.interactionId()));
    }

    /** Within the change's transaction: the rows, and the indexing once (and only if) it commits. */
    private void record(Kind kind, List<Long> ids) {
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = List.copyOf(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            long row = insert(kind, chunk);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        indexer.changed(new Change(row, kind, chunk));
                    }
                }
            });
        }
    }

    private long insert(Kind kind, List<Long> ids) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into search_outbox (kind, entity_ids) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.name());
            insert.setString(2, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a change for the search index", e);
        }
    }

    /** The indexer has written this row's changes into the index writer. */
    void indexed(long row) {
        indexed.add(row);
    }

    /** Rows indexed so far: forget them with {@link #forget} once an index commit that follows has succeeded. */
    List<Long> drainIndexed() {
        List<Long> rows = new ArrayList<>();
        for (Long row; (row = indexed.poll()) != null; ) {
            rows.add(row);
        }
        return rows;
    }

    void forget(List<Long> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from search_outbox where id = ?")) {
            for (long row : rows) {
                delete.setLong(1, row);
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            // Harmless: the rows are indexed again at the next start.
            indexed.addAll(rows);
        }
    }

    /** After a rebuild from the database has been committed: every row up to {@code row} is in it. */
    void forgetUpTo(long row) {
        try (Connection connection = database.getConnection(); Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from search_outbox where id <= " + row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long lastRow() {
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet max = query.executeQuery("select coalesce(max(id), 0) from search_outbox")) {
            max.next();
            return max.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was left when the process stopped: committed in the database, maybe not in the index. */
    List<Change> pending() {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select id, kind, entity_ids from search_outbox order by id")) {
            while (rows.next()) {
                changes.add(new Change(rows.getLong(1), Kind.valueOf(rows.getString(2)),
                        Arrays.stream(rows.getString(3).split(",")).map(Long::valueOf).toList()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }
}
