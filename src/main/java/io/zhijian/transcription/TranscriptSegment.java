package io.zhijian.transcription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One speaker turn of a transcript (its timed words are {@link TranscriptWords}). */
@Entity
@Table(name = "transcript_segments")
public class TranscriptSegment extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "call_id")
        public long callId;

        @Column(name = "seq")
        public int seq;

        public Key() {
        }

        Key(long callId, int seq) {
            this.callId = callId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.callId == callId && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, seq);
        }
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Speaker speaker;

    @Column(name = "start_s", nullable = false)
    public double start;

    @Column(name = "end_s", nullable = false)
    public double end;

    @Column(nullable = false, length = 20000)
    public String text;

    @Column(nullable = false)
    public double confidence;

    public static List<TranscriptSegment> of(long callId) {
        return list("key.callId = ?1 order by key.seq", callId);
    }

    /** Deletes the call's turns and their words. */
    public static long deleteOf(long callId) {
        TranscriptWords.delete("key.callId = ?1", callId);
        return delete("key.callId = ?1", callId);
    }
}
