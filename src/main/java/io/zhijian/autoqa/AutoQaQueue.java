package io.zhijian.autoqa;

import io.agroal.api.AgroalDataSource;
import io.zhijian.interaction.ChatsImported;
import io.zhijian.interaction.TicketsImported;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.scorecard.ScorecardPublished;
import io.zhijian.transcription.TranscriptStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What auto-QA still has to run, written in the transaction of the change that calls for it (a stored transcript,
 * imported tickets or chats, a published scorecard version): if that commits, the work is on record even if the
 * process dies before running it. Once it commits the worker is woken.
 */
@ApplicationScoped
public class AutoQaQueue {

    /** Ids per queue row: one row is one transaction of the worker. */
    static final int CHUNK = 500;

    @Inject
    AgroalDataSource database;

    @Inject
    jakarta.enterprise.event.Event<Queued> queued;

    @Inject
    AutoQaService service;

    @Inject
    AutoQaSources sources;

    @Inject
    Clock clock;

    @Inject
    AutoQaConfig config;

    /**
     * A transcript's rules run in its own transaction, from the turns in hand: a call is one small result, and its
     * first indexing after the commit then already has the flags (queued, it was read back and indexed twice).
     */
    void onTranscript(@Observes TranscriptStored stored) {
        if (!config.enabled()) {
            return;
        }
        try {
            service.processTranscript(sources.call(stored.callId(), stored.turns(), stored.metrics()));
        } catch (RuntimeException e) {
            // Never the reason a transcript is not stored: the worker tries again from the queue.
            org.jboss.logging.Logger.getLogger(AutoQaQueue.class).warnf(e, "Auto-QA of call %d queued instead", stored.callId());
            enqueue(Channel.CALL, List.of(stored.callId()));
        }
    }

    void onTickets(@Observes TicketsImported imported) {
        enqueue(Channel.TICKET, imported.ticketIds());
    }

    void onChats(@Observes ChatsImported imported) {
        enqueue(Channel.CHAT, imported.chatIds());
    }

    /** A new version re-runs over the history of each of its channels; an older re-run of the scorecard stops. */
    void onPublished(@Observes ScorecardPublished published) {
        if (!config.enabled()) {
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement supersede = connection.prepareStatement("update auto_qa_reruns set status = 'SUPERSEDED', "
                     + "finished_at = ? where scorecard_key = ? and status = 'RUNNING'");
             PreparedStatement insert = connection.prepareStatement("insert into auto_qa_reruns (scorecard_key, "
                     + "scorecard_version, interaction_type, last_id, total, processed, status, created_at) "
                     + "values (?, ?, ?, 0, ?, 0, 'RUNNING', ?)")) {
            Timestamp now = Timestamp.from(clock.instant());
            supersede.setTimestamp(1, now);
            supersede.setString(2, published.key());
            supersede.executeUpdate();
            for (Channel channel : published.scorecard().appliesTo()) {
                insert.setString(1, published.key());
                insert.setInt(2, published.version());
                insert.setString(3, channel.name());
                insert.setLong(4, sources.count(channel));
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the auto-QA re-run", e);
        }
        wakeAfterCommit();
    }

    private void enqueue(Channel channel, List<Long> ids) {
        if (ids.isEmpty() || !config.enabled()) {
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into auto_qa_queue (interaction_type, entity_ids) values (?, ?)")) {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                insert.setString(1, channel.name());
                // Commas on both ends: "is this id still queued" is then one LIKE.
                insert.setString(2, ids.subList(i, Math.min(ids.size(), i + CHUNK)).stream().map(String::valueOf)
                        .collect(Collectors.joining(",", ",", ",")));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue auto-QA work", e);
        }
        wakeAfterCommit();
    }

    /** The worker is woken once the transaction that queued the work has committed (it observes this then). */
    private void wakeAfterCommit() {
        queued.fire(new Queued());
    }

    /** Work was queued in the current transaction. */
    record Queued() {
    }
}
