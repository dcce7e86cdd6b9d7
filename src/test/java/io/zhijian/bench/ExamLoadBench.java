package io.zhijian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.zhijian.support.AppProcess;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exam load benchmark (not a test): N trainees (default 1000) start the same 30-question exam within
 * 10 s, then each saves an answer every 2–5 s until all 30 are given (≈ 300 saves/s), from this
 * process against the packaged app on the same machine. Prints start and save latency percentiles,
 * throughput, machine CPU use, and the number of answers missing afterwards, as ratios of the
 * targets (save p95 ≤ 50 ms, p99 ≤ 150 ms, start p95 ≤ 200 ms, zero lost answers).
 * <p>
 * The load comes from one Vert.x event loop with a kept-alive connection per trainee, as a browser keeps
 * its own: Java's HttpClient spent more CPU per request than the app did, on the same two cores. Before
 * the measured burst, 40 other trainees take a warm-up exam 8 times each (start, 30 saves, submit), so the
 * burst meets compiled code on both sides, as on a server that has run exams before.
 * Run after {@code ./mvnw package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.cp}:
 * {@code java -cp target/test-classes:$(cat target/bench.cp) io.zhijian.bench.ExamLoadBench [trainees]}
 * ({@code -Dbench.jvm=...} passes options to the app).
 */
