package io.zhijian.interaction;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of the chat pages and API, from their own bundle ({@link ChatMessages}) in the reader's language. */
final class ChatTexts {

    private ChatTexts() {
    }

    static Problem.Text text(Function<ChatMessages, String> message) {
        return Messages.text(ChatMessages.class, message);
    }
}
