package io.zhijian.reporting;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link ReportingMessages}) in the reader's language. */
final class ReportingTexts {

    private ReportingTexts() {
    }

    static Problem.Text text(Function<ReportingMessages, String> message) {
        return Messages.text(ReportingMessages.class, message);
    }
}
