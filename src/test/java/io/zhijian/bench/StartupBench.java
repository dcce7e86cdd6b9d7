package io.zhijian.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Start-up benchmark (not a test): starts the packaged app on an empty data dir and prints the time to the first
 * successful response and the resident memory once it answers. The baseline, measured in the same run and started
 * the same way: a generated application with the same Quarkus extensions and no business code (one entity, one
 * migration, one resource), built with this project's wrapper; the target is the app's first response within 1.3×
 * the baseline's (and RSS ≤ 350 MB). Run after {@code ./mvnw package -DskipTests}:
 * {@code java -cp target/test-classes io.zhijian.bench.StartupBench [runs]}.
 */
public final class StartupBench {

    private static final double TARGET_RATIO = 1.3;
    private static final double TARGET_RSS_MB = 350.0;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Package first: ./mvnw package -DskipTests");
        }
        // -Dbench.appcds=true: both apps with an AppCDS archive (package this one with
        // -Dquarkus.package.jar.appcds.enabled=true first); each is then started with its archive.
        boolean appcds = Boolean.getBoolean("bench.appcds");
        Path bare = BareApp.build(Path.of("pom.xml"), appcds);
        System.out.printf("cores=%d, runs=%d%n", Runtime.getRuntime().availableProcessors(), runs);
        double[] app = new double[runs];
        double[] baseline = new double[runs];
        for (int run = 0; run < runs; run++) {
            // Interleaved, so a slow moment of the machine falls on both.
            baseline[run] = measure("bare app", bare, "/hello");
            app[run] = measure("zhijian ", jar, "/login");
        }
        java.util.Arrays.sort(app);
        java.util.Arrays.sort(baseline);
        double ratio = app[runs / 2] / baseline[runs / 2];
        System.out.printf("median first response: zhijian %.2f s, bare app %.2f s: %.2f× (target ≤ %.1f×: %.2f of it)%n",
                app[runs / 2], baseline[runs / 2], ratio, TARGET_RATIO, ratio / TARGET_RATIO);
    }

    /** Seconds to the first 200 of {@code path}; prints it with the resident memory then. */
    private static double measure(String name, Path jar, String path) throws Exception {
        Path dataDir = Files.createTempDirectory("zhijian-bench");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dzhijian.data-dir=" + dataDir, "-Dquarkus.http.port=" + port));
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (Boolean.getBoolean("bench.appcds")) {
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("no AppCDS archive at " + archive);
            }
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar.toString()));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile()).start();
        try {
            double seconds = -1;
            while ((System.nanoTime() - start) < Duration.ofSeconds(60).toNanos() && app.isAlive()) {
                try {
                    if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(10);
                }
            }
            if (seconds < 0) {
                throw new IllegalStateException("no response within 60 s; see " + dataDir.resolve("app.log"));
            }
            double rssMb = rssKb(app.pid()) / 1024.0;
            System.out.printf("%s: first response %.2f s, RSS %.0f MB (%.2f× target %.0f MB)%n",
                    name, seconds, rssMb, rssMb / TARGET_RSS_MB, TARGET_RSS_MB);
            return seconds;
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("\\D+", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }
}
