package io.zhijian.bench;

import io.zhijian.support.AppProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticket import and QA work benchmark (not a test). Generates work-order CSV files of 100,000 rows,
 * imports the first through the packaged app and, as the baseline in the same run, inserts the same rows
 * with a hand-written JDBC batch into an empty H2 table of the same shape; then imports more files up to
 * the requested total, with the requested number of calls written into the app's database beforehand
 * (metadata only: uploading and transcribing 100,000 recordings is another benchmark), runs a sampling
 * plan over the month, and times the QA queue (page and API) and the evaluation pages of a call and a
 * ticket. Arguments: tickets calls (default 1000000 100000). Targets: import ≥ 5,000 rows/s; queue and
 * evaluation page p95 ≤ 100 ms.
 * Run after {@code ./mvnw package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.cp}:
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.zhijian.bench.EvaluationBench
 */
public final class EvaluationBench {

    private static final int ROWS_PER_FILE = 100_000;
    private static final String[] TYPES = {"协查", "主导", "直派", "内审", "在线"};
    private static final String[] WORDS = ("快递 包裹 投诉 查询 邮件 地址 电话 延误 网点 快递员 签收 退回 赔偿 态度 服务 工单 协查 时限 "
            + "客户 反映 三天 没有 收到 已经 联系 投递 明天 送达 登记 核实 单号").split(" ");

    private EvaluationBench() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int callCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path data = Files.createTempDirectory("zhijian-evaluation-bench");
        AppProcess.start(data).stop();
        long tc = System.nanoTime();
        insertCalls(data, callCount);
        System.out.printf("Wrote %d calls into the database in %.1f s%n", callCount, (System.nanoTime() - tc) / 1e9);
        Random random = new Random(7);
        List<byte[]> files = new ArrayList<>();
        for (int start = 0; start < total; start += ROWS_PER_FILE) {
            files.add(csv(start, Math.min(ROWS_PER_FILE, total - start), random));
        }
        System.out.printf("Generated %d tickets in %d files (%.1f MB each)%n", total, files.size(),
                files.get(0).length / 1e6);

