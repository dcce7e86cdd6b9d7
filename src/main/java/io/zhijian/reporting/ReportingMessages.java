package io.zhijian.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of reports ({@code rep:key}): English in {@code messages/rep_en.properties}, Chinese in
 * {@code messages/rep_zh.properties}.
 */
@MessageBundle(value = "rep", locale = "en")
public interface ReportingMessages {

    @Message
    String agentNotFound(String agent);

    @Message
    String dateInvalid(String value);

    @Message
    String rangeInvalid();

    @Message
    String byInvalid(String value);
}
