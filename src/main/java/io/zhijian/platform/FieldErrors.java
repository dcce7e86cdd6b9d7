package io.zhijian.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors while validating input; throws one {@link Problem} with all of them. */
public final class FieldErrors {

    private final Map<String, Problem.Text> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, Problem.Text message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public FieldErrors check(boolean ok, String field, Problem.Text message) {
        return ok ? this : add(field, message);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public Problem toProblem() {
        return Problem.invalid(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