        double baselineSeconds = jdbcBaseline(files.get(0));
        AppProcess app = AppProcess.start(data);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            long t0 = System.nanoTime();
            String report = send(http, app.request("/api/tickets/import?format=csv", "qa:demo")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(files.get(0))).build());
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            int rows = Math.min(ROWS_PER_FILE, total);
            System.out.printf("Import of %d rows: %.1f s = %,.0f rows/s (target ≥ 5,000: %s); hand-written JDBC batch "
                            + "baseline %.1f s = %,.0f rows/s; app/baseline time %.2f×; report %s%n", rows, importSeconds,
                    rows / importSeconds, rows / importSeconds >= 5000 ? "met" : "MISSED", baselineSeconds,
                    rows / baselineSeconds, importSeconds / baselineSeconds,
                    report.length() > 80 ? report.substring(0, 80) + "…" : report);
            List<Double> rates = new ArrayList<>();
            for (int i = 1; i < files.size(); i++) {
                long ti = System.nanoTime();
                send(http, app.request("/api/tickets/import?format=csv", "qa:demo").header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(files.get(i))).build());
                rates.add(ROWS_PER_FILE / ((System.nanoTime() - ti) / 1e9));
            }
            if (!rates.isEmpty()) {
                rates.sort(null);
                double median = rates.get(rates.size() / 2);
                System.out.printf("Later imports of %d rows into a growing table (up to %d tickets): median %,.0f rows/s,"
                        + " slowest %,.0f rows/s (target ≥ 5,000: %s, %.2f× the target)%n", ROWS_PER_FILE, total, median,
                        rates.get(0), median >= 5000 ? "met" : "MISSED", median / 5000);
            }
            System.out.printf("Database holds %d tickets after %.0f s%n", total, (System.nanoTime() - t0) / 1e9);

            long t1 = System.nanoTime();
            String plan = send(http, app.request("/api/qa/plans", "qa:demo").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"period\":\"2026-10\",\"channels\":"
                            + "[\"CALL\",\"TICKET\"],\"perAgent\":200,\"minPerAgent\":10,\"inspectors\":[\"qa\"],"
                            + "\"seed\":1}"))
                    .build());
            String planId = field(plan, "id");
            String run = send(http, app.request("/api/qa/plans/" + planId + "/run", "qa:demo")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            System.out.printf("Plan over the month drew %s assignments in %.1f s%n", field(run, "assigned"),
                    (System.nanoTime() - t1) / 1e9);

            String queue = send(http, app.request("/api/qa/queue", "qa:demo").GET().build());
            String callEvaluation = start(http, app, queue, "CALL");
            String ticketEvaluation = start(http, app, queue, "TICKET");
            HttpClient browser = signedIn(app, "qa");
            report(http, app.request("/api/qa/queue", "qa:demo"), "QA queue (API)");
            report(browser, HttpRequest.newBuilder(URI.create(app.base() + "/qa/queue")), "QA queue (page)");
            report(browser, HttpRequest.newBuilder(URI.create(app.base() + "/evaluations/" + callEvaluation)),
                    "Evaluation page, call");
            report(browser, HttpRequest.newBuilder(URI.create(app.base() + "/evaluations/" + ticketEvaluation)),
                    "Evaluation page, ticket");
            report(http, app.request("/api/evaluations/" + ticketEvaluation, "qa:demo"), "Evaluation (API)");
        } finally {
            app.stop();
        }
    }

    /** Starts the evaluation of the first queued assignment of a channel. */
    private static String start(HttpClient http, AppProcess app, String queue, String channel) throws Exception {
        Matcher m = Pattern.compile("\\{\"assignmentId\":(\\d+),[^}]*\"interactionType\":\"" + channel + "\"")
                .matcher(queue);
        if (!m.find()) {
            throw new IllegalStateException("no " + channel + " in the queue");
        }
        return field(send(http, app.request("/api/qa/assignments/" + m.group(1) + "/evaluation", "qa:demo")
                .POST(HttpRequest.BodyPublishers.noBody()).build()), "id");
    }

    /** A client signed in through the form, as a browser is (its session cookie kept). */
    static HttpClient signedIn(AppProcess app, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(app.base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        browser.send(HttpRequest.newBuilder(URI.create(app.base() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=demo&csrf-token="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    /** p50 and p95 of 300 requests after 30 warm-ups, printed against the 100 ms target; returns the p95 in ms. */
    static double report(HttpClient http, HttpRequest.Builder request, String name) throws Exception {
        HttpRequest get = request.GET().build();
        for (int i = 0; i < 30; i++) {
            send(http, get);
        }
        long[] times = new long[300];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            send(http, get);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        double p50 = times[times.length / 2] / 1e6;
        double p95 = times[(int) (times.length * 0.95)] / 1e6;
        System.out.printf("%-24s p50 %6.1f ms  p95 %6.1f ms  (target p95 ≤ 100 ms: %s, %.2f× the target)%n", name, p50,
                p95, p95 <= 100 ? "met" : "MISSED", p95 / 100);
        return p95;
    }

    /** Call metadata of agent1 and agent2 in October 2026, straight into the app's (stopped) database. */
    static void insertCalls(Path data, int count) throws Exception {
        Random random = new Random(11);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/zhijian"), "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into calls (external_id, agent, started_at,"
                    + " direction, customer_number, language, agent_channel, audio_sha256, audio_path, audio_format,"
                    + " audio_bytes, channels, sample_rate, duration_seconds, uploaded_at, uploaded_by)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    LocalDateTime started = LocalDateTime.of(2026, 10, 1 + random.nextInt(31), random.nextInt(24),
                            random.nextInt(60));
                    insert.setString(1, "BENCH-CALL-" + i);
                    insert.setString(2, i % 2 == 0 ? "agent1" : "agent2");
                    insert.setObject(3, started.atOffset(java.time.ZoneOffset.UTC));
                    insert.setString(4, "IN");
                    insert.setString(5, String.valueOf(13900000000L + i));
                    insert.setString(6, "zh");
                    insert.setString(7, "LEFT");
                    insert.setString(8, String.format("%064x", i));
                    insert.setString(9, "00/bench-" + i + ".wav");
                    insert.setString(10, "PCM 16-bit, 8000 Hz, stereo");
                    insert.setLong(11, 4_800_000);
                    insert.setInt(12, 2);
                    insert.setInt(13, 8000);
                    insert.setDouble(14, 60 + random.nextInt(540));
                    insert.setObject(15, started.plusHours(1).atOffset(java.time.ZoneOffset.UTC));
                    insert.setString(16, "qa");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /** Tickets of agent1 and agent2 in October 2026, with the thirteen columns. */
    private static byte[] csv(int start, int rows, Random random) {
        StringBuilder out = new StringBuilder(rows * 220);
        out.append("ticket_no,type,subtype,responsible_unit,customer_name,customer_address,customer_phone,region,"
                + "content,feedback,created_at,closed_at,agent\n");
        for (int i = 0; i < rows; i++) {
            int n = start + i;
            LocalDateTime created = LocalDateTime.of(2026, 10, 1 + random.nextInt(31), random.nextInt(24),
                    random.nextInt(60));
            out.append("BENCH-").append(n).append(',').append(TYPES[random.nextInt(TYPES.length)]).append(",邮件延误,")
                    .append("北京邮区中心局,客户").append(n % 1000).append(",北京市朝阳区建国路").append(n % 500).append("号,")
                    .append(13800000000L + n).append(",华北,").append(sentence(random)).append(',').append(sentence(random))
                    .append(',').append(created.toString().replace('T', ' ')).append(',')
                    .append(created.plusHours(5).toString().replace('T', ' ')).append(',')
                    .append(n % 2 == 0 ? "agent1" : "agent2").append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** The same rows split naively and inserted in batches of 500 into a fresh H2 file database. */
    private static double jdbcBaseline(byte[] file) throws Exception {
        Path dir = Files.createTempDirectory("zhijian-baseline");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "")) {
            c.createStatement().execute("create table tickets (id bigint generated by default as identity primary key,"
                    + " ticket_no varchar(64) unique, type varchar(8), subtype varchar(100), responsible_unit varchar(200),"
                    + " customer_name varchar(100), customer_address varchar(500), customer_phone varchar(40),"
                    + " region varchar(100), content varchar(10000), feedback varchar(10000), created_at timestamp,"
                    + " closed_at timestamp, agent varchar(64))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into tickets (ticket_no, type, subtype,"
                    + " responsible_unit, customer_name, customer_address, customer_phone, region, content, feedback,"
                    + " created_at, closed_at, agent) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split(",", -1);
                    for (int k = 0; k < 13; k++) {
                        if (k == 10 || k == 11) {
                            insert.setTimestamp(k + 1, Timestamp.valueOf(f[k] + ":00"));
                        } else {
                            insert.setString(k + 1, f[k]);
                        }
                    }
                    insert.addBatch();
                    if (i % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        return AppProcess.send(http, request);
    }
}
