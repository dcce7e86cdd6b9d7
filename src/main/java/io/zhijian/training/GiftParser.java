package io.zhijian.training;

import io.zhijian.training.Question.Answer;
import io.zhijian.training.Question.Format;
import io.zhijian.training.Question.Pair;
import io.zhijian.platform.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format: categories, titles, format markers, escapes, comments with
 * {@code [id:…]} and {@code [tag:…]}, and every question type. Every error is collected with its line.
 */
public final class GiftParser {

    /** The questions read, and everything wrong (a question with an error is left out). */
    public record Result(List<Question> questions, List<GiftError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The fractions Moodle accepts (and their negatives). */
    static final double[] WEIGHTS = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
            16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0};
    private static final Pattern META = Pattern.compile("\\[(id|tag|difficulty):([^\\]]*)]");
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRUE_FALSE = Pattern.compile("T|TRUE|F|FALSE");

    private final List<Question> questions = new ArrayList<>();
    private final List<GiftError> errors = new ArrayList<>();
    private String category = "";
    /** Set when the comment lines before a question had an error: that question is left out too. */
    private boolean metadataInvalid;

    private GiftParser() {
    }

    public static Result parse(String gift) {
        GiftParser parser = new GiftParser();
        parser.readAll(gift == null ? "" : gift.replace("\r\n", "\n").replace('\r', '\n'));
        return new Result(List.copyOf(parser.questions), List.copyOf(parser.errors));
    }

