package io.zhijian.training;

import io.zhijian.training.Question.Answer;
import io.zhijian.training.Question.Pair;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Automatic grading of one response, as a fraction 0..1 of the question's marks (never below 0).
 * Responses: a choice index (single choice, missing word with choices), a list of indexes (multiple
 * answers), true/false, text (short answer, missing word without wrong choices), a number
 * (numerical), left → right texts (matching). Essays are graded by people; descriptions score nothing.
 */
public final class Grader {

    private Grader() {
    }

    /** Null when a person must grade it (essay). */
    public static Double fraction(Question q, Object response) {
        if (q.type() == QuestionType.ESSAY) {
            return null;
        }
        if (response == null || q.type() == QuestionType.DESCRIPTION) {
            return 0.0;
        }
        double percent = switch (q.type()) {
            case SINGLE_CHOICE -> choice(q.answers(), response);
            case MISSING_WORD -> offersChoices(q) ? choice(q.answers(), response) : text(q.answers(), response);
            case MULTIPLE_CHOICE -> response instanceof Collection<?> picked
                    ? picked.stream().distinct().mapToDouble(p -> choice(q.answers(), p)).sum() : 0;
            case TRUE_FALSE -> response instanceof Boolean b && b.equals(q.correct()) ? 100 : 0;
            case SHORT_ANSWER -> text(q.answers(), response);
            case NUMERICAL -> number(q.answers(), response);
            case MATCHING -> matching(q.pairs(), response);
            default -> 0;
        };
        return Math.max(0, Math.min(100, percent)) / 100;
    }

    /** A missing-word question shows a choice list when it has wrong choices; else a text box. */
    public static boolean offersChoices(Question q) {
        return q.answers().stream().anyMatch(a -> a.fraction() <= 0);
    }

    private static double choice(List<Answer> answers, Object response) {
        if (response instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            int index = n.intValue();
            return index >= 0 && index < answers.size() ? answers.get(index).fraction() : 0;
        }
        return 0;
    }

    /** Case-insensitive, whitespace-insensitive; the best matching answer counts. */
    private static double text(List<Answer> answers, Object response) {
        if (!(response instanceof String given)) {
            return 0;
        }
        String normalized = normalize(given);
        return answers.stream().filter(a -> a.text() != null && normalize(a.text()).equals(normalized))
                .mapToDouble(Answer::fraction).max().orElse(0);
    }

    private static double number(List<Answer> answers, Object response) {
        double value;
        if (response instanceof Number n) {
            value = n.doubleValue();
        } else if (response instanceof String s) {
            try {
                value = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        } else {
            return 0;
        }
        if (!Double.isFinite(value)) {
            return 0;
        }
        return answers.stream().filter(a -> a.value() != null
                        && Math.abs(value - a.value()) <= (a.tolerance() == null ? 0 : a.tolerance()) + 1e-9)
                .mapToDouble(Answer::fraction).max().orElse(0);
    }

    /** Each real pair (non-empty left side) is an equal share. */
    private static double matching(List<Pair> pairs, Object response) {
        if (!(response instanceof Map<?, ?> given)) {
            return 0;
        }
        List<Pair> real = pairs.stream().filter(p -> !p.question().isEmpty()).toList();
        long right = real.stream().filter(p -> p.answer().equals(given.get(p.question()))).count();
        return real.isEmpty() ? 0 : 100.0 * right / real.size();
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
