package io.zhijian.training;

import io.zhijian.training.Question.Answer;
import io.zhijian.training.Question.Format;
import io.zhijian.training.Question.Pair;

import java.util.List;
import java.util.Locale;

/** Writes questions as GIFT that {@link GiftParser} reads back to the same questions. */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (Question q : questions) {
            if (!q.category().equals(category)) {
                out.append("$CATEGORY: ").append(q.category()).append("\n\n");
                category = q.category();
            }
            if (q.idNumber() != null) {
                out.append("// [id:").append(q.idNumber()).append("]\n");
            }
            if (q.difficulty() != null) {
                out.append("// [difficulty:").append(q.difficulty()).append("]\n");
            }
            for (String tag : q.tags()) {
                out.append("// [tag:").append(tag).append("]\n");
            }
            if (q.title() != null) {
                out.append("::").append(Gift.escape(q.title())).append("::");
            }
            if (q.format() != Format.MOODLE) {
                out.append('[').append(q.format().name().toLowerCase(Locale.ROOT)).append(']');
            }
            out.append(Gift.escape(q.text()));
            if (q.type() != QuestionType.DESCRIPTION) {
                out.append(" {").append(answers(q));
                if (q.generalFeedback() != null) {
                    out.append("####").append(Gift.escape(q.generalFeedback()));
                }
                out.append('}');
                if (q.textAfter() != null) {
                    out.append(' ').append(Gift.escape(q.textAfter()));
                }
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static String answers(Question q) {
        StringBuilder out = new StringBuilder();
        switch (q.type()) {
            case ESSAY, DESCRIPTION -> {
            }
            case TRUE_FALSE -> {
                out.append(Boolean.TRUE.equals(q.correct()) ? "TRUE" : "FALSE");
                if (q.feedbackWrong() != null || q.feedbackRight() != null) {
                    out.append('#').append(q.feedbackWrong() == null ? "" : Gift.escape(q.feedbackWrong()));
                }
                if (q.feedbackRight() != null) {
                    out.append('#').append(Gift.escape(q.feedbackRight()));
                }
            }
            case MATCHING -> {
                for (Pair pair : q.pairs()) {
                    out.append("\n=").append(Gift.escape(pair.question())).append(" -> ")
                            .append(Gift.escape(pair.answer()));
                }
                out.append('\n');
            }
            case NUMERICAL -> {
                out.append('#');
                for (Answer a : q.answers()) {
                    if (a.value() == null) {
                        out.append("\n~").append(feedback(a));
                        continue;
                    }
                    out.append("\n=");
                    if (a.fraction() != 100) {
                        out.append('%').append(Gift.number(a.fraction())).append('%');
                    }
                    out.append(Gift.number(a.value()));
                    if (a.tolerance() != null && a.tolerance() != 0) {
                        out.append(':').append(Gift.number(a.tolerance()));
                    }
                    out.append(feedback(a));
                }
                out.append('\n');
            }
            case SHORT_ANSWER -> appendShortAnswers(out, q.answers());
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MISSING_WORD -> {
                boolean choices = q.type() != QuestionType.MISSING_WORD || q.answers().size() > 1
                        && q.answers().stream().anyMatch(a -> a.fraction() == 0);
                if (q.type() == QuestionType.MISSING_WORD && !choices) {
                    appendShortAnswers(out, q.answers());
                    break;
                }
                boolean single = q.type() != QuestionType.MULTIPLE_CHOICE
                        && q.answers().stream().anyMatch(a -> a.fraction() == 100);
                for (Answer a : q.answers()) {
                    boolean right = single && a.fraction() == 100;
                    out.append('\n').append(right ? '=' : '~');
                    if (!right && a.fraction() != 0) {
                        out.append('%').append(Gift.number(a.fraction())).append('%');
                    }
                    out.append(Gift.escape(a.text() == null ? "" : a.text())).append(feedback(a));
                }
                out.append('\n');
            }
            default -> throw new IllegalStateException(q.type().name());
        }
        return out.toString();
    }

    private static void appendShortAnswers(StringBuilder out, List<Answer> answers) {
        for (Answer a : answers) {
            out.append("\n=");
            if (a.fraction() != 100) {
                out.append('%').append(Gift.number(a.fraction())).append('%');
            }
            out.append(Gift.escape(a.text() == null ? "" : a.text())).append(feedback(a));
        }
        out.append('\n');
    }

    private static String feedback(Answer a) {
        return a.feedback() == null ? "" : "#" + Gift.escape(a.feedback());
    }
}
