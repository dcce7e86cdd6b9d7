package io.zhijian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exam load benchmark (not a test): N trainees (default 1000) start the same 30-question exam within
 * 10 s, then each saves an answer every 2–5 s until all 30 are given (≈ 300 saves/s), from this
 * process against the packaged app on the same machine. Prints start and save latency percentiles,
 * throughput, machine CPU use, and the number of answers missing afterwards, as ratios of the
 * targets (save p95 ≤ 50 ms, p99 ≤ 150 ms, start p95 ≤ 200 ms, zero lost answers).
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
        String base = app.base();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16)).build();
        try {
            List<String> users = setUp(http, base, trainees);
            long exam = createExam(http, base);
            System.out.printf("set-up done: %d trainees, exam %d; warming sign-ins…%n", trainees, exam);
            parallel(users, user -> send(http, get(base + "/api/me", user)));
            run(http, base, exam, users);
        } finally {
            app.stop();
        }
        // The load generator's pools are not daemon threads: end the JVM explicitly.
        System.exit(0);
    }

    private static void run(HttpClient http, String base, long exam, List<String> users) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(8);
        ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Long> attempts = new java.util.concurrent.ConcurrentHashMap<>();
        Random random = new Random(7);
        long[] cpuBefore = cpu();
        long began = System.nanoTime();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (String user : users) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done.add(finished);
            long startAt = random.nextInt(10_000);
            long seed = random.nextLong();
            scheduler.schedule(() -> {
                long t0 = System.nanoTime();
                http.sendAsync(post(base + "/api/exams/" + exam + "/attempts", user, ""), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            starts.add(System.nanoTime() - t0);
                            if (failure != null || response.statusCode() >= 300) {
                                errors.incrementAndGet();
                                finished.complete(null);
                                return;
                            }
                            try {
                                JsonNode attempt = JSON.readTree(response.body());
                                attempts.put(user, attempt.get("attemptId").asLong());
                                answerAll(http, base, scheduler, user, attempt, new Random(seed), saves, errors, finished);
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                finished.complete(null);
                            }
                        });
            }, startAt, TimeUnit.MILLISECONDS);
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] cpuAfter = cpu();
        scheduler.shutdownNow();

        AtomicInteger missing = new AtomicInteger();
        parallel(new ArrayList<>(attempts.keySet()), user -> {
            JsonNode attempt = JSON.readTree(send(http, get(base + "/api/attempts/" + attempts.get(user), user)));
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

    private static void answerAll(HttpClient http, String base, ScheduledExecutorService scheduler, String user,
                                  JsonNode attempt, Random random, ConcurrentLinkedQueue<Long> saves,
                                  AtomicInteger errors, CompletableFuture<Void> finished) {
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
            String body = "{\"answer\":" + answer(q) + "}";
            long t0 = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + attemptId + "/answers/"
                                    + q.get("slot").asInt())).header("Authorization", basic(user))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        saves.add(System.nanoTime() - t0);
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        scheduler.schedule(step[0], 2000 + random.nextInt(3000), TimeUnit.MILLISECONDS);
                    });
        };
        scheduler.schedule(step[0], 2000 + random.nextInt(3000), TimeUnit.MILLISECONDS);
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

    private static List<String> setUp(HttpClient http, String base, int trainees) throws Exception {
        send(http, post(base + "/api/teams", "admin:demo", "{\"name\":\"bench\"}"));
        List<String> users = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            users.add(String.format("bench%04d", i));
        }
        parallel(users, user -> send(http, post(base + "/api/users", "admin:demo",
                "{\"username\":\"" + user + "\",\"displayName\":\"" + user + "\",\"password\":\"" + PASSWORD
                        + "\",\"roles\":[\"AGENT\"],\"team\":\"bench\"}")));
        return users;
    }

    private static long createExam(HttpClient http, String base) throws Exception {
        String body = "{\"title\":\"负载测试\",\"timeLimitMinutes\":60,\"sections\":["
                + "{\"bank\":\"online-service\",\"category\":\"在线客服/服务规范\",\"count\":10},"
                + "{\"bank\":\"ticket-service\",\"category\":\"工单客服/工单质量\",\"count\":9},"
                + "{\"bank\":\"scripts\",\"category\":\"话术/通用话术\",\"count\":10},"
                + "{\"bank\":\"scripts\",\"category\":\"话术/外呼\",\"count\":1}],"
                + "\"assignTo\":{\"teams\":[\"bench\"]}}";
        return JSON.readTree(send(http, post(base + "/api/exams", "trainer:demo", body))).get("id").asLong();
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

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        return AppProcess.send(http, request);
    }

    private static HttpRequest get(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).build();
    }

    private static HttpRequest post(String url, String user, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String basic(String user) {
        String credentials = user.contains(":") ? user : user + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