public final class ExamLoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "bench-password";

    public static void main(String[] args) throws Exception {
        int trainees = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        AppProcess app = AppProcess.start(Files.createTempDirectory("zhijian-exam-bench"));
        URI root = URI.create(app.base());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(root.getHost())
                .setDefaultPort(root.getPort()).setKeepAlive(true).setMaxPoolSize(trainees).setMaxWaitQueueSize(-1));
        try {
            List<String> users = setUp(http, "bench", "bench%04d", trainees);
            long exam = createExam(http, "bench", 1);
            System.out.printf("set-up done: %d trainees, exam %d; warming sign-ins…%n", trainees, exam);
            parallel(users, user -> call(http, HttpMethod.GET, "/api/me", user, null));
            warmUp(http);
            run(vertx, http, exam, users);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
            app.stop();
        }
    }

    private static void run(Vertx vertx, HttpClient http, long exam, List<String> users) throws Exception {
        ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Long> attempts = new ConcurrentHashMap<>();
        Random random = new Random(7);
        long[] cpuBefore = cpu();
        long began = System.nanoTime();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (String user : users) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done.add(finished);
            long startAt = 1 + random.nextInt(10_000);
            Random answers = new Random(random.nextLong());
            vertx.setTimer(startAt, timer -> {
                long t0 = System.nanoTime();
                send(http, HttpMethod.POST, "/api/exams/" + exam + "/attempts", user, "").onComplete(result -> {
                    starts.add(System.nanoTime() - t0);
                    if (result.failed()) {
                        errors.incrementAndGet();
                        finished.complete(null);
                        return;
                    }
                    try {
                        JsonNode attempt = JSON.readTree(result.result());
                        attempts.put(user, attempt.get("attemptId").asLong());
                        answerAll(vertx, http, user, attempt, answers, saves, errors, finished);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        finished.complete(null);
                    }
                });
            });
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] cpuAfter = cpu();

        AtomicInteger missing = new AtomicInteger();
        parallel(new ArrayList<>(attempts.keySet()), user -> {
            JsonNode attempt = JSON.readTree(call(http, HttpMethod.GET, "/api/attempts/" + attempts.get(user), user, null));
            for (JsonNode q : attempt.get("questions")) {
                if (q.get("response").isNull()) {
                    missing.incrementAndGet();
                }
            }
        });
        double cpuBusy = 100.0 * (cpuAfter[0] - cpuBefore[0]) / Math.max(1, cpuAfter[1] - cpuBefore[1]);
        System.out.printf("trainees %d, attempts started %d, saves %d in %.1f s (%.0f saves/s), errors %d, machine CPU %.0f%%%n",
                users.size(), attempts.size(), saves.size(), seconds, saves.size() / seconds, errors.get(), cpuBusy);
        report("attempt start", starts, 200, 95);
        report("answer save", saves, 50, 95);
        report("answer save", saves, 150, 99);
        System.out.printf("answers missing after the run: %d (target 0)%n", missing.get());
    }

    /** Each answer 2–5 s after the previous one was saved, until all are given. */
    private static void answerAll(Vertx vertx, HttpClient http, String user, JsonNode attempt, Random random,
                                  ConcurrentLinkedQueue<Long> saves, AtomicInteger errors,
                                  CompletableFuture<Void> finished) {
        List<JsonNode> questions = new ArrayList<>();
        attempt.get("questions").forEach(questions::add);
        long attemptId = attempt.get("attemptId").asLong();
        AtomicInteger next = new AtomicInteger();
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            int index = next.getAndIncrement();
            if (index >= questions.size()) {
                finished.complete(null);
                return;
            }
            JsonNode q = questions.get(index);
            long t0 = System.nanoTime();
            send(http, HttpMethod.PUT, "/api/attempts/" + attemptId + "/answers/" + q.get("slot").asInt(), user,
                    "{\"answer\":" + answer(q) + "}").onComplete(result -> {
                saves.add(System.nanoTime() - t0);
                if (result.failed()) {
                    errors.incrementAndGet();
                }
                vertx.setTimer(2000 + random.nextInt(3000), timer -> step[0].run());
            });
        };
        vertx.setTimer(2000 + random.nextInt(3000), timer -> step[0].run());
    }

    /**
     * A server that has run exams before has compiled their code: without this the burst measured the
     * JIT compiler (its threads took more CPU than the requests), in the app and in this load generator.
     */
    private static void warmUp(HttpClient http) throws Exception {
        List<String> users = setUp(http, "bench-warm-up", "warm%02d", 40);
        long exam = createExam(http, "bench-warm-up", 8);
        long began = System.nanoTime();
        parallel(users, user -> {
            for (int round = 0; round < 8; round++) {
                JsonNode attempt = JSON.readTree(call(http, HttpMethod.POST, "/api/exams/" + exam + "/attempts", user, ""));
                long id = attempt.get("attemptId").asLong();
                for (JsonNode q : attempt.get("questions")) {
                    call(http, HttpMethod.PUT, "/api/attempts/" + id + "/answers/" + q.get("slot").asInt(), user,
                            "{\"answer\":" + answer(q) + "}");
                }
                call(http, HttpMethod.POST, "/api/attempts/" + id + "/submit", user, "");
            }
        });
        System.out.printf("warm-up exam done in %.1f s (320 attempts, 9,600 saves)%n", (System.nanoTime() - began) / 1e9);
    }

    /** A valid answer for each type, taken from what the trainee sees. */
    private static String answer(JsonNode q) {
        JsonNode choices = q.get("choices");
        switch (q.get("type").asText()) {
            case "MULTIPLE_CHOICE":
                return "[" + choices.get(0).get("id").asInt() + "]";
            case "TRUE_FALSE":
                return "true";
            case "NUMERICAL":
                return "10";
            case "MATCHING":
                return "{" + JSON.valueToTree(q.get("left").get(0).asText()) + ":" + JSON.valueToTree(q.get("right").get(0).asText()) + "}";
            default:
                return choices != null && !choices.isNull() ? String.valueOf(choices.get(0).get("id").asInt()) : "\"答案\"";
        }
    }

    private static List<String> setUp(HttpClient http, String team, String names, int trainees) throws Exception {
        call(http, HttpMethod.POST, "/api/teams", "admin:demo", "{\"name\":\"" + team + "\"}");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            users.add(String.format(names, i));
        }
        parallel(users, user -> call(http, HttpMethod.POST, "/api/users", "admin:demo",
                "{\"username\":\"" + user + "\",\"displayName\":\"" + user + "\",\"password\":\"" + PASSWORD
                        + "\",\"roles\":[\"AGENT\"],\"team\":\"" + team + "\"}"));
        return users;
    }

    private static long createExam(HttpClient http, String team, int attemptsAllowed) throws Exception {
        String body = "{\"title\":\"负载测试\",\"timeLimitMinutes\":60,\"attemptsAllowed\":" + attemptsAllowed
                + ",\"sections\":["
                + "{\"bank\":\"online-service\",\"category\":\"在线客服/服务规范\",\"count\":10},"
                + "{\"bank\":\"ticket-service\",\"category\":\"工单客服/工单质量\",\"count\":9},"
                + "{\"bank\":\"scripts\",\"category\":\"话术/通用话术\",\"count\":10},"
                + "{\"bank\":\"scripts\",\"category\":\"话术/外呼\",\"count\":1}],"
                + "\"assignTo\":{\"teams\":[\"" + team + "\"]}}";
        return JSON.readTree(call(http, HttpMethod.POST, "/api/exams", "trainer:demo", body)).get("id").asLong();
    }

    private interface Task {
        void run(String user) throws Exception;
    }

    private static void parallel(List<String> users, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (String user : users) {
            futures.add(pool.submit(() -> {
                task.run(user);
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> nanos, double targetMs, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("%s: no samples%n", what);
            return;
        }
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1)) / 1e6;
        System.out.printf("%s: p50 %.1f ms, p%d %.1f ms = %.2f× the %.0f ms target (%d samples)%n", what, p50,
                percentile, p, p / targetMs, targetMs, sorted.size());
    }

    /** {busy jiffies, total jiffies} of the whole machine. */
    private static long[] cpu() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[]{total - idle, total};
    }

    /** The response body of a request, failed unless the status is 2xx. */
    private static Future<byte[]> send(HttpClient http, HttpMethod method, String path, String user, String json) {
        return http.request(method, path).compose(request -> {
            request.putHeader("Authorization", basic(user));
            if (json != null) {
                request.putHeader("Content-Type", "application/json");
            }
            return (json == null ? request.send() : request.send(json)).compose(response -> response.body()
                    .compose(body -> response.statusCode() < 300 ? Future.succeededFuture(body.getBytes())
                            : Future.failedFuture(method + " " + path + " → " + response.statusCode() + " " + body)));
        });
    }

    /** {@link #send}, waiting for the answer (set-up and warm-up, off the event loop). */
    private static byte[] call(HttpClient http, HttpMethod method, String path, String user, String json) throws Exception {
        return send(http, method, path, user, json).toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }

    private static String basic(String user) {
        String credentials = user.contains(":") ? user : user + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
