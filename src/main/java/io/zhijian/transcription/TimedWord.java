package io.zhijian.transcription;

/** A recognised word with its time span in seconds from the start of the call and Vosk's confidence. */
public record TimedWord(String w, double start, double end, double conf) {
}
