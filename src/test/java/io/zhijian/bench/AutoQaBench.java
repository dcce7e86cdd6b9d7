package io.zhijian.bench;

import io.zhijian.autoqa.AutoQaEngine;
import io.zhijian.autoqa.AutoQaSubject;
import io.zhijian.scorecard.AutoRule;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardYaml;
import io.zhijian.support.AppProcess;
import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskTestModel;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Auto-QA, on demand ({@code java … io.zhijian.bench.AutoQaBench [calls] [tickets] [part]}, part = rules | rerun |
 * transcription | all):
 * <ol>
 * <li>the call-quality rules over a stored 20-turn transcript, per call on one core (target ≤ 0.5 ms), against the
 * same phrases searched one scan per phrase;</li>
 * <li>re-running newly published call and ticket scorecards over 100,000 transcribed calls and 1,000,000 tickets in
 * the packaged app (target ≤ 5 minutes), against a plain JDBC read of the same rows;</li>
 * <li>the transcription job's time with auto-QA on against off (target ≤ 1.05×).</li>
 * </ol>
 */
public final class AutoQaBench {

    private static final String[] AGENT = {"您好 中国 邮政 请问 有 什么 可以 帮 您", "请 您 提供 一下 运单号 谢谢",
            "好的 我 帮 您 查询 一下 请 稍等", "您 的 包裹 已经 到达 北京 处理 中心", "非常 抱歉 给 您 带来 不便",
            "已 为 您 催促 网点 尽快 派送", "对的 是的 明白", "还有 其他 可以 帮 您 的 吗", "感谢 您 的 来电 再见"};
    private static final String[] CUSTOMER = {"我 的 包裹 三天 没有 更新 了", "快递员 态度 很 差 我 要 投诉",
            "能 不能 改 一下 收件 地址", "请问 什么 时候 能 送到", "好的 谢谢"};

