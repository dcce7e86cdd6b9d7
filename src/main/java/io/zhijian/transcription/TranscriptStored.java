package io.zhijian.transcription;

import java.util.List;

/**
 * Fired inside the transaction that stores a call's transcript, with what was stored (search indexes it once the
 * transaction commits; auto-QA runs its rules on it within the transaction, from these turns).
 */
public record TranscriptStored(long callId, String language, List<Segment> turns, SpeechMetrics metrics) {
}
