package io.zhijian.bench;

import io.zhijian.interaction.ChatMessage;
import io.zhijian.interaction.ChatMetrics;
import io.zhijian.interaction.ChatService;
import io.zhijian.support.AppProcess;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat benchmark (not a test). {@code stored} conversations of 20 messages are written into the app's database
 * with JDBC; then {@code imported} more go through {@code POST /api/chats/import} as JSON arrays of 5,000 (the first
 * file, then the median of the others, as the JIT has compiled the import) — the baseline in the same run is a
 * hand-written JDBC batch of one file's conversations (parsed beforehand; their metrics and stored
 * messages computed as it goes) into an empty H2 table of the same shape. Then, with all of them in the database, the chat page and a chat's evaluation
 * page (p50/p95 of 300 after 30 warm-ups, against the JSON of the same conversation), and searches over the imported
 * (indexed) conversations. Targets: import ≥ 2,000 conversations/s; pages p95 ≤ 100 ms.
 * Arguments: stored imported (default 480000 20000, 500k in all).
 * Run after {@code ./mvnw package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.cp}:
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.zhijian.bench.ChatBench
 */
public final class ChatBench {

    private static final String[] CUSTOMER = {"我的包裹三天没有更新了", "快递员态度很差我要投诉", "能不能改一下收件地址",
            "请问什么时候能送到", "签收了但是没收到", "运单号是多少能查一下吗", "赔偿怎么处理"};
    private static final String[] AGENT = {"您好，请提供一下运单号", "非常抱歉给您带来不便", "已为您催促网点尽快派送",
            "已为您登记投诉，会有专人联系您", "请稍等，我帮您查询", "感谢您的耐心，再见"};
    private static final String[] PLATFORMS = {"淘宝", "京东", "拼多多", "微信", "官网"};
    /** Conversations per imported file: a day of a busy chat team. */
    private static final int FILE = 5_000;

