package io.zhijian.evaluation;

import io.zhijian.interaction.Interactions;
import io.zhijian.platform.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The evaluations list's query parameters read into a filter; anything unreadable is a 400 naming its parameter. */
final class EvaluationFilters {

    static final int MAX_PAGE_SIZE = 200;

    private EvaluationFilters() {
    }

    static EvaluationService.Filter read(String agent, String team, String scorecard, String channel, String status,
                                         String from, String to, String minTotal, String maxTotal) {
        Map<String, Problem.Text> errors = new LinkedHashMap<>();
        Interactions.Type type = null;
        if (blank(channel) != null) {
            try {
                type = Interactions.Type.valueOf(channel.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("channel", EvaluationProblems.text(m -> m.filterChannel(channel)));
            }
        }
        Evaluation.Status state = null;
        if (blank(status) != null) {
            try {
                state = Evaluation.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", EvaluationProblems.text(m -> m.filterStatus(status)));
            }
        }
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.put("to", EvaluationProblems.text(m -> m.filterRange()));
        }
        Double min = total("minTotal", minTotal, errors);
        Double max = total("maxTotal", maxTotal, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new EvaluationService.Filter(blank(agent), blank(team), blank(scorecard), type, state, start, end, min, max);
    }

    static void page(int page, int size) {
        Map<String, Problem.Text> errors = new LinkedHashMap<>();
        if (page < 1) {
            errors.put("page", EvaluationProblems.text(m -> m.filterPage()));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.put("size", EvaluationProblems.text(m -> m.filterSize(MAX_PAGE_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }

    private static LocalDate date(String field, String text, Map<String, Problem.Text> errors) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, EvaluationProblems.text(m -> m.filterDate(text)));
            return null;
        }
    }

    private static Double total(String field, String text, Map<String, Problem.Text> errors) {
        if (blank(text) == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(field, EvaluationProblems.text(m -> m.filterTotal()));
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
