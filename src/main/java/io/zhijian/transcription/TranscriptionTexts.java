package io.zhijian.transcription;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link TranscriptionMessages}) in the reader's language. */
final class TranscriptionTexts {

    private TranscriptionTexts() {
    }

    static Problem.Text text(Function<TranscriptionMessages, String> message) {
        return Messages.text(TranscriptionMessages.class, message);
    }
}
