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
 * on one core (target ≥ 200×), and Vosk decoding throughput with 2 threads against 1 (target ≥ 1.7×).
 * Run: java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.zhijian.bench.TranscriptionBench
 */
public final class TranscriptionBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("transcription-bench");
        Path call = dir.resolve("call.wav");
        List<TestAudio.Part> agent = new ArrayList<>();
        List<TestAudio.Part> customer = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            agent.add(tone(i % 3, 0.8));
            agent.add(silence(2.2));
            customer.add(silence(1.5));
            customer.add(tone((i + 1) % 3, 1.0));
            customer.add(silence(0.5));
        }
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
            double single = throughput(model, call, format, 1, 8);
            double dual = throughput(model, call, format, 2, 8);
            System.out.printf("Vosk throughput: 1 worker %.2f calls/s, 2 workers %.2f calls/s = %.2f× (target ≥ 1.7×)%n",
                    single, dual, dual / single);
        }
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
