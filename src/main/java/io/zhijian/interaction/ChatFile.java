package io.zhijian.interaction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.platform.TableFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an upload of chat conversations into {@link Raw} ones, not yet checked: JSON (an array of conversations,
 * or one per line) or a table (CSV/XLSX) with one row per message, grouped by {@code conversation_id}.
 */
final class ChatFile {

    static final List<String> COLUMNS = List.of("conversation_id", "agent", "channel", "customer", "at", "from", "text",
            "started_at", "ended_at", "satisfaction", "ticket_no");

    static final TableFile TABLE;

    static {
        Map<String, String> headers = new HashMap<>();
        COLUMNS.forEach(c -> headers.put(c, c));
        String[][] chinese = {{"会话编号", "conversation_id"}, {"会话ID", "conversation_id"}, {"会话id", "conversation_id"},
                {"客服", "agent"}, {"客服代表", "agent"}, {"渠道", "channel"}, {"平台", "channel"}, {"客户", "customer"},
                {"时间", "at"}, {"发送时间", "at"}, {"发送方", "from"}, {"发送人", "from"}, {"内容", "text"},
                {"消息内容", "text"}, {"开始时间", "started_at"}, {"结束时间", "ended_at"}, {"满意度", "satisfaction"},
                {"工单号", "ticket_no"}};
        for (String[] c : chinese) {
            headers.put(c[0], c[1]);
        }
        TABLE = new TableFile(headers, "conversation_id");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message as written: line (of its row; for JSON the conversation's), time, sender and text as text. */
    record RawMessage(int line, String at, String from, String text) {
    }

    /**
     * A conversation as written. {@code line}: its line (JSON lines, or its first row of a table) or its 1-based
     * position in a JSON array; {@code error}, when the entry could not be read at all, says why.
     */
    record Raw(int line, String externalId, String agent, String channel, String customer, String startedAt,
               String endedAt, String satisfaction, String ticketNo, List<RawMessage> messages, String error) {
        static Raw unreadable(int line, String error) {
            return new Raw(line, null, null, null, null, null, null, null, null, List.of(), error);
        }
    }

    /** Why a whole JSON file cannot be read: not JSON at all, at a line and column. */
    static final class Broken extends Exception {
        final int line;
        final int column;

        Broken(int line, int column) {
            super("not JSON at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }

    private ChatFile() {
    }

    /** An array of conversations (each at its position), or one conversation per line (each at its line). */
    static List<Raw> json(String text) throws Broken {
        String trimmed = text.stripLeading();
        return trimmed.startsWith("[") ? array(text) : lines(text);
    }

    private static List<Raw> array(String text) throws Broken {
        List<Raw> conversations = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            int position = 0;
            for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY; ) {
                if (token == null) {
                    throw new Broken(parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr());
                }
                conversations.add(entry(++position, parser));
            }
            if (parser.nextToken() != null) {
                throw new Broken(parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr());
            }
        } catch (JsonProcessingException e) {
            throw new Broken(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 1 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new Broken(1, 1);
        }
        return conversations;
    }

    /** JSON lines: a line that is not a JSON object is reported at its line; the others are read. */
    private static List<Raw> lines(String text) {
        List<Raw> conversations = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\r?\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(line)) {
                parser.nextToken();
                Raw raw = entry(number, parser);
                conversations.add(parser.nextToken() == null ? raw : Raw.unreadable(number, "not-json"));
            } catch (IOException e) {
                conversations.add(Raw.unreadable(number, "not-json"));
            }
        }
        return conversations;
    }

    /**
     * The entry the parser is at, read as it streams by (a tree of a 100 MB upload would cost more than storing it):
     * a conversation, or why not.
     */
    private static Raw entry(int line, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Raw.unreadable(line, "not-object");
        }
        Map<String, String> fields = new HashMap<>();
        List<RawMessage> messages = new ArrayList<>();
        String error = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("messages")) {
                if (value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        messages.add(message(line, parser));
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    parser.skipChildren();
                    error = "messages-not-list";
                }
            } else if (value.isScalarValue()) {
                fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            } else {
                fields.put(name, JSON.readTree(parser).toString());
            }
        }
        return new Raw(line, fields.get("externalId"), fields.get("agent"), fields.get("channel"), fields.get("customer"),
                fields.get("startedAt"), fields.get("endedAt"), fields.get("satisfaction"), fields.get("ticketNo"),
                messages, error);
    }

    private static RawMessage message(int line, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new RawMessage(line, null, null, null);
        }
        String at = null;
        String from = null;
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String scalar = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
            if (!value.isScalarValue()) {
                parser.skipChildren();
            }
            switch (name) {
                case "at" -> at = scalar;
                case "from" -> from = scalar;
                case "text" -> text = scalar;
                default -> {
                    // other fields of a message (ids, read receipts) are not kept
                }
            }
        }
        return new RawMessage(line, at, from, text);
    }

    /**
     * Rows grouped into conversations by {@code conversation_id}, in the order each first appears; a
     * conversation's fields are the first non-blank ones among its rows. A row without an id stands alone.
     */
    static List<Raw> table(List<TableFile.Line> lines) {
        Map<String, List<TableFile.Line>> byId = new LinkedHashMap<>();
        List<Raw> conversations = new ArrayList<>();
        for (TableFile.Line line : lines) {
            String id = blank(line.values().get("conversation_id"));
            if (id == null) {
                conversations.add(Raw.unreadable(line.line(), "no-id"));
            } else if (!line.imprecise().isEmpty()) {
                conversations.add(Raw.unreadable(line.line(), "imprecise:" + line.imprecise().get(0)));
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
            }
        }
        byId.forEach((id, rows) -> {
            List<RawMessage> messages = rows.stream().map(r -> new RawMessage(r.line(), r.values().get("at"),
                    r.values().get("from"), r.values().get("text"))).toList();
            conversations.add(new Raw(rows.get(0).line(), id, first(rows, "agent"), first(rows, "channel"),
                    first(rows, "customer"), first(rows, "started_at"), first(rows, "ended_at"),
                    first(rows, "satisfaction"), first(rows, "ticket_no"), messages, null));
        });
        conversations.sort(java.util.Comparator.comparingInt(Raw::line));
        return conversations;
    }

    private static String first(List<TableFile.Line> rows, String column) {
        for (TableFile.Line row : rows) {
            String value = blank(row.values().get(column));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
