package io.zhijian.training;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link ExamMessages}) in the reader's language. */
final class TrainingTexts {

    private TrainingTexts() {
    }

    static Problem.Text text(Function<ExamMessages, String> message) {
        return Messages.text(ExamMessages.class, message);
    }
}
