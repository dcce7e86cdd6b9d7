package io.zhijian.transcription;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of speech models and transcription jobs ({@code tr:key} in templates): English in {@code messages/tr_en.properties}, Chinese in
 * {@code messages/tr_zh.properties}.
 */
@MessageBundle(value = "tr", locale = "en")
public interface TranscriptionMessages {

    @Message
    String audioEmpty();

    @Message
    String audioNotWav();

    @Message
    String audioMp3();

    @Message
    String audioTruncated(long declared, long available);

    @Message
    String audioUnsupportedEncoding(int tag, int bits);

    @Message
    String audioUnsupportedChannels(int channels);

    @Message
    String audioUnsupportedRate(long rate);

    @Message
    String audioBadFormatChunk();

    @Message
    String audioDataBeforeFormat();

    @Message
    String audioNoFormat();

    @Message
    String audioNoData();

    @Message
    String audioInconsistentHeader();

    @Message
    String trUnknownLanguage(String language);

    @Message
    String trInvalidModel(String dir, String problems);

    @Message
    String trJobActive(long job);

    @Message
    String trNothingToCancel();

    @Message
    String trNothingToRetry();

    @Message
    String trModelPath();

    @Message
    String modelsHint();

    @Message
    String modelsLanguage();

    @Message
    String modelsPath();

    @Message
    String modelsSourceName(String code);

    @Message
    String modelsStateName(String code);

    @Message
    String modelsSet();

    @Message
    String modelsSetBy();

    @Message
    String modelsStatus();

    @Message
    String modelsSaved(String language);
}
