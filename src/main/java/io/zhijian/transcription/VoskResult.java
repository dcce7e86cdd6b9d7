package io.zhijian.transcription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Reads Vosk's result JSON ({@code {"result":[{"word","start","end","conf"}], "text"}}) into words. */
public final class VoskResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskResult() {
    }

    /** The words of one result, times shifted by {@code offset} seconds; empty for silence. */
    public static List<TimedWord> words(String json, double offset) {
        try {
            JsonNode result = JSON.readTree(json).path("result");
            List<TimedWord> words = new ArrayList<>();
            for (JsonNode w : result) {
                String text = w.path("word").asText("");
                if (!text.isBlank()) {
                    words.add(new TimedWord(text, round(w.path("start").asDouble() + offset),
                            round(w.path("end").asDouble() + offset), w.path("conf").asDouble(1)));
                }
            }
            return words;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Vosk returned unreadable JSON: " + json, e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
