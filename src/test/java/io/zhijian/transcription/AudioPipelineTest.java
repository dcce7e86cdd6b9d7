package io.zhijian.transcription;

import io.zhijian.support.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.zhijian.support.TestAudio.Part.silence;
import static io.zhijian.support.TestAudio.Part.tone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audio front end: WAV header checks, G.711 decoding, band-limited resampling. */
class AudioPipelineTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "audio", ".wav");
        Files.write(file, bytes);
        return file;
    }

    private InvalidAudio.Reason refusal(byte[] bytes) throws IOException {
        Path file = file(bytes);
        return assertThrows(InvalidAudio.class, () -> WavReader.read(file)).reason();
    }

    @Test
    void g711DecodesTheStandardCodes() {
        assertEquals(0, G711.decodeMuLaw((byte) 0xFF));
        assertEquals(-32124, G711.decodeMuLaw((byte) 0x00));
        assertEquals(32124, G711.decodeMuLaw((byte) 0x80));
        assertEquals(8, G711.decodeALaw((byte) 0xD5));
        assertEquals(-8, G711.decodeALaw((byte) 0x55));
        assertEquals(32256, G711.decodeALaw((byte) 0xAA));
        assertEquals(-32256, G711.decodeALaw((byte) 0x2A));
    }

    @ParameterizedTest
    @CsvSource({"PCM16,8000,1", "PCM16,44100,2", "PCM8,11025,1", "MULAW,8000,2", "ALAW,8000,1", "PCM16,48000,1"})
    void readsEverySupportedLayout(TestAudio.Encoding encoding, int rate, int channels) throws Exception {
        short[] tone = TestAudio.channel(rate, List.of(tone(0, 0.5)));
        short[][] all = new short[channels][];
        Arrays.fill(all, tone);
        WavFormat format = WavReader.read(file(TestAudio.wav(rate, encoding, all)));
        assertEquals(channels, format.channels());
        assertEquals(rate, format.sampleRate());
        assertEquals(tone.length, format.frames());
        assertEquals(0.5, format.durationSeconds(), 1.0 / rate);
    }

    @Test
    void refusesWhatItCannotDecodeWithAReason() throws Exception {
        assertEquals(InvalidAudio.Reason.EMPTY, refusal(new byte[0]));
        assertEquals(InvalidAudio.Reason.MP3, refusal("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000".getBytes()));
        assertEquals(InvalidAudio.Reason.MP3, refusal(new byte[]{(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0}));
        assertEquals(InvalidAudio.Reason.NOT_WAV, refusal("hello, this is text".getBytes()));
        assertEquals(InvalidAudio.Reason.NOT_WAV, refusal("RIFF".getBytes()));
        byte[] good = TestAudio.wav(8000, TestAudio.Encoding.PCM16, TestAudio.channel(8000, List.of(tone(0, 1))));
        assertEquals(InvalidAudio.Reason.TRUNCATED, refusal(Arrays.copyOf(good, 1000)));
        assertEquals(InvalidAudio.Reason.BAD_HEADER, refusal(Arrays.copyOf(good, 30)));
        assertEquals(InvalidAudio.Reason.EMPTY, refusal(TestAudio.riff(1, 1, 8000, 16, new byte[0])));
        assertEquals(InvalidAudio.Reason.UNSUPPORTED_ENCODING, refusal(TestAudio.riff(3, 1, 8000, 32, new byte[64])));
        assertEquals(InvalidAudio.Reason.UNSUPPORTED_ENCODING, refusal(TestAudio.riff(1, 1, 8000, 24, new byte[60])));
        assertEquals(InvalidAudio.Reason.UNSUPPORTED_CHANNELS, refusal(TestAudio.riff(1, 7, 8000, 16, new byte[140])));
        assertEquals(InvalidAudio.Reason.UNSUPPORTED_RATE, refusal(TestAudio.riff(1, 1, 7, 16, new byte[64])));
        assertEquals(InvalidAudio.Reason.UNSUPPORTED_RATE, refusal(TestAudio.riff(1, 1, Integer.MAX_VALUE, 16, new byte[64])));
        byte[] inconsistent = good.clone();
        inconsistent[32] = 7; // block align
        assertEquals(InvalidAudio.Reason.BAD_HEADER, refusal(inconsistent));
    }

    @Test
    void aStreamingWriterSizePlaceholderMeansToTheEndOfTheFile() throws Exception {
        byte[] wav = TestAudio.wav(8000, TestAudio.Encoding.MULAW, TestAudio.channel(8000, List.of(tone(1, 0.25))));
        for (int i = 40; i < 44; i++) {
            wav[i] = (byte) 0xFF;
        }
        assertEquals(2000, WavReader.read(file(wav)).frames());
    }

    /** Amplitude and frequency (zero crossings) of a resampled sine. */
    private static double[] measure(float[] samples, int rate) {
        double peak = 0;
        int crossings = 0;
        int skip = samples.length / 10;
        for (int i = skip; i < samples.length - skip; i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                crossings++;
            }
        }
        return new double[]{peak, crossings * (double) rate / (samples.length - 2 * skip)};
    }

    private static float[] sine(int rate, double hz, double seconds, double amplitude) {
        float[] out = new float[(int) (rate * seconds)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    private static float[] resample(float[] in, int from, int to, int block) {
        Resampler r = new Resampler(from, to);
        float[] out = new float[0];
        for (int i = 0; i < in.length; i += block) {
            int n = Math.min(block, in.length - i);
            out = concat(out, r.process(Arrays.copyOfRange(in, i, i + n), n));
        }
        return concat(out, r.finish());
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @CsvSource({"8000,16000,1000", "11025,16000,1500", "22050,16000,3000", "44100,16000,2000", "48000,16000,440",
            "16000,8000,1000", "16000,16000,1000"})
    void resamplingKeepsLengthAmplitudeAndPitch(int from, int to, double hz) {
        float[] out = resample(sine(from, hz, 1.0, 10000), from, to, 997);
        assertEquals(to, out.length, 1);
        double[] m = measure(out, to);
        assertEquals(10000, m[0], 150, "amplitude");
        assertEquals(hz, m[1], hz * 0.01 + 2, "frequency");
    }

    @Test
    void downsamplingRemovesWhatWouldAliasInsteadOfFoldingIt() {
        // 10 kHz cannot exist at 16 kHz; dropping samples would fold it to 6 kHz at full strength.
        float[] out = resample(sine(48000, 10000, 1.0, 10000), 48000, 16000, 4096);
        assertTrue(measure(out, 16000)[0] < 10000 * 0.01, "attenuated by more than 40 dB");
        float[] naive = new float[16000];
        float[] in = sine(48000, 10000, 1.0, 10000);
        for (int i = 0; i < naive.length; i++) {
            naive[i] = in[i * 3];
        }
        assertTrue(measure(naive, 16000)[0] > 9000, "the naive way keeps the alias");
    }

    @Test
    void blockSizeDoesNotChangeTheResult() {
        float[] in = sine(8000, 700, 0.7, 8000);
        assertArrayEquals(resample(in, 8000, 16000, in.length), resample(in, 8000, 16000, 13), 0.01f);
        assertArrayEquals(resample(in, 8000, 16000, 1), resample(in, 8000, 16000, 4000), 0.01f);
    }

    @Test
    void theStreamDecodesAndSplitsChannels() throws Exception {
        short[] left = TestAudio.channel(8000, List.of(tone(0, 0.5)));
        short[] right = TestAudio.channel(8000, List.of(silence(0.5)));
        Path file = file(TestAudio.wav(8000, TestAudio.Encoding.ALAW, left, right));
        WavFormat format = WavReader.read(file);
        float[] l = new float[0];
        float[] r = new float[0];
        try (AudioStream stream = new AudioStream(file, format, 16000, 1000)) {
            for (AudioStream.Block b; (b = stream.next()) != null; ) {
                l = concat(l, b.channels()[0]);
                r = concat(r, b.channels()[1]);
            }
        }
        assertEquals(8000, l.length);
        assertEquals(8000, r.length);
        assertEquals(8000, measure(l, 16000)[0], 400);
        assertEquals(io.zhijian.support.VoskTestModel.toneHz(0), measure(l, 16000)[1], 5);
        assertEquals(0, measure(r, 16000)[0], 20);
    }
}
