package io.zhijian.bench;

import io.zhijian.support.TestAudio;
import io.zhijian.support.VoskTestModel;
import io.zhijian.transcription.AudioStream;
import io.zhijian.transcription.SpeechMetrics;
import io.zhijian.transcription.Transcriber;
import io.zhijian.transcription.WavFormat;
import io.zhijian.transcription.WavReader;
import org.vosk.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;

/**
 * Transcription benchmarks (not tests), on a 5-minute stereo 8 kHz μ-law call of tone "words":
 * the audio front end (decode + G.711 + resample to 16 kHz + channel split) in multiples of real time
 * on one core (target ≥ 200×), Vosk decoding throughput with 2 threads against 1 (target ≥ 1.7×), and the
 * per-job overhead outside Vosk in the packaged app (target ≤ 20 ms), read from the worker's timing log.
 * Run after {@code ./mvnw package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.cp}:
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.zhijian.bench.TranscriptionBench
 */
public final class TranscriptionBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("transcription-bench");
        Path call = dir.resolve("call.wav");
        List<TestAudio.Part> agent = fiveMinuteCall().get(0);
        List<TestAudio.Part> customer = fiveMinuteCall().get(1);
        Files.write(call, TestAudio.wav(8000, TestAudio.Encoding.MULAW, TestAudio.channel(8000, agent),
                TestAudio.channel(8000, customer)));
        WavFormat format = WavReader.read(call);
        System.out.printf("call: %s, %.0f s%n", format.describe(), format.durationSeconds());

        for (int i = 0; i < 5; i++) {
            frontEnd(call, format);
        }
        int runs = 20;
        long began = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            frontEnd(call, format);
        }
        double seconds = (System.nanoTime() - began) / 1e9 / runs;
        double realTime = format.durationSeconds() / seconds;
        System.out.printf("audio front end: %.1f ms per 5-min stereo call = %.0f× real time on one core (target ≥ 200×: %.1f× the target)%n",
                seconds * 1000, realTime, realTime / 200);

        Path modelDir = VoskTestModel.build(dir.resolve("model"), VoskTestModel.ENGLISH, 16000);
        try (Model model = new Model(modelDir.toString())) {
            long t0 = System.nanoTime();
            var segments = Transcriber.transcribe(call, format, model, 16000, 0, "en", f -> true);
            double one = (System.nanoTime() - t0) / 1e9;
            long m0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                SpeechMetrics.of(segments, "en");
            }
            System.out.printf("one call: %d turns, decoded in %.2f s (%.0f× real time); metrics %.3f ms%n", segments.size(),
                    one, format.durationSeconds() / one, (System.nanoTime() - m0) / 1e6 / 100);
            throughput(model, call, format, 2, 4);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= 3; round++) {
                double single = throughput(model, call, format, 1, 10);
                double dual = throughput(model, call, format, 2, 10);
                ratios.add(dual / single);
                System.out.printf("Vosk throughput, round %d: 1 worker %.2f calls/s, 2 workers %.2f calls/s = %.2f×%n",
                        round, single, dual, dual / single);
            }
            java.util.Collections.sort(ratios);
            System.out.printf("Vosk throughput, 2 workers against 1: median %.2f× (target ≥ 1.7×)%n", ratios.get(1));
        }
        double[] job = jobTimes(dir.resolve("app"), modelDir, agent, customer);
        System.out.printf("per-job overhead outside Vosk (5-min stereo call, steady state): median %.1f ms — %.2f× the "
                + "20 ms target; whole job median %.0f ms%n", job[0], job[0] / 20, job[1]);
    }

    /** The 5-minute stereo call of {@link #main}: the agent and customer channels. */
    static List<List<TestAudio.Part>> fiveMinuteCall() {
        List<TestAudio.Part> agent = new ArrayList<>();
        List<TestAudio.Part> customer = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            agent.add(tone(i % 3, 0.8));
            agent.add(silence(2.2));
            customer.add(silence(1.5));
            customer.add(tone((i + 1) % 3, 1.0));
            customer.add(silence(0.5));
        }
        return List.of(agent, customer);
    }

    /**
     * Uploads the 5-minute call 30 times to the packaged app (one worker) and reads the worker's own timing of the
     * steady state (the second half): the median overhead outside Vosk and the median whole job, in ms.
     */
    static double[] jobTimes(Path dir, Path modelDir, List<TestAudio.Part> agent, List<TestAudio.Part> customer,
                             String... properties) throws Exception {
        Files.createDirectories(dir);
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo", "-Dzhijian.data-dir=" + dir.resolve("data"), "-Dquarkus.http.port=" + port,
                "-Dzhijian.transcription.models.en=" + modelDir, "-Dzhijian.transcription.workers=1",
                "-Dquarkus.log.level=WARN", "-Dquarkus.log.category.\"io.zhijian.transcription\".level=INFO"));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        try {
            for (int i = 0; i < 600; i++) {
                try {
                    if (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/q/health/ready")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException starting) {
                    Thread.sleep(100);
                }
            }
            int calls = 30;
            for (int i = 0; i < calls; i++) {
                List<TestAudio.Part> a = new ArrayList<>(agent);
                a.add(silence(0.01 * (i + 1)));
                byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.MULAW, TestAudio.channel(8000, a),
                        TestAudio.channel(8000, customer));
                String boundary = "bench" + i;
                var body = new java.io.ByteArrayOutputStream();
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"externalId\":\"bench-" + i
                        + "\",\"agent\":\"agent1\",\"language\":\"en\"}\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"call.wav\"\r\n"
                        + "Content-Type: audio/wav\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.writeBytes(wav);
                body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/calls"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("qa:demo".getBytes()))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(response.body());
                }
            }
            List<Double> overheads = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            var timing = java.util.regex.Pattern.compile("in (\\d+) ms: decoding \\d+ ms, everything else ([0-9.]+) ms");
            for (int wait = 0; wait < 1200 && overheads.size() < calls; wait++) {
                Thread.sleep(100);
                overheads.clear();
                totals.clear();
                for (String line : Files.readAllLines(log)) {
                    var m = timing.matcher(line);
                    if (m.find()) {
                        totals.add(Double.parseDouble(m.group(1)));
                        overheads.add(Double.parseDouble(m.group(2)));
                    }
                }
            }
            // The first jobs also load the model and warm the JIT: the steady state is the second half.
            return new double[]{median(overheads.subList(calls / 2, overheads.size())),
                    median(totals.subList(calls / 2, totals.size()))};
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long frontEnd(Path call, WavFormat format) throws Exception {
        long samples = 0;
        try (AudioStream stream = new AudioStream(call, format, 16000, 4000)) {
            for (AudioStream.Block b; (b = stream.next()) != null; ) {
                for (float[] channel : b.channels()) {
                    samples += AudioStream.toPcm16(channel).length;
                }
            }
        }
        return samples;
    }

    private static double throughput(Model model, Path call, WavFormat format, int workers, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long began = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            done.add(pool.submit(() -> Transcriber.transcribe(call, format, model, 16000, 0, "en", f -> true)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return calls / ((System.nanoTime() - began) / 1e9);
    }
}
