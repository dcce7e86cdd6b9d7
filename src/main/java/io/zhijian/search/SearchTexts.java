package io.zhijian.search;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link SearchMessages}) in the reader's language. */
final class SearchTexts {

    private SearchTexts() {
    }

    static Problem.Text text(Function<SearchMessages, String> message) {
        return Messages.text(SearchMessages.class, message);
    }
}
