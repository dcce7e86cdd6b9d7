package io.zhijian.transcription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** A turn's words with their times, kept apart from its text (see the V10 migration for why). */
@Entity
@Table(name = "transcript_words")
public class TranscriptWords extends PanacheEntityBase {

    @EmbeddedId
    public TranscriptSegment.Key key;

    /** {@code [[word, start, end, confidence], …]}. */
    @Column(nullable = false, length = 200000)
    public String words;

    public static List<TranscriptWords> of(long callId) {
        return list("key.callId = ?1 order by key.seq", callId);
    }
}