    private ChatBench() {
    }

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 480_000;
        int imported = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path data = Files.createTempDirectory("zhijian-chat-bench");
        AppProcess.start(data).stop();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/zhijian"), "sa", "")) {
            c.setAutoCommit(false);
            insert(c, conversations(0, stored, new Random(1)));
            c.commit();
        }
        System.out.printf("Wrote %,d conversations of 20 messages in %.1f s%n", stored, (System.nanoTime() - t0) / 1e9);

        List<Conversation> fresh = conversations(stored, imported, new Random(2));
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < imported; i += FILE) {
            files.add(json(fresh.subList(i, Math.min(imported, i + FILE))));
        }
        double baseline = jdbcBaseline(fresh.subList(0, Math.min(FILE, imported)));
        AppProcess app = AppProcess.start(data);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            List<Double> rates = new ArrayList<>();
            for (byte[] file : files) {
                long ti = System.nanoTime();
                AppProcess.send(http, app.request("/api/chats/import", "qa:demo")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
                rates.add(FILE / ((System.nanoTime() - ti) / 1e9));
            }
            List<Double> later = new ArrayList<>(rates.subList(1, rates.size()));
            later.sort(null);
            double median = later.isEmpty() ? rates.get(0) : later.get(later.size() / 2);
            System.out.printf("Import of %,d conversations in files of %,d (%.1f MB of JSON each) into a table of %,d+: "
                            + "first file %,.0f conversations/s, median of the next %d %,.0f/s (target ≥ 2,000: %.2f× / %.2f× "
                            + "the target); a hand-written JDBC batch of one file's rows into an empty table: %,.0f/s "
                            + "(app/baseline time %.2f× / %.2f×)%n", imported, FILE, files.get(0).length / 1e6, stored,
                    rates.get(0), later.size(), median, rates.get(0) / 2000, median / 2000, FILE / baseline,
                    FILE / baseline / rates.get(0), FILE / baseline / median);

            String list = AppProcess.send(http, app.request("/api/chats?size=1", "qa:demo").GET().build());
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(list);
            if (!id.find()) {
                throw new IllegalStateException("no conversation listed: " + list);
            }
            String chat = id.group(1);
            String evaluation = field(AppProcess.send(http, app.request("/api/evaluations", "qa:demo")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"interactionType\":\"CHAT\",\"interactionId\":\"" + chat + "\",\"scorecardKey\":\"chat-quality\"}"))
                    .build()), "id");
            HttpClient browser = EvaluationBench.signedIn(app, "qa");
            System.out.printf("With %,d conversations in the database:%n", stored + imported);
            double api = EvaluationBench.report(http, app.request("/api/chats/" + chat, "qa:demo"), "Conversation (API)");
            double page = EvaluationBench.report(browser, HttpRequest.newBuilder(URI.create(app.base() + "/chats/" + chat)),
                    "Chat page");
            double evaluationPage = EvaluationBench.report(browser,
                    HttpRequest.newBuilder(URI.create(app.base() + "/evaluations/" + evaluation)), "Evaluation page, chat");
            System.out.printf("Pages against the JSON of the same conversation: chat page %.2f×, evaluation page %.2f×%n",
                    page / api, evaluationPage / api);

            // The imported conversations are indexed as the import commits: wait for all of them, then query.
            long until = System.nanoTime() + 600_000_000_000L;
            String total;
            do {
                Thread.sleep(1000);
                total = field(AppProcess.send(http, app.request("/api/search?q=" + encode("channel:chat"), "qa:demo")
                        .GET().build()), "total");
            } while (Integer.parseInt(total) < imported && System.nanoTime() < until);
            System.out.printf("Search over the %s indexed conversations:%n", total);
            for (String q : List.of("包裹 channel:chat", "投诉 speaker:customer", "\"催促网点\" speaker:agent date:2026-11")) {
                EvaluationBench.report(http, app.request("/api/search?q=" + encode(q), "qa:demo"), "search " + q);
            }
        } finally {
            app.stop();
        }
    }

    record Conversation(String externalId, String agent, String platform, Instant startedAt, List<ChatMessage> messages) {
    }

    /** Conversations of agent1 and agent2 in November 2026: customer and agent take turns, 10 messages each. */
    private static List<Conversation> conversations(int from, int count, Random random) {
        List<Conversation> all = new ArrayList<>(count);
        Instant month = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = from; i < from + count; i++) {
            Instant start = month.plusSeconds(random.nextInt(29 * 86_400));
            List<ChatMessage> messages = new ArrayList<>(20);
            Instant at = start;
            for (int m = 0; m < 20; m++) {
                at = at.plusSeconds(5 + random.nextInt(60));
                boolean customer = m % 2 == 0;
                String[] texts = customer ? CUSTOMER : AGENT;
                messages.add(new ChatMessage(at, customer ? ChatMessage.Sender.CUSTOMER : ChatMessage.Sender.AGENT,
                        texts[random.nextInt(texts.length)]));
            }
            all.add(new Conversation("CB-" + i, i % 2 == 0 ? "agent1" : "agent2", PLATFORMS[i % PLATFORMS.length], start,
                    messages));
        }
        return all;
    }

    private static byte[] json(List<Conversation> conversations) {
        StringBuilder out = new StringBuilder("[");
        for (Conversation c : conversations) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"externalId\":\"").append(c.externalId()).append("\",\"agent\":\"").append(c.agent())
                    .append("\",\"channel\":\"").append(c.platform()).append("\",\"customer\":\"买家\",\"startedAt\":\"")
                    .append(c.startedAt()).append("\",\"messages\":[");
            for (int m = 0; m < c.messages().size(); m++) {
                ChatMessage message = c.messages().get(m);
                out.append(m == 0 ? "" : ",").append("{\"at\":\"").append(message.at()).append("\",\"from\":\"")
                        .append(message.from()).append("\",\"text\":\"").append(message.text()).append("\"}");
            }
            out.append("]}");
        }
        return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void insert(Connection c, List<Conversation> conversations) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("insert into chats (external_id, agent, platform, customer,"
                + " started_at, messages_json, message_count, agent_messages, customer_messages, first_response_seconds,"
                + " mean_response_seconds, longest_response_seconds, longest_customer_wait_seconds, duration_seconds,"
                + " ended_by, imported_at, imported_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (Conversation conversation : conversations) {
                ChatMetrics m = ChatMetrics.of(conversation.startedAt(), null, conversation.messages());
                insert.setString(1, conversation.externalId());
                insert.setString(2, conversation.agent());
                insert.setString(3, conversation.platform());
                insert.setString(4, "买家");
                insert.setObject(5, conversation.startedAt().atOffset(ZoneOffset.UTC));
                insert.setString(6, ChatService.write(conversation.messages()));
                insert.setInt(7, conversation.messages().size());
                insert.setInt(8, m.agentMessages());
                insert.setInt(9, m.customerMessages());
                insert.setObject(10, m.firstResponseSeconds());
                insert.setObject(11, m.meanResponseSeconds());
                insert.setObject(12, m.longestResponseSeconds());
                insert.setObject(13, m.longestCustomerWaitSeconds());
                insert.setDouble(14, m.durationSeconds());
                insert.setString(15, m.endedBy() == null ? null : m.endedBy().name());
                insert.setObject(16, conversation.startedAt().atOffset(ZoneOffset.UTC));
                insert.setString(17, "bench");
                insert.addBatch();
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** The same rows, prepared beforehand, in JDBC batches into an empty H2 table of the same shape (seconds). */
    private static double jdbcBaseline(List<Conversation> conversations) throws Exception {
        Path dir = Files.createTempDirectory("zhijian-chat-baseline");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "")) {
            c.createStatement().execute(new String(ChatBench.class.getResourceAsStream("/db/migration/V15__chats.sql")
                    .readAllBytes(), StandardCharsets.UTF_8));
            c.setAutoCommit(false);
            long t = System.nanoTime();
            insert(c, conversations);
            c.commit();
            return (System.nanoTime() - t) / 1e9;
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