    private AutoQaBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String part = args.length > 2 ? args[2] : "all";
        if (part.equals("all") || part.equals("rules")) {
            rules();
        }
        if (part.equals("all") || part.equals("rerun")) {
            rerun(calls, tickets);
        }
        if (part.equals("all") || part.equals("transcription")) {
            transcription();
        }
    }

    /** A 20-turn call of about three minutes, its words timed as Vosk gives them. */
    static AutoQaSubject call(long id, Random random) {
        List<AutoQaSubject.Turn> turns = new ArrayList<>();
        double t = 0.5;
        for (int i = 0; i < 20; i++) {
            boolean agent = i % 2 == 0;
            String spaced = i == 0 ? AGENT[0] : i == 19 ? AGENT[AGENT.length - 1]
                    : agent ? AGENT[1 + random.nextInt(AGENT.length - 2)] : CUSTOMER[random.nextInt(CUSTOMER.length)];
            String[] words = spaced.split(" ");
            List<AutoQaSubject.Word> timed = new ArrayList<>();
            double start = t;
            for (String w : words) {
                timed.add(new AutoQaSubject.Word(w, t, t + 0.3));
                t += 0.35;
            }
            turns.add(new AutoQaSubject.Turn(agent ? "AGENT" : "CUSTOMER", start, t, String.join("", words), timed, null));
            t += 1 + random.nextDouble() * 6;
        }
        Map<String, Double> metrics = new HashMap<>(Map.of("agentSpeechRate", 200 + random.nextDouble() * 80,
                "longestSilenceSeconds", random.nextDouble() * 12, "agentInterruptions", (double) random.nextInt(3),
                "durationSeconds", t));
        return new AutoQaSubject(Scorecard.Channel.CALL, id, turns, t, metrics, null, null);
    }

    private static void rules() throws Exception {
        Scorecard card = ScorecardYaml.read(Files.readString(Path.of("scorecards", "call-quality.yaml"))).scorecard();
        AutoQaEngine.Compiled compiled = new AutoQaEngine.Compiled(card, 1);
        List<String> phrases = new ArrayList<>();
        card.items().forEach(item -> item.auto().forEach(rule -> collect(rule.when(), phrases)));
        Random random = new Random(5);
        List<AutoQaSubject> subjects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            subjects.add(call(i, random));
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (AutoQaSubject s : subjects) {
                sink += AutoQaEngine.run(compiled, s).items().size();
                sink += naive(s, phrases);
            }
        }
        int runs = 50;
        long t0 = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            for (AutoQaSubject s : subjects) {
                sink += AutoQaEngine.run(compiled, s).items().size();
            }
        }
        double perCall = (System.nanoTime() - t0) / 1e6 / runs / subjects.size();
        long t1 = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            for (AutoQaSubject s : subjects) {
                sink += naive(s, phrases);
            }
        }
        double naivePerCall = (System.nanoTime() - t1) / 1e6 / runs / subjects.size();
        System.out.printf(Locale.ROOT, "call-quality rules (%d phrases) over a 20-turn transcript: %.4f ms per call on one "
                        + "core, all rules, evidence and total (target ≤ 0.5 ms: %.3f× the target); finding the same phrases "
                        + "one scan per phrase, nothing else: %.4f ms (rules/naive scan %.2f×) [%d]%n", phrases.size(),
                perCall, perCall / 0.5, naivePerCall, perCall / naivePerCall, sink % 10);
    }

    private static void collect(AutoRule.Condition condition, List<String> phrases) {
        if (condition instanceof AutoRule.Said said) {
            phrases.addAll(said.phrases());
        } else if (condition instanceof AutoRule.AllOf all) {
            all.conditions().forEach(c -> collect(c, phrases));
        } else if (condition instanceof AutoRule.AnyOf any) {
            any.conditions().forEach(c -> collect(c, phrases));
        } else if (condition instanceof AutoRule.Not not) {
            collect(not.condition(), phrases);
        }
    }

    /** The baseline: every phrase searched for in every turn's text with its own scan. */
    private static long naive(AutoQaSubject subject, List<String> phrases) {
        long found = 0;
        for (AutoQaSubject.Turn turn : subject.turns()) {
            String text = turn.text();
            for (String phrase : phrases) {
                found += text.indexOf(phrase) >= 0 ? 1 : 0;
            }
        }
        return found;
    }

    private static void rerun(int calls, int tickets) throws Exception {
        Path data = Files.createTempDirectory("zhijian-autoqa-bench");
        AppProcess.start(data).stop();
        long t0 = System.nanoTime();
        EvaluationBench.insertCalls(data, calls);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/zhijian"), "sa", "")) {
            c.setAutoCommit(false);
            insertTranscripts(c, calls);
            insertTickets(c, tickets);
            c.commit();
        }
        System.out.printf("Wrote %,d transcribed calls (20 turns each) and %,d tickets in %.0f s%n", calls, tickets,
                (System.nanoTime() - t0) / 1e9);
        double baseline = jdbcRead(data, calls, tickets);
        AppProcess app = AppProcess.start(data);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            long began = System.nanoTime();
            for (String key : List.of("call-quality", "ticket-quality")) {
                String yaml = Files.readString(Path.of("scorecards", key + ".yaml"))
                        .replaceFirst("names: \\{zh: ([^,]+), en: ", "names: {zh: $1（新）, en: New ");
                AppProcess.send(http, app.request("/api/scorecards", "trainer:demo").header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
            }
            Pattern run = Pattern.compile("\"scorecardKey\":\"([a-z-]+)\",\"scorecardVersion\":\\d+,\"channel\":\"([A-Z]+)\","
                    + "\"total\":(\\d+),\"processed\":(\\d+),\"progress\":[0-9.E-]+,\"status\":\"([A-Z]+)\"");
            boolean running = true;
            double lastPrint = 0;
            while (running) {
                Thread.sleep(2000);
                String work = AppProcess.send(http, app.request("/api/auto-qa/runs", "qa:demo").GET().build());
                running = false;
                StringBuilder line = new StringBuilder();
                for (Matcher m = run.matcher(work); m.find(); ) {
                    boolean ours = m.group(1).equals("call-quality") && m.group(2).equals("CALL")
                            || m.group(1).equals("ticket-quality") && m.group(2).equals("TICKET");
                    if (!ours) {
                        continue;
                    }
                    running |= m.group(5).equals("RUNNING");
                    line.append(String.format(Locale.ROOT, "  %s %s %s/%s %s", m.group(1), m.group(2), m.group(4),
                            m.group(3), m.group(5)));
                }
                double elapsed = (System.nanoTime() - began) / 1e9;
                if (elapsed - lastPrint >= 30 || !running) {
                    System.out.printf(Locale.ROOT, "%5.0f s:%s%n", elapsed, line);
                    lastPrint = elapsed;
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "Re-run of call-quality over %,d calls and ticket-quality over %,d tickets: %.0f s "
                            + "(target ≤ 300 s: %.2f× the target); a plain JDBC read of the same rows: %.0f s (re-run/read "
                            + "%.1f×)%n", calls, tickets, seconds, seconds / 300, baseline, seconds / baseline);
        } finally {
            app.stop();
        }
    }

    /** A transcript of 20 turns for each call {@link EvaluationBench#insertCalls} wrote (their ids are consecutive). */
    private static void insertTranscripts(Connection c, int count) throws Exception {
        Random random = new Random(7);
        long firstCall;
        try (ResultSet rs = c.createStatement().executeQuery("select min(id) from calls where external_id like 'BENCH-CALL-%'")) {
            rs.next();
            firstCall = rs.getLong(1);
        }
        long job;
        try (PreparedStatement insert = c.prepareStatement("insert into transcription_jobs (call_id, language, status, "
                + "progress, attempts, requested_by, created_at) values (?, 'zh', 'DONE', 1, 1, 'qa', current_timestamp)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, firstCall);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                job = keys.getLong(1);
            }
        }
        try (PreparedStatement transcript = c.prepareStatement("insert into transcripts (call_id, job_id, language, "
                + "created_at, metrics) values (?, ?, 'zh', current_timestamp, ?)");
             PreparedStatement turn = c.prepareStatement("insert into transcript_segments (call_id, seq, speaker, start_s, "
                     + "end_s, text, confidence) values (?, ?, ?, ?, ?, ?, 0.9)");
             PreparedStatement words = c.prepareStatement("insert into transcript_words (call_id, seq, words) values (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = firstCall + i;
                AutoQaSubject call = call(id, random);
                transcript.setLong(1, id);
                transcript.setLong(2, job);
                transcript.setString(3, String.format(Locale.ROOT, "{\"agentTalkSeconds\":60,\"customerTalkSeconds\":50,"
                        + "\"unknownTalkSeconds\":0,\"talkRatio\":1.2,\"silenceSeconds\":30,\"longestSilenceSeconds\":%.2f,"
                        + "\"silencesOver3s\":2,\"overlapCount\":1,\"overlapSeconds\":0.5,\"agentInterruptions\":%d,"
                        + "\"agentSpeechRate\":%.1f,\"speechRateUnit\":\"chars/min\"}",
                        call.metrics().get("longestSilenceSeconds"), call.metrics().get("agentInterruptions").intValue(),
                        call.metrics().get("agentSpeechRate")));
                transcript.addBatch();
                int seq = 0;
                for (AutoQaSubject.Turn t : call.turns()) {
                    turn.setLong(1, id);
                    turn.setInt(2, ++seq);
                    turn.setString(3, t.speaker());
                    turn.setDouble(4, t.start());
                    turn.setDouble(5, t.end());
                    turn.setString(6, t.text());
                    turn.addBatch();
                    StringBuilder json = new StringBuilder("[");
                    for (AutoQaSubject.Word w : t.words()) {
                        json.append(json.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "[\"%s\",%.2f,%.2f,0.9]",
                                w.text(), w.start(), w.end()));
                    }
                    words.setLong(1, id);
                    words.setInt(2, seq);
                    words.setString(3, json.append(']').toString());
                    words.addBatch();
                }
                if (i % 200 == 199) {
                    transcript.executeBatch();
                    turn.executeBatch();
                    words.executeBatch();
                }
            }
            transcript.executeBatch();
            turn.executeBatch();
            words.executeBatch();
        }
    }

    private static void insertTickets(Connection c, int count) throws Exception {
        Random random = new Random(9);
        String[] types = {"协查", "主导", "直派", "内审", "在线"};
        try (PreparedStatement insert = c.prepareStatement("insert into tickets (ticket_no, type, subtype, responsible_unit,"
                + " customer_name, customer_address, customer_phone, region, content, feedback, created_at, feedback_at,"
                + " agent, imported_at, imported_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,current_timestamp,'qa')")) {
            for (int i = 0; i < count; i++) {
                LocalDateTime created = LocalDateTime.of(2026, 10, 1 + i % 31, 8, 0).plusSeconds(i % 36000);
                insert.setString(1, "AQB-" + i);
                insert.setString(2, types[i % types.length]);
                insert.setString(3, random.nextInt(10) == 0 ? null : "邮件延误");
                insert.setString(4, random.nextInt(20) == 0 ? null : "北京邮区中心局");
                insert.setString(5, "客户" + i % 1000);
                insert.setString(6, random.nextInt(15) == 0 ? null : "北京市朝阳区建国路" + i % 500 + "号");
                insert.setString(7, random.nextInt(12) == 0 ? null : String.valueOf(13800000000L + i));
                insert.setString(8, "华北");
                insert.setString(9, "客户反映包裹三天未到，要求协查");
                insert.setString(10, "已联系投递员，明日送达");
                insert.setObject(11, created.atOffset(ZoneOffset.UTC));
                insert.setObject(12, created.plusMinutes(30 + random.nextInt(180)).atOffset(ZoneOffset.UTC));
                insert.setString(13, i % 2 == 0 ? "agent1" : "agent2");
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The floor for any re-run: reading every row it reads, over JDBC, a thousand at a time. */
    private static double jdbcRead(Path data, int calls, int tickets) throws Exception {
        long t0 = System.nanoTime();
        long chars = 0;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/zhijian"), "sa", "")) {
            for (String sql : List.of("select w.call_id, w.words, s.text from transcript_words w join transcript_segments s "
                            + "on s.call_id = w.call_id and s.seq = w.seq where w.call_id > ? order by w.call_id limit 20000",
                    "select id, ticket_no, type, subtype, responsible_unit, customer_name, customer_address, customer_phone, "
                            + "region, content, feedback from tickets where id > ? order by id limit 1000")) {
                long after = 0;
                try (PreparedStatement read = c.prepareStatement(sql)) {
                    for (boolean more = true; more; ) {
                        read.setLong(1, after);
                        more = false;
                        try (ResultSet rs = read.executeQuery()) {
                            while (rs.next()) {
                                after = rs.getLong(1);
                                chars += rs.getString(2).length() + rs.getString(3).length();
                                more = true;
                            }
                        }
                    }
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9 + chars * 0;
    }

    private static void transcription() throws Exception {
        Path dir = Files.createTempDirectory("zhijian-autoqa-transcription-bench");
        Path modelDir = VoskTestModel.build(dir.resolve("model"), VoskTestModel.ENGLISH, 16000);
        List<List<TestAudio.Part>> call = TranscriptionBench.fiveMinuteCall();
        double[] off = TranscriptionBench.jobTimes(dir.resolve("off"), modelDir, call.get(0), call.get(1),
                "zhijian.auto-qa.enabled=false");
        double[] on = TranscriptionBench.jobTimes(dir.resolve("on"), modelDir, call.get(0), call.get(1));
        System.out.printf(Locale.ROOT, "Transcription job (5-min stereo call, steady state, median): auto-QA off %.0f ms "
                        + "(overhead outside Vosk %.1f ms), on %.0f ms (%.1f ms): whole job %.3f×, overhead outside Vosk, "
                        + "where the rules run, %.3f× (target ≤ 1.05×; the whole job also carries this machine's varying "
                        + "Vosk speed between the two app runs)%n", off[1], off[0], on[1], on[0], on[1] / off[1], on[0] / off[0]);
    }
}
