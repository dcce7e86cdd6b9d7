package io.zhijian.interaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chat import (JSON array, JSON lines, CSV, XLSX), reading a conversation with its metrics, and who may see it. */
@QuarkusTest
class ChatApiTest {

    static final String PROBLEM = "application/problem+json";

    static Response importing(String user, String body, String contentType) {
        return importing(user, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    static Response importing(String user, byte[] body, String contentType) {
        return as(user).contentType(contentType).body(body).post("/api/chats/import");
    }

    /** A conversation of the agent: the customer asks at +5 s (and gives a phone number), the agent answers at +20 s. */
    static String conversation(String id, String agent, String day) {
        return """
                {"externalId":"%s","agent":"%s","channel":"淘宝","customer":"买家13812345678","startedAt":"%sT09:00:00+08:00",
                 "endedAt":"%sT09:05:00+08:00","satisfaction":4,"ticketNo":"GD-%s",
                 "messages":[{"at":"%sT09:00:05+08:00","from":"CUSTOMER","text":"你好，我的包裹三天没有更新，电话13812345678"},
                             {"at":"%sT09:00:20+08:00","from":"AGENT","text":"您好，请稍等，我帮您查询"},
                             {"at":"%sT09:01:00+08:00","from":"SYSTEM","text":"客户正在输入"},
                             {"at":"%sT09:02:00+08:00","from":"CUSTOMER","text":"好的谢谢"},
                             {"at":"%sT09:02:30+08:00","from":"AGENT","text":"已为您催促网点，感谢您的耐心，再见"}]}"""
                .formatted(id, agent, day, day, id, day, day, day, day, day).replace("\n", " ");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long idOf(String externalId) {
        Number id = as("qa").queryParam("size", 200).get("/api/chats")
                .path("items.find { it.externalId == '" + externalId + "' }.id");
        return id.longValue();
    }

    @Test
    void aJsonArrayImportsGoodConversationsReportsBadOnesByPositionAndReimportUpdates() {
        String a = unique("TB");
        String b = unique("JD");
        String body = "[" + conversation(a, "agent1", "2026-11-20") + ","
                + conversation(unique("X"), "ghost", "2026-11-20") + ","
                + conversation(b, "agent2", "2026-11-21") + ","
                + conversation(unique("Y"), "agent1", "2026-11-20").replace("\"from\":\"AGENT\",", "") + ","
                + "{\"externalId\":\"" + unique("Z") + "\",\"agent\":\"agent1\",\"startedAt\":\"2026-11-20 09:00\",\"messages\":[]}" + ","
                + conversation(unique("W"), "agent1", "2026-11-20").replace("T09:00:05+08:00", "T08:00:05+08:00") + ","
                + conversation(unique("V"), "agent1", "2026-11-20").replace("T09:00:20+08:00", "at nine") + "]";
        Response r = importing("qa", body, "application/json");
        r.then().statusCode(200).body("imported", equalTo(2)).body("updated", equalTo(0))
                .body("rejected.line", equalTo(List.of(2, 4, 5, 6, 7)));
        List<String> reasons = r.path("rejected.reason");
        assertTrue(reasons.get(0).contains("ghost") && reasons.get(1).contains("Message 2 has no sender")
                && reasons.get(2).contains("at least one message") && reasons.get(3).contains("before the start")
                && reasons.get(4).contains("at nine"), reasons.toString());

        long id = idOf(a);
        as("qa").get("/api/chats/" + id).then().statusCode(200).body("externalId", equalTo(a))
                .body("agent", equalTo("agent1")).body("channel", equalTo("淘宝")).body("satisfaction", equalTo(4))
                .body("ticketNo", equalTo("GD-" + a)).body("messages.size()", equalTo(5))
                .body("messages[0].from", equalTo("CUSTOMER")).body("messages[0].offsetSeconds", number(5.0))
                .body("messages[0].text", containsString("13812345678"))
                // Customer at 5 s answered at 20 s (15 s); at 120 s answered at 150 s (30 s); the chat lasts 300 s.
                .body("metrics.firstResponseSeconds", number(15.0)).body("metrics.meanResponseSeconds", number(22.5))
                .body("metrics.longestResponseSeconds", number(30.0)).body("metrics.longestCustomerWaitSeconds", number(30.0))
                .body("metrics.agentMessages", equalTo(2)).body("metrics.customerMessages", equalTo(2))
                .body("metrics.durationSeconds", number(300.0)).body("metrics.endedBy", equalTo("AGENT"));

        // The same externalId again updates the conversation in place: same id, new content.
        importing("qa", conversation(a, "agent1", "2026-11-20").replace("好的谢谢", "还是没动"), "application/x-ndjson")
                .then().statusCode(200).body("imported", equalTo(0)).body("updated", equalTo(1));
        as("qa").get("/api/chats/" + id).then().body("messages[3].text", equalTo("还是没动"));
        as("qa").get("/api/chats/import/progress").then().statusCode(200).body("running", equalTo(false))
                .body("percent", equalTo(100));
    }

    @Test
    void jsonLinesAreReportedByLine() {
        String good = unique("L");
        String body = conversation(good, "agent1", "2026-11-22") + "\n" + "{\"externalId\": broken\n\n"
                + conversation(good, "agent1", "2026-11-22") + "\n";
        importing("qa", body, "application/x-ndjson").then().statusCode(200).body("imported", equalTo(1))
                .body("rejected.line", equalTo(List.of(2, 4))).body("rejected[1].reason", containsString("line 1"));
    }

    @Test
    void aChineseCsvWithOneRowPerMessageImports() {
        String a = unique("WX");
        String csv = """
                会话编号,客服,渠道,客户,时间,发送方,内容,满意度
                %s,agent1,微信,小李,2026-11-23 10:00:10,客户,在吗？寄到北京的件到哪了,5
                %s,,,,2026-11-23 10:00:40,客服,您好，在的，请提供单号,
                %s,agent1,微信,小李,2026-11-23 10:00:50,机器人,这条的发送方不对,
                """.formatted(a, a, unique("BAD"));
        // What Excel saves on Chinese Windows: GB18030.
        importing("qa", csv.getBytes(Charset.forName("GB18030")), "text/csv").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected.line", equalTo(List.of(4)));
        as("qa").get("/api/chats/" + idOf(a)).then().body("channel", equalTo("微信")).body("satisfaction", equalTo(5))
                .body("metrics.firstResponseSeconds", number(30.0)).body("messages[1].from", equalTo("AGENT"))
                .body("startedAt", containsString("2026-11-23"));
    }

    @Test
    void anXlsxWithEnglishHeadersImports() throws IOException {
        String a = unique("PDD");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            String[][] rows = {{"conversation_id", "agent", "channel", "customer", "at", "from", "text"},
                    {a, "agent2", "拼多多", "buyer", "2026-11-24 15:00:00", "CUSTOMER", "where is my parcel"},
                    {a, "agent2", "拼多多", "buyer", "2026-11-24 15:01:00", "AGENT", "Hello, let me check"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            book.write(out);
        }
        importing("qa", out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .then().statusCode(200).body("imported", equalTo(1));
        as("qa").get("/api/chats/" + idOf(a)).then().body("metrics.firstResponseSeconds", number(60.0))
                .body("metrics.endedBy", equalTo("AGENT"));
    }

    @Test
    void agentsSeeTheirOwnLeadsTheirTeamAndNumbersAreMaskedForThem() {
        String a = unique("VIS");
        importing("qa", conversation(a, "agent1", "2026-11-25"), "application/json").then().statusCode(200)
                .body("imported", equalTo(1));
        long id = idOf(a);
        as("agent1").get("/api/chats/" + id).then().statusCode(200)
                .body("messages[0].text", containsString("138****5678"))
                .body("messages[0].text", not(containsString("13812345678")))
                .body("customer", not(containsString("13812345678")));
        as("lead").get("/api/chats/" + id).then().statusCode(200).body("messages[0].text", containsString("138****5678"));
        as("manager").get("/api/chats/" + id).then().statusCode(200);
        as("agent2").get("/api/chats/" + id).then().statusCode(404).contentType(PROBLEM);
        as("agent2").get("/api/chats").then().statusCode(200).body("items.externalId", not(hasItem(a)));
        as("agent1").get("/api/chats").then().statusCode(200).body("items.externalId", hasItem(a));
        as("agent1").queryParam("agent", "agent2").get("/api/chats").then().statusCode(200)
                .body("items.agent", not(hasItem("agent1")));
        as("qa").get("/api/chats/999999999").then().statusCode(404).contentType(PROBLEM);
        as("qa").get("/api/chats/abc").then().statusCode(404).contentType(PROBLEM);
        Browser.signedInAs("agent2").get("/chats/" + id).then().statusCode(404);
        String page = Browser.signedInAs("agent1").acceptLanguage("zh").get("/chats/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("首次响应时长") && page.contains("15.0 秒") && page.contains("138****5678")
                && page.contains("href=\"/tickets/GD-" + a + "\"") && page.contains("客服") && !page.contains(">CUSTOMER") && !page.contains(">AGENT"), page);
    }

    @Test
    void badFilesWrongRolesAndBadQueriesChangeNothing() {
        String a = unique("NO");
        importing("agent1", conversation(a, "agent1", "2026-11-20"), "application/json").then().statusCode(403);
        importing("lead", conversation(a, "agent1", "2026-11-20"), "application/json").then().statusCode(403);
        importing("trainer", conversation(a, "agent1", "2026-11-20"), "application/json").then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(conversation(a, "agent1", "2026-11-20"))
                .post("/api/chats/import").then().statusCode(401);
        importing("qa", "[" + conversation(a, "agent1", "2026-11-20") + ", {\"externalId\": ]", "application/json")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("line 1"));
        importing("qa", "", "application/json").then().statusCode(400).contentType(PROBLEM);
        importing("qa", "[]", "application/json").then().statusCode(400).contentType(PROBLEM);
        importing("qa", "a,b\n1,2\n", "text/csv").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("conversation_id"));
        as("qa").contentType("text/csv").queryParam("format", "pdf").body("x".getBytes()).post("/api/chats/import")
                .then().statusCode(400).contentType(PROBLEM);
        byte[] badUtf8 = (conversation(a, "agent1", "2026-11-20").replace("好的谢谢", "好的") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[badUtf8.length + 1];
        System.arraycopy(badUtf8, 0, broken, 0, badUtf8.length);
        broken[badUtf8.length] = (byte) 0xC3;
        importing("qa", broken, "application/json").then().statusCode(400).contentType(PROBLEM);
        as("qa").queryParam("page", 0).get("/api/chats").then().statusCode(400).body("errors.field", hasItem("page"));
        as("qa").queryParam("size", 1000).get("/api/chats").then().statusCode(400).body("errors.field", hasItem("size"));
        as("qa").queryParam("from", "soon").get("/api/chats").then().statusCode(400).body("errors.field", hasItem("from"));
        as("qa").queryParam("size", 200).get("/api/chats").then().statusCode(200).body("items.externalId", not(hasItem(a)));
        as("agent1").get("/api/chats/import/progress").then().statusCode(403);
    }

    @Test
    void importingThroughThePageShowsTheReport() {
        Browser qa = Browser.signedInAs("qa").acceptLanguage("zh");
        String a = unique("PG");
        String json = "[" + conversation(a, "agent1", "2026-11-26") + "," + conversation(unique("PG"), "nobody", "2026-11-26") + "]";
        String page = qa.submitFile("/chats", "/chats/import", Map.of(), "file", "day.json",
                json.getBytes(StandardCharsets.UTF_8), "application/json").then().statusCode(200).extract().asString();
        assertTrue(page.contains("新导入 1 个，更新 0 个，拒绝 1 个") && page.contains("第 2 行") && page.contains("nobody")
                && page.contains("href=\"/chats/" + idOf(a) + "\""), page);
        String empty = qa.submitFile("/chats", "/chats/import", Map.of(), "file", "empty.json", new byte[0],
                "application/json").then().statusCode(400).extract().asString();
        assertTrue(empty.contains("role=\"alert\""), empty);
        Browser.signedInAs("agent1").get("/chats").then().statusCode(200).body(not(containsString("/chats/import")));
        as("qa").get("/api/chats/" + idOf(a)).then().body("endedAt", not(nullValue()));
    }

    @Test
    void theChatScorecardIsSeededForChats() {
        as("trainer").get("/api/scorecards").then().statusCode(200)
                .body("find { it.key == 'chat-quality' }.appliesTo", equalTo(List.of("CHAT")));
        Number version = as("qa").get("/api/scorecards").path("find { it.key == 'chat-quality' }.latestVersion");
        assertEquals(1, version.intValue());
    }
}
