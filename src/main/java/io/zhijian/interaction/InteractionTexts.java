package io.zhijian.interaction;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link CallMessages}) in the reader's language. */
final class InteractionTexts {

    private InteractionTexts() {
    }

    static Problem.Text text(Function<CallMessages, String> message) {
        return Messages.text(CallMessages.class, message);
    }
}
