package io.zhijian.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthesised recordings for transcription tests: tone "words" of {@link VoskTestModel} separated by
 * silence, written as WAV in the encodings telephony systems produce.
 */
public final class TestAudio {

    public enum Encoding { PCM16, PCM8, MULAW, ALAW }

    /** A stretch of one channel: a word's tone (word 0..2) or silence (word −1), in seconds. */
    public record Part(int word, double seconds) {
        public static Part tone(int word, double seconds) {
            return new Part(word, seconds);
        }

        public static Part silence(double seconds) {
            return new Part(-1, seconds);
        }

        /**
         * Silence of 0.3 s and one 8 kHz sample more at every call in this JVM: recordings that must differ (the app
         * refuses a second copy of the same audio) differ for certain, not by chance.
         */
        public static Part uniqueSilence() {
            return silence(0.3 + UNIQUE.incrementAndGet() / 8000.0);
        }

        private static final java.util.concurrent.atomic.AtomicInteger UNIQUE = new java.util.concurrent.atomic.AtomicInteger();
    }

    private TestAudio() {
    }

    /** One channel of 16-bit samples at {@code rate}: tones at amplitude 8000. */
    public static short[] channel(int rate, List<Part> parts) {
        List<Short> samples = new ArrayList<>();
        for (Part part : parts) {
            int n = (int) Math.round(part.seconds() * rate);
            for (int i = 0; i < n; i++) {
                double v = part.word() < 0 ? 0 : 8000 * Math.sin(2 * Math.PI * VoskTestModel.toneHz(part.word()) * i / rate);
                samples.add((short) Math.round(v));
            }
        }
        short[] out = new short[samples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples.get(i);
        }
        return out;
    }

    public static byte[] wav(int rate, Encoding encoding, short[]... channels) {
        int frames = 0;
        for (short[] c : channels) {
            frames = Math.max(frames, c.length);
        }
        int bytesPerSample = encoding == Encoding.PCM16 ? 2 : 1;
        ByteBuffer data = ByteBuffer.allocate(frames * channels.length * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (short[] c : channels) {
                short s = i < c.length ? c[i] : 0;
                switch (encoding) {
                    case PCM16 -> data.putShort(s);
                    case PCM8 -> data.put((byte) ((s >> 8) + 128));
                    case MULAW -> data.put(muLaw(s));
                    case ALAW -> data.put(aLaw(s));
                }
            }
        }
        int formatTag = switch (encoding) {
            case PCM16, PCM8 -> 1;
            case ALAW -> 6;
            case MULAW -> 7;
        };
        return riff(formatTag, channels.length, rate, bytesPerSample * 8, data.array());
    }

    public static byte[] riff(int formatTag, int channels, int rate, int bits, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) formatTag).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8))
                .putShort((short) bits);
        header.put("data".getBytes()).putInt(data.length);
        out.writeBytes(header.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** ITU-T G.711 μ-law encoder (the decoder under test is the application's). */
    static byte muLaw(short sample) {
        int s = sample;
        int sign = s < 0 ? 0x80 : 0;
        if (s < 0) {
            s = -s;
        }
        s = Math.min(s, 32635) + 0x84;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | exponent << 4 | mantissa);
    }

    /** ITU-T G.711 A-law encoder. */
    static byte aLaw(short sample) {
        int s = sample;
        int sign = s >= 0 ? 0x80 : 0;
        if (s < 0) {
            s = -s - 1;
        }
        s = Math.min(s, 32767);
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = exponent == 0 ? (s >> 4) & 0x0F : (s >> (exponent + 3)) & 0x0F;
        return (byte) ((sign | exponent << 4 | mantissa) ^ 0x55);
    }
}
