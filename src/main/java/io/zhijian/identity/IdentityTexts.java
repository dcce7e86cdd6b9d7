package io.zhijian.identity;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link IdentityMessages}) in the reader's language. */
final class IdentityTexts {

    private IdentityTexts() {
    }

    static Problem.Text text(Function<IdentityMessages, String> message) {
        return Messages.text(IdentityMessages.class, message);
    }
}
