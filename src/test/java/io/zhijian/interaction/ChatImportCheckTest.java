package io.zhijian.interaction;

import io.zhijian.platform.TableFile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading chat uploads (JSON array, JSON lines, tables) and checking each conversation, every refusal by name. */
class ChatImportCheckTest {

    /** Each text is its message's name and arguments, so a test names the refusal it expects. */
    private static final ChatMessages NAMES = (ChatMessages) Proxy.newProxyInstance(ChatMessages.class.getClassLoader(),
            new Class<?>[]{ChatMessages.class}, (proxy, method, args) -> method.getName()
                    + (args == null ? "" : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")"))));

    private static final Set<String> AGENTS = Set.of("agent1", "agent2");

    private static final String GOOD = """
            {"externalId":"TB-1","agent":"agent1","channel":"淘宝","customer":"买家小王","startedAt":"2026-11-20T09:00:00+08:00",
             "endedAt":"2026-11-20T09:10:00+08:00","satisfaction":5,"ticketNo":"GD-9",
             "messages":[{"at":"2026-11-20T09:00:05+08:00","from":"CUSTOMER","text":"我的快递三天没动了"},
                         {"at":"2026-11-20T09:00:20+08:00","from":"AGENT","text":"您好，请提供单号"}]}""";

    private static ChatImportCheck.Outcome check(ChatFile.Raw raw) {
        return ChatImportCheck.check(raw, AGENTS, new HashMap<>(), false, NAMES);
    }

    private static ChatFile.Raw one(String json) throws ChatFile.Broken {
        List<ChatFile.Raw> all = ChatFile.json(json.replace("\n", " "));
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static String reason(String json) throws ChatFile.Broken {
        return check(one(json)).reason();
    }

    @Test
    void aGoodConversationIsReadWhole() throws ChatFile.Broken {
        ChatImportCheck.Valid v = check(one(GOOD)).valid();
        assertEquals("TB-1", v.externalId());
        assertEquals("淘宝", v.platform());
        assertEquals(5, v.satisfaction());
        assertEquals("GD-9", v.ticketNo());
        assertEquals(Instant.parse("2026-11-20T01:00:00Z"), v.startedAt());
        assertEquals(2, v.messages().size());
        assertEquals(ChatMessage.Sender.AGENT, v.messages().get(1).from());
    }

    @Test
    void everyRefusalIsNamed() throws ChatFile.Broken {
        assertEquals("chatExternalId", reason(GOOD.replace("\"externalId\":\"TB-1\",", "")));
        assertEquals("chatAgentRequired", reason(GOOD.replace("\"agent\":\"agent1\",", "")));
        assertEquals("chatUnknownAgent(ghost)", reason(GOOD.replace("agent1", "ghost")));
        assertEquals("chatNoMessages", reason(GOOD.substring(0, GOOD.indexOf("\"messages\"")) + "\"messages\":[]}"));
        assertEquals("chatNoMessages", reason(GOOD.substring(0, GOOD.indexOf(",\n \"messages\"")).replace("\n", "") + "}"));
        assertEquals("chatMessagesNotList", reason(GOOD.substring(0, GOOD.indexOf("\"messages\"")) + "\"messages\":\"hi\"}"));
        assertEquals("chatMessageTime(2,yesterday)", reason(GOOD.replace("2026-11-20T09:00:20+08:00", "yesterday")));
        assertEquals("chatMessageSender(1)", reason(GOOD.replace("\"from\":\"CUSTOMER\",", "")));
        assertEquals("chatMessageSender(1)", reason(GOOD.replace("\"CUSTOMER\"", "\"BOT\"")));
        assertEquals("chatMessageText(2)", reason(GOOD.replace("您好，请提供单号", "  ")));
        assertEquals("chatMessageBeforeStart(1)", reason(GOOD.replace("2026-11-20T09:00:05+08:00", "2026-11-20T08:59:00+08:00")));
        assertEquals("chatStartRequired", reason(GOOD.replace("\"startedAt\":\"2026-11-20T09:00:00+08:00\",", "")));
        assertEquals("chatTime(startedAt,20/11/2026)", reason(GOOD.replace("2026-11-20T09:00:00+08:00", "20/11/2026")));
        assertEquals("chatEndBeforeStart", reason(GOOD.replace("2026-11-20T09:10:00+08:00", "2026-11-20T08:00:00+08:00")));
        assertEquals("chatSatisfactionInvalid(6)", reason(GOOD.replace("\"satisfaction\":5", "\"satisfaction\":6")));
        assertEquals("chatSatisfactionInvalid(4.5)", reason(GOOD.replace("\"satisfaction\":5", "\"satisfaction\":4.5")));
        assertEquals("chatTooLong(channel,40)", reason(GOOD.replace("淘宝", "淘".repeat(41))));
        assertEquals("chatMessageTooLong(1,10000)", reason(GOOD.replace("我的快递三天没动了", "字".repeat(10_001))));
        assertEquals("chatMessageTime(1,)", reason(GOOD.replace("\"at\":\"2026-11-20T09:00:05+08:00\",", "")));
        assertEquals("chatMessageTime(1,3026-11-20 09:00)", reason(GOOD.replace("2026-11-20T09:00:05+08:00", "3026-11-20 09:00")));
        // Satisfaction as text or "4.0", senders in any case or in Chinese: all read.
        assertNull(reason(GOOD.replace("\"satisfaction\":5", "\"satisfaction\":\"4.0\"").replace("\"AGENT\"", "\"客服\"")
                .replace("\"CUSTOMER\"", "\"customer\"")));
    }

    @Test
    void aSecondConversationWithTheSameIdIsADuplicate() throws ChatFile.Broken {
        Map<String, Integer> seen = new HashMap<>(Map.of("TB-1", 1));
        assertEquals("chatDuplicate(1)", ChatImportCheck.check(one(GOOD), AGENTS, seen, false, NAMES).reason());
    }

    @Test
    void messagesAreKeptInTimeOrder() throws ChatFile.Broken {
        String swapped = GOOD.replace("2026-11-20T09:00:05+08:00", "2026-11-20T09:00:30+08:00");
        List<ChatMessage> messages = check(one(swapped)).valid().messages();
        assertEquals(ChatMessage.Sender.AGENT, messages.get(0).from());
        assertEquals(ChatMessage.Sender.CUSTOMER, messages.get(1).from());
    }

    @Test
    void anArrayReportsEntriesByPositionAndJsonLinesByLine() throws ChatFile.Broken {
        List<ChatFile.Raw> array = ChatFile.json("[" + GOOD + ", 42, " + GOOD.replace("TB-1", "TB-2") + "]");
        assertEquals(List.of(1, 2, 3), array.stream().map(ChatFile.Raw::line).toList());
        assertEquals("chatNotObject", check(array.get(1)).reason());
        String lines = GOOD.replace("\n", " ") + "\n\n{\"externalId\": oops\n" + GOOD.replace("\n", " ").replace("TB-1", "TB-3");
        List<ChatFile.Raw> jsonl = ChatFile.json(lines);
        assertEquals(List.of(1, 3, 4), jsonl.stream().map(ChatFile.Raw::line).toList());
        assertEquals("chatNotJson", check(jsonl.get(1)).reason());
        assertNull(check(jsonl.get(2)).reason());
    }

    @Test
    void aBrokenArrayIsRefusedWholeAtItsLine() {
        ChatFile.Broken broken = assertThrows(ChatFile.Broken.class, () -> ChatFile.json("[\n" + GOOD + ",\n{\"externalId\": }\n]"));
        assertEquals(6, broken.line, "the line of the bad entry");
        assertThrows(ChatFile.Broken.class, () -> ChatFile.json("[" + GOOD));
        assertThrows(ChatFile.Broken.class, () -> ChatFile.json("[" + GOOD + "] trailing"));
    }

    @Test
    void aTableGroupsRowsByConversationAndStartsAtTheFirstMessage() {
        String csv = """
                会话编号,客服,渠道,客户,时间,发送方,内容
                C-1,agent1,京东,小李,2026-11-20 10:00:10,客户,在吗
                C-2,agent2,微信,,2026-11-20 11:00:00,客户,查件
                C-1,,,,2026-11-20 10:00:30,客服,您好，在的
                ,agent1,京东,,2026-11-20 10:01:00,客户,没有编号
                C-2,,,,2026-11-20 10:59:00,客服,早于开始的回复
                """;
        TableFile.Parsed parsed = ChatFile.TABLE.csv(csv.getBytes(StandardCharsets.UTF_8));
        List<ChatFile.Raw> raws = ChatFile.table(parsed.lines());
        assertEquals(List.of(2, 3, 5), raws.stream().map(ChatFile.Raw::line).toList());
        ChatImportCheck.Valid first = ChatImportCheck.check(raws.get(0), AGENTS, new HashMap<>(), true, NAMES).valid();
        assertEquals("C-1", first.externalId());
        assertEquals("京东", first.platform());
        assertEquals(2, first.messages().size());
        assertEquals(first.messages().get(0).at(), first.startedAt());
        // A table's conversation starts at its earliest message, so nothing is before its start.
        ChatImportCheck.Valid second = ChatImportCheck.check(raws.get(1), AGENTS, new HashMap<>(), true, NAMES).valid();
        assertEquals(ChatMessage.Sender.AGENT, second.messages().get(0).from());
        assertEquals("chatNoConversationId", ChatImportCheck.check(raws.get(2), AGENTS, new HashMap<>(), true, NAMES).reason());
    }

    @Test
    void sendersAreReadInEnglishOrChinese() {
        assertEquals(ChatMessage.Sender.AGENT, ChatImportCheck.sender(" agent "));
        assertEquals(ChatMessage.Sender.CUSTOMER, ChatImportCheck.sender("顾客"));
        assertEquals(ChatMessage.Sender.SYSTEM, ChatImportCheck.sender("系统"));
        assertNull(ChatImportCheck.sender(""));
        assertNull(ChatImportCheck.sender(null));
        assertNull(ChatImportCheck.sender("robot"));
    }

    @Test
    void storedMessagesReadBackEqual() {
        List<ChatMessage> messages = List.of(new ChatMessage(Instant.parse("2026-11-20T01:00:00.123Z"), ChatMessage.Sender.SYSTEM,
                "排队中 \"引号\" \\ 换行\n"), new ChatMessage(Instant.parse("2026-11-20T01:00:01Z"), ChatMessage.Sender.AGENT, "您好"));
        assertEquals(messages, ChatService.read(ChatService.write(messages)));
    }

    @Test
    void formatsAreTakenFromTheParameterTheTypeOrTheFirstByte() {
        assertEquals("json", ChatService.format(null, "application/json", new byte[0]));
        assertEquals("json", ChatService.format(null, "application/x-ndjson", new byte[0]));
        assertEquals("csv", ChatService.format("CSV", "application/json", new byte[0]));
        assertEquals("json", ChatService.format("jsonl", "text/plain", new byte[0]));
        assertEquals("json", ChatService.format(null, "application/octet-stream", " \n[{}]".getBytes()));
        assertEquals("json", ChatService.format(null, null, "\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("xlsx", ChatService.format(null, null, "PK\u0003\u0004".getBytes()));
        assertEquals("csv", ChatService.format(null, "text/plain", "会话编号,客服".getBytes(StandardCharsets.UTF_8)));
    }
}
