package io.zhijian.interaction;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the chat pages and API ({@code chat:key} in templates): English in {@code messages/chat_en.properties},
 * Chinese in {@code messages/chat_zh.properties}.
 */
@MessageBundle(value = "chat", locale = "en")
public interface ChatMessages {

    @Message
    String chatNoConversationId();

    @Message
    String chatNotJson();

    @Message
    String chatNotObject();

    @Message
    String chatMessagesNotList();

    @Message
    String chatImprecise(String column);

    @Message
    String chatExternalId();

    @Message
    String chatDuplicate(int line);

    @Message
    String chatAgentRequired();

    @Message
    String chatUnknownAgent(String agent);

    @Message
    String chatNoMessages();

    @Message
    String chatTooManyMessages(int max);

    @Message
    String chatMessageTime(int n, String value);

    @Message
    String chatMessageSender(int n);

    @Message
    String chatMessageText(int n);

    @Message
    String chatMessageTooLong(int n, int max);

    @Message
    String chatStartRequired();

    @Message
    String chatTime(String field, String value);

    @Message
    String chatEndBeforeStart();

    @Message
    String chatMessageBeforeStart(int n);

    @Message
    String chatSatisfactionInvalid(String value);

    @Message
    String chatTooLong(String field, int max);

    @Message
    String chatTooLarge();

    @Message
    String chatNoIdColumn(String headers);

    @Message
    String chatJsonBroken(int line, int column);

    @Message
    String chatNotFound(String id);

    @Message
    String chatPage();

    @Message
    String chatSize(int max);

    @Message
    String navChats();

    @Message
    String chatsTitle();

    @Message
    String chatsImportHint();

    @Message
    String chatsFile();

    @Message
    String chatsImport();

    @Message
    String chatsReport(int imported, int updated, int rejected);

    @Message
    String chatsLine(int line);

    @Message
    String chatsProgress(int done, int total);

    @Message
    String chatsShown(int shown, long total);

    @Message
    String chatsEmpty();

    @Message
    String chatId();

    @Message
    String chatMessageCount();

    @Message
    String chatTitle(String id);

    @Message
    String chatEvaluate();

    @Message
    String chatConversation();

    @Message
    String chatFacts();

    @Message
    String chatChannel();

    @Message
    String chatCustomer();

    @Message
    String chatAgent();

    @Message
    String chatStarted();

    @Message
    String chatEnded();

    @Message
    String chatSatisfaction();

    @Message
    String chatSatisfactionValue(Integer value);

    @Message
    String chatTicket();

    @Message
    String chatMetrics();

    @Message
    String chatFirstResponse();

    @Message
    String chatMeanResponse();

    @Message
    String chatLongestResponse();

    @Message
    String chatLongestWait();

    @Message
    String chatMessagesBySide();

    @Message
    String chatMessagesValue(int agent, int customer);

    @Message
    String chatDuration();

    @Message
    String chatEndedBy();

    @Message
    String chatSeconds(String seconds);

    @Message
    String chatSender(String side);

    @Message
    String chatPinTo();

    @Message
    String chatPinHint();

    @Message
    String chatFormat();
}
