package io.zhijian.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A refusal a user can act on: an HTTP status plus texts taken from the message bundle in the
 * caller's language. Services throw it; the web layer turns it into problem+json for the
 * API, and pages turn it into form errors.
 */
public class Problem extends RuntimeException {

    /** A text chosen from the bundle once the caller's language is known. */
    @FunctionalInterface
    public interface Text extends Function<AppMessages, String> {
    }

    private final int status;
    private final Text detail;
    private final Map<String, Text> fieldErrors;
    private final Map<String, Object> extensions;

    private Problem(int status, Text detail, Map<String, Text> fieldErrors, Map<String, Object> extensions) {
        super(null, null, false, false);
        this.status = status;
        this.detail = detail;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    private Problem(int status, Text detail, Map<String, Text> fieldErrors) {
        this(status, detail, fieldErrors, Map.of());
    }

    /** A 400 that also carries a report (extension members of the problem body, e.g. per-line errors). */
    public static Problem badRequest(Text detail, Map<String, Object> extensions) {
        return new Problem(400, detail, Map.of(), extensions);
    }

    /** Any status with a report in extension members (e.g. 409 naming the existing record). */
    public static Problem of(int status, Text detail, Map<String, Object> extensions) {
        return new Problem(status, detail, Map.of(), extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static Problem badRequest(Text detail) {
        return new Problem(400, detail, Map.of());
    }

    public static Problem notFound(Text detail) {
        return new Problem(404, detail, Map.of());
    }

    public static Problem conflict(Text detail) {
        return new Problem(409, detail, Map.of());
    }

    public static Problem forbidden(Text detail) {
        return new Problem(403, detail, Map.of());
    }

    /** 400 with one message per offending field, in the order they were found. */
    public static Problem invalid(Map<String, Text> fieldErrors) {
        return new Problem(400, AppMessages::errValidation, new LinkedHashMap<>(fieldErrors));
    }

    public int status() {
        return status;
    }

    public String detail(AppMessages messages) {
        return detail.apply(messages);
    }

    /** What a page shows for this problem: each named field's message, or the detail when it names none. */
    public List<String> messages(AppMessages messages) {
        Map<String, String> fields = fieldErrors(messages);
        return fields.isEmpty() ? List.of(detail(messages)) : List.copyOf(fields.values());
    }

    public Map<String, String> fieldErrors(AppMessages messages) {
        Map<String, String> resolved = new LinkedHashMap<>();
        fieldErrors.forEach((field, text) -> resolved.put(field, text.apply(messages)));
        return resolved;
    }

    @Override
    public String getMessage() {
        return "HTTP " + status + " " + fieldErrors.keySet();
    }
}
