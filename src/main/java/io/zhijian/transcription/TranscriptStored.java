package io.zhijian.transcription;

/** Fired after a call's transcript is committed (search indexes it). */
public record TranscriptStored(long callId) {
}
