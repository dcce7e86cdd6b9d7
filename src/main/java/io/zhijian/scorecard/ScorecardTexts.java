package io.zhijian.scorecard;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link ScorecardMessages}) in the reader's language. */
final class ScorecardTexts {

    private ScorecardTexts() {
    }

    static Problem.Text text(Function<ScorecardMessages, String> message) {
        return Messages.text(ScorecardMessages.class, message);
    }

    /** A text that names something (an item, a section) as the reader's language calls it, never by its key. */
    static Problem.Text naming(Scorecard.Text names, java.util.function.BiFunction<ScorecardMessages, String, String> message) {
        return m -> message.apply(Messages.bundle(ScorecardMessages.class, m.langCode()), names.in(m.langCode()));
    }
}
