package io.zhijian.evaluation;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** Problem texts of this feature, taken from its own bundle in the caller's language. */
final class EvaluationProblems {

    private EvaluationProblems() {
    }

    static Problem.Text text(Function<EvaluationMessages, String> message) {
        return Messages.text(EvaluationMessages.class, message);
    }

    static EvaluationMessages bundle(String lang) {
        return Messages.bundle(EvaluationMessages.class, lang);
    }
}
