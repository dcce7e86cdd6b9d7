package io.zhijian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, or the {@code zhijian.app.jar} property) as a
 * separate process on a free port, in the demo profile, on a given data folder: for benchmarks and for the
 * tests that kill it.
 */
public record AppProcess(Process process, String base) {

    /** Starts the packaged app and returns once it is ready (its start-up work done). */
    public static AppProcess start(Path data, String... systemProperties) throws Exception {
        return start(defaultJar(), data, "/q/health/ready", systemProperties);
    }

    /** {@link #start}, with another build of the app (the one for PostgreSQL). */
    public static AppProcess startJar(Path jar, Path data, String... systemProperties) throws Exception {
        return start(jar, data, "/q/health/ready", systemProperties);
    }

    /** Starts the packaged app and returns as soon as HTTP answers, its start-up work (seed loading) still running. */
    public static AppProcess startListening(Path data, String... systemProperties) throws Exception {
        return start(defaultJar(), data, "/q/health/live", systemProperties);
    }

    /** The packaged app (command 2 passes its path as {@code zhijian.app.jar}). */
    public static Path defaultJar() {
        return Path.of(System.getProperty("zhijian.app.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    /** The same app built for PostgreSQL (command 2 builds it before the integration tests). */
    public static Path postgresqlJar() {
        return Path.of(System.getProperty("zhijian.app.postgresql.jar", "target/postgresql/quarkus-run.jar"));
    }

    private static AppProcess start(Path jar, Path data, String readyPath, String... systemProperties) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(data);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // e.g. -Dbench.jvm=-XX:StartFlightRecording=filename=app.jfr to profile the app under load
        String extra = System.getProperty("bench.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(java.util.List.of(extra.trim().split("\\s+")));
        }
        command.addAll(java.util.List.of("-Dquarkus.profile=demo", "-Dzhijian.data-dir=" + data.toAbsolutePath(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN"));
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        command.addAll(java.util.List.of("-jar", jar.toAbsolutePath().toString()));
        // Started from its data folder, not the project's: the seed scorecards and banks must come from the app itself.
        Process p = new ProcessBuilder(command).directory(data.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()))
                .start();
        AppProcess app = new AppProcess(p, "http://localhost:" + port);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 1200; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app exited at start-up; see " + data.resolve("app.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(app.base + readyPath)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return app;
                }
            } catch (java.io.IOException starting) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app did not start");
    }

    public HttpRequest.Builder request(String path, String credentials) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops it; true when the process ended within the time given. */
    public boolean stopWithin(java.time.Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Sends a request; anything but a success ends the benchmark with the response. */
    public static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
