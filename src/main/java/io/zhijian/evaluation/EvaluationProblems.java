package io.zhijian.evaluation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.zhijian.platform.Lang;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** Problem texts of this feature, taken from its own bundle in the caller's language. */
final class EvaluationProblems {

    private EvaluationProblems() {
    }

    static Problem.Text text(Function<EvaluationMessages, String> message) {
        return m -> message.apply(bundle(m.langCode()));
    }

    static EvaluationMessages bundle(String lang) {
        return Lang.ZH.equals(lang) ? MessageBundles.get(EvaluationMessages.class, Localized.Literal.of(Lang.ZH))
                : MessageBundles.get(EvaluationMessages.class);
    }
}