    private void readAll(String gift) {
        String[] lines = gift.split("\n", -1);
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        String idNumber = null;
        Integer difficulty = null;
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                if (block.length() > 0) {
                    block(block.toString(), blockLine, idNumber, difficulty, tags);
                    block.setLength(0);
                    idNumber = null;
                    difficulty = null;
                    tags = new ArrayList<>();
                }
                continue;
            }
            if (trimmed.startsWith("//")) {
                Matcher meta = META.matcher(trimmed);
                while (meta.find()) {
                    if (meta.group(1).equals("id")) {
                        idNumber = meta.group(2).trim();
                    } else if (meta.group(1).equals("difficulty")) {
                        difficulty = difficulty(meta.group(2).trim(), i + 1);
                    } else if (!meta.group(2).isBlank()) {
                        tags.add(meta.group(2).trim());
                    }
                }
                continue;
            }
            if (block.length() == 0) {
                blockLine = i + 1;
            } else {
                block.append('\n');
            }
            block.append(line);
        }
    }

    private Integer difficulty(String value, int line) {
        try {
            int level = Integer.parseInt(value);
            if (level >= 1 && level <= 5) {
                return level;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(line, "bad-difficulty", TrainingTexts.text(m -> m.giftBadDifficulty(value)));
        metadataInvalid = true;
        return null;
    }

    private void block(String block, int line, String idNumber, Integer difficulty, List<String> tags) {
        String trimmed = block.trim();
        if (trimmed.startsWith("$CATEGORY:")) {
            String path = trimmed.substring("$CATEGORY:".length()).trim();
            if (path.startsWith("$course$/")) {
                path = path.substring("$course$/".length());
            } else if (path.equals("$course$")) {
                path = "";
            }
            category = path;
            metadataInvalid = false;
            return;
        }
        int before = errors.size();
        Question question = question(block, line, idNumber, difficulty, List.copyOf(tags));
        if (question != null && errors.size() == before && !metadataInvalid) {
            questions.add(question);
        }
        metadataInvalid = false;
    }

    private Question question(String block, int line, String idNumber, Integer difficulty, List<String> tags) {
        String rest = block;
        int offset = 0;
        String title = null;
        String leading = rest.stripLeading();
        if (leading.startsWith("::")) {
            offset = rest.length() - leading.length();
            int end = Gift.find(rest, "::", offset + 2);
            if (end < 0) {
                error(line, "unclosed-title", TrainingTexts.text(ExamMessages::giftUnclosedTitle));
                return null;
            }
            title = Gift.unescape(rest.substring(offset + 2, end)).trim();
            offset = end + 2;
        }
        Format format = Format.MOODLE;
        Matcher marker = FORMAT.matcher(rest.substring(offset));
        if (marker.find()) {
            format = Format.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
            offset += marker.end();
        }
        int open = Gift.find(rest, '{', offset);
        if (open < 0) {
            int stray = Gift.find(rest, '}', offset);
            if (stray >= 0) {
                error(lineAt(block, line, stray), "unopened-brace", TrainingTexts.text(ExamMessages::giftUnopenedBrace));
                return null;
            }
            String text = Gift.unescape(rest.substring(offset)).trim();
            return new Question(category, idNumber, tags, difficulty, title, format, text, null, QuestionType.DESCRIPTION,
                    List.of(), List.of(), null, null, null, null, line);
        }
        int close = Gift.find(rest, '}', open + 1);
        if (close < 0) {
            error(lineAt(block, line, open), "unclosed-brace", TrainingTexts.text(ExamMessages::giftUnclosedBrace));
            return null;
        }
        int nested = Gift.find(rest, '{', open + 1);
        if (nested >= 0 && nested < close) {
            error(lineAt(block, line, nested), "nested-brace", TrainingTexts.text(ExamMessages::giftUnclosedBrace));
            return null;
        }
        String before = Gift.unescape(rest.substring(offset, open)).trim();
        String after = Gift.unescape(rest.substring(close + 1)).trim();
        String inner = rest.substring(open + 1, close);
        int answersLine = lineAt(block, line, open);
        String general = null;
        int generalAt = Gift.findLast(inner, "####");
        if (generalAt >= 0) {
            general = blankToNull(Gift.unescape(stripFormat(inner.substring(generalAt + 4))).trim());
            inner = inner.substring(0, generalAt);
        }
        if (before.isEmpty() && after.isEmpty()) {
            error(line, "no-text", TrainingTexts.text(ExamMessages::giftNoText));
            return null;
        }
        String body = inner.trim();
        Draft draft = new Draft(title, format, before, after, general, line, idNumber, difficulty, tags);
        if (body.isEmpty()) {
            return draft.build(QuestionType.ESSAY, joined(before, after), null, List.of(), List.of(), null, null, null);
        }
        if (body.startsWith("#")) {
            return numerical(draft, body.substring(1), answersLine);
        }
        if (Gift.find(body, '~', 0) >= 0) {
            return choices(draft, body, answersLine);
        }
        if (Gift.find(body, '=', 0) >= 0 && body.contains("->")) {
            return matching(draft, body, answersLine);
        }
        int hash = Gift.find(body, '#', 0);
        String head = (hash < 0 ? body : body.substring(0, hash)).trim();
        if (TRUE_FALSE.matcher(head).matches()) {
            List<String> feedback = hash < 0 ? List.of() : splitUnescaped(body.substring(hash + 1), '#');
            return draft.build(QuestionType.TRUE_FALSE, joined(before, after), null, List.of(), List.of(),
                    head.startsWith("T"), feedback.isEmpty() ? null : text(feedback.get(0)),
                    feedback.size() < 2 ? null : text(feedback.get(1)));
        }
        return shortAnswer(draft, body, answersLine);
    }

    private Question choices(Draft draft, String body, int line) {
        List<Answer> answers = new ArrayList<>();
        boolean anyRight = false;
        for (String[] part : markedParts(body, "~=")) {
            boolean right = part[0].equals("=");
            anyRight |= right;
            String[] weighted = weight(part[1], right ? 100 : 0, line);
            if (weighted == null) {
                return null;
            }
            String[] feedback = splitFeedback(weighted[1]);
            answers.add(Answer.choice(text(feedback[0]), Double.parseDouble(weighted[0]), text(feedback[1])));
        }
        if (answers.size() < 2) {
            error(line, "too-few-choices", TrainingTexts.text(ExamMessages::giftTooFewChoices));
            return null;
        }
        if (!anyRight) {
            double positive = answers.stream().mapToDouble(Answer::fraction).filter(f -> f > 0).sum();
            if (Math.abs(positive - 100) > 0.01) {
                String sum = Gift.number(positive);
                error(line, "weights-sum", TrainingTexts.text(m -> m.giftWeightsSum(sum)));
                return null;
            }
        }
        QuestionType type = !draft.after.isEmpty() ? QuestionType.MISSING_WORD
                : anyRight ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        return draft.build(type, draft.before, blankToNull(draft.after), answers, List.of(), null, null, null);
    }

    private Question shortAnswer(Draft draft, String body, int line) {
        List<Answer> answers = new ArrayList<>();
        List<String[]> parts = markedParts(body, "=");
        if (parts.isEmpty()) {
            error(line, "no-answers", TrainingTexts.text(ExamMessages::giftNoAnswers));
            return null;
        }
        for (String[] part : parts) {
            String[] weighted = weight(part[1], 100, line);
            if (weighted == null) {
                return null;
            }
            String[] feedback = splitFeedback(weighted[1]);
            answers.add(Answer.choice(text(feedback[0]), Double.parseDouble(weighted[0]), text(feedback[1])));
        }
        QuestionType type = draft.after.isEmpty() ? QuestionType.SHORT_ANSWER : QuestionType.MISSING_WORD;
        return draft.build(type, draft.before, blankToNull(draft.after), answers, List.of(), null, null, null);
    }

    private Question matching(Draft draft, String body, int line) {
        List<Pair> pairs = new ArrayList<>();
        for (String[] part : markedParts(body, "=")) {
            int arrow = part[1].indexOf("->");
            if (arrow < 0) {
                error(line, "matching-arrow", TrainingTexts.text(ExamMessages::giftMatchingArrow));
                return null;
            }
            pairs.add(new Pair(text(part[1].substring(0, arrow)) == null ? "" : text(part[1].substring(0, arrow)),
                    text(part[1].substring(arrow + 2)) == null ? "" : text(part[1].substring(arrow + 2))));
        }
        if (pairs.stream().filter(p -> !p.question().isEmpty()).count() < 2) {
            error(line, "matching-pairs", TrainingTexts.text(ExamMessages::giftMatchingPairs));
            return null;
        }
        return draft.build(QuestionType.MATCHING, joined(draft.before, draft.after), null, List.of(), pairs, null,
                null, null);
    }

    private Question numerical(Draft draft, String body, int line) {
        List<Answer> answers = new ArrayList<>();
        String trimmed = body.trim();
        if (trimmed.startsWith("=") || trimmed.startsWith("~")) {
            for (String[] part : markedParts(trimmed, "=~")) {
                if (part[0].equals("~")) {
                    String[] feedback = splitFeedback(part[1]);
                    answers.add(new Answer(null, 0, text(feedback[1]), null, null));
                    continue;
                }
                String[] weighted = weight(part[1], 100, line);
                if (weighted == null) {
                    return null;
                }
                Answer answer = number(weighted[1], Double.parseDouble(weighted[0]), line);
                if (answer == null) {
                    return null;
                }
                answers.add(answer);
            }
        } else {
            Answer answer = number(trimmed, 100, line);
            if (answer == null) {
                return null;
            }
            answers.add(answer);
        }
        if (answers.stream().noneMatch(a -> a.value() != null)) {
            error(line, "no-answers", TrainingTexts.text(ExamMessages::giftNoAnswers));
            return null;
        }
        return draft.build(QuestionType.NUMERICAL, joined(draft.before, draft.after), null, answers, List.of(), null,
                null, null);
    }

    /** {@code v}, {@code v:tolerance} or {@code min..max}, then an optional {@code #feedback}. */
    private Answer number(String spec, double fraction, int line) {
        String[] feedback = splitFeedback(spec);
        String value = Gift.unescape(feedback[0]).trim();
        try {
            int range = value.indexOf("..");
            if (range > 0) {
                double min = Double.parseDouble(value.substring(0, range).trim());
                double max = Double.parseDouble(value.substring(range + 2).trim());
                if (max < min) {
                    throw new NumberFormatException();
                }
                return Answer.number((min + max) / 2, (max - min) / 2, fraction, text(feedback[1]));
            }
            int colon = value.indexOf(':');
            double number = Double.parseDouble(colon < 0 ? value : value.substring(0, colon).trim());
            double tolerance = colon < 0 ? 0 : Double.parseDouble(value.substring(colon + 1).trim());
            if (!Double.isFinite(number) || !Double.isFinite(tolerance) || tolerance < 0) {
                throw new NumberFormatException();
            }
            return Answer.number(number, tolerance, fraction, text(feedback[1]));
        } catch (NumberFormatException e) {
            error(line, "bad-number", TrainingTexts.text(m -> m.giftBadNumber(value)));
            return null;
        }
    }

    /** Returns {weight, rest}: the {@code %n%} weight if there is one (validated), else the default. */
    private String[] weight(String part, double fallback, int line) {
        String trimmed = part.stripLeading();
        if (!trimmed.startsWith("%")) {
            return new String[]{String.valueOf(fallback), part};
        }
        int end = trimmed.indexOf('%', 1);
        String raw = end < 0 ? trimmed : trimmed.substring(1, end);
        Double accepted = null;
        try {
            double value = Double.parseDouble(raw.trim());
            for (double w : WEIGHTS) {
                if (Math.abs(Math.abs(value) - w) < 0.01) {
                    accepted = Math.signum(value) * w;
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        if (end < 0 || accepted == null) {
            error(line, "unknown-weight", TrainingTexts.text(m -> m.giftUnknownWeight(raw)));
            return null;
        }
        return new String[]{String.valueOf(accepted == -0.0 ? 0.0 : accepted), trimmed.substring(end + 1)};
    }

    /** Splits at unescaped markers; each part is {marker, body}. Text before the first marker is ignored. */
    private static List<String[]> markedParts(String body, String markers) {
        List<String[]> parts = new ArrayList<>();
        int start = -1;
        char marker = 0;
        for (int i = 0; i <= body.length(); i++) {
            boolean end = i == body.length();
            char ch = end ? 0 : body.charAt(i);
            if (!end && ch == '\\') {
                i++;
                continue;
            }
            if (end || markers.indexOf(ch) >= 0) {
                if (start >= 0) {
                    parts.add(new String[]{String.valueOf(marker), body.substring(start, i)});
                }
                if (!end) {
                    marker = ch;
                    start = i + 1;
                }
            }
        }
        return parts;
    }

    private static List<String> splitUnescaped(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = Gift.find(s, separator, 0); at >= 0; at = Gift.find(s, separator, start)) {
            parts.add(s.substring(start, at));
            start = at + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** {text, feedback} split at the first unescaped '#'. */
    private static String[] splitFeedback(String s) {
        int hash = Gift.find(s, '#', 0);
        return hash < 0 ? new String[]{s, null} : new String[]{s.substring(0, hash), s.substring(hash + 1)};
    }

    private static String text(String raw) {
        return raw == null ? null : blankToNull(Gift.unescape(stripFormat(raw)).trim());
    }

    private static String stripFormat(String raw) {
        Matcher marker = FORMAT.matcher(raw);
        return marker.find() ? raw.substring(marker.end()) : raw;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String joined(String before, String after) {
        return after.isEmpty() ? before : before.isEmpty() ? after : before + " " + after;
    }

    private static int lineAt(String block, int firstLine, int index) {
        int line = firstLine;
        for (int i = 0; i < index && i < block.length(); i++) {
            if (block.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void error(int line, String code, Problem.Text text) {
        errors.add(new GiftError(line, code, text));
    }

    /** What every type shares while the answers are being read. */
    private final class Draft {
        final String title;
        final Format format;
        final String before;
        final String after;
        final String general;
        final int line;
        final String idNumber;
        final Integer difficulty;
        final List<String> tags;

        Draft(String title, Format format, String before, String after, String general, int line, String idNumber,
              Integer difficulty, List<String> tags) {
            this.title = title;
            this.format = format;
            this.before = before;
            this.after = after;
            this.general = general;
            this.line = line;
            this.idNumber = idNumber;
            this.difficulty = difficulty;
            this.tags = tags;
        }

        Question build(QuestionType type, String text, String textAfter, List<Answer> answers, List<Pair> pairs,
                       Boolean correct, String feedbackWrong, String feedbackRight) {
            return new Question(category, idNumber, tags, difficulty, title, format, text, textAfter, type,
                    List.copyOf(answers),
                    List.copyOf(pairs), correct, feedbackWrong, feedbackRight, general, line);
        }
    }
}
