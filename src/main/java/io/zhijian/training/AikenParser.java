package io.zhijian.training;

import io.zhijian.training.Question.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Aiken: single-choice questions only — the question on one line, options "A." or "A)" plus
 * a space, then "ANSWER: X" in capitals. Blank lines between questions are optional.
 */
public final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.+)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

    private AikenParser() {
    }

    public static GiftParser.Result parse(String aiken) {
        List<Question> questions = new ArrayList<>();
        List<GiftError> errors = new ArrayList<>();
        String[] lines = (aiken == null ? "" : aiken.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
        String text = null;
        int questionLine = 0;
        List<String> letters = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                if (text != null && !options.isEmpty()) {
                    // A blank line after the options ends the question even without its ANSWER line.
                    errors.add(new GiftError(questionLine, "aiken-no-answer", TrainingTexts.text(ExamMessages::aikenNoAnswer)));
                    text = null;
                    letters.clear();
                    options.clear();
                }
                continue;
            }
            int lineNo = i + 1;
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (text == null) {
                if (answer.matches() || option.matches() && !letters.isEmpty()) {
                    errors.add(new GiftError(lineNo, "aiken-no-question", TrainingTexts.text(ExamMessages::aikenNoQuestion)));
                    continue;
                }
                text = line;
                questionLine = lineNo;
            } else if (answer.matches()) {
                int right = letters.indexOf(answer.group(1));
                if (options.size() < 2) {
                    errors.add(new GiftError(questionLine, "too-few-choices", TrainingTexts.text(ExamMessages::giftTooFewChoices)));
                } else if (right < 0) {
                    String letter = answer.group(1);
                    errors.add(new GiftError(lineNo, "aiken-answer-letter", TrainingTexts.text(m -> m.aikenAnswerLetter(letter))));
                } else {
                    List<Answer> answers = new ArrayList<>();
                    for (int o = 0; o < options.size(); o++) {
                        answers.add(Answer.choice(options.get(o), o == right ? 100 : 0, null));
                    }
                    questions.add(new Question("", null, List.of(), null, null, Question.Format.MOODLE, text, null,
                            QuestionType.SINGLE_CHOICE, List.copyOf(answers), List.of(), null, null, null, null,
                            questionLine));
                }
                text = null;
                letters.clear();
                options.clear();
            } else if (option.matches()) {
                letters.add(option.group(1));
                options.add(option.group(2).strip());
            } else {
                errors.add(new GiftError(lineNo, "aiken-line", TrainingTexts.text(ExamMessages::aikenLine)));
            }
        }
        if (text != null) {
            errors.add(new GiftError(questionLine, "aiken-no-answer", TrainingTexts.text(ExamMessages::aikenNoAnswer)));
        }
        return new GiftParser.Result(List.copyOf(questions), List.copyOf(errors));
    }
}
