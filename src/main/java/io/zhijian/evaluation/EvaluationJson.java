package io.zhijian.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON columns of evaluations: answers, comments, moments, disputed items. */
final class EvaluationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A comment pinned to a moment of a call's recording ({@code at}, seconds from its start) or to a message of a
     * chat ({@code message}, 1-based; {@code at} is then that message's time from the start of the conversation).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Moment(double at, String text, Integer message) {
    }

    private EvaluationJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> answers(String json) {
        return read(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static Map<String, String> comments(String json) {
        return read(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    static List<Moment> moments(String json) {
        return read(json, new TypeReference<List<Moment>>() { });
    }

    static List<String> items(String json) {
        return read(json, new TypeReference<List<String>>() { });
    }

    /** A canonical answer as JSON shows it: numbers as numbers, "yes"/"no"/"NA" as text. */
    static Object typed(String canonical) {
        if (canonical == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(canonical);
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
        } catch (NumberFormatException e) {
            return canonical;
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evaluation JSON unreadable", e);
        }
    }
}
