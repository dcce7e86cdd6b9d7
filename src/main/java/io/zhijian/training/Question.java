package io.zhijian.training;

import java.util.List;

/**
 * A bank question as GIFT (and Moodle XML, Aiken) describe it. Texts are stored unescaped.
 *
 * @param category    slash-separated category path ("" = the bank's top level)
 * @param idNumber    Moodle id number ({@code // [id:…]}), or null
 * @param tags        {@code // [tag:…]} tags, e.g. scorecard item keys such as {@code call-quality/listening}
 * @param difficulty  1 (easy) to 5 (hard) from {@code // [difficulty:N]} (a comment Moodle ignores), or null
 * @param text        the question text; for MISSING_WORD the text before the blank
 * @param textAfter   MISSING_WORD only: the text after the blank
 * @param answers     choices, accepted short answers or numerical answers, with fractions in percent
 * @param pairs       MATCHING only; a pair with an empty question adds a distractor answer
 * @param correct     TRUE_FALSE only: the right answer
 * @param feedbackWrong TRUE_FALSE only: shown when the answer given is wrong
 * @param feedbackRight TRUE_FALSE only: shown when the answer given is right
 */
public record Question(String category, String idNumber, List<String> tags, Integer difficulty, String title,
                       Format format,
                      String text, String textAfter, QuestionType type, List<Answer> answers, List<Pair> pairs,
                      Boolean correct, String feedbackWrong, String feedbackRight, String generalFeedback,
                      int line) {

    public enum Format { MOODLE, HTML, PLAIN, MARKDOWN }

    /**
     * One answer. {@code fraction} is the share of the marks in percent (may be negative);
     * numerical answers carry {@code value} and {@code tolerance}.
     */
    public record Answer(String text, double fraction, String feedback, Double value, Double tolerance) {
        public static Answer choice(String text, double fraction, String feedback) {
            return new Answer(text, fraction, feedback, null, null);
        }

        public static Answer number(double value, double tolerance, double fraction, String feedback) {
            return new Answer(null, fraction, feedback, value, tolerance);
        }
    }

    public record Pair(String question, String answer) {
    }

    /** The same question without where it was read from (for comparing round trips). */
    public Question withoutLine() {
        return new Question(category, idNumber, tags, difficulty, title, format, text, textAfter, type, answers, pairs,
                correct, feedbackWrong, feedbackRight, generalFeedback, 0);
    }
}
