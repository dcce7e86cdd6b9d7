package io.zhijian.transcription;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Decodes a checked WAV recording block by block into one float channel per speaker (16-bit scale),
 * resampled to the target rate: the audio front end of transcription. Never holds the whole call.
 */
public final class AudioStream implements AutoCloseable {

    /** One block of audio: {@code channels[c]} at the target rate. */
    public record Block(float[][] channels, long framesRead) {
    }

    private final WavFormat format;
    private final FileChannel file;
    private final Resampler[] resamplers;
    private final ByteBuffer raw;
    private long framesRead;
    private boolean finished;

    public AudioStream(Path path, WavFormat format, int targetRate, int blockFrames) throws IOException {
        this.format = format;
        this.file = FileChannel.open(path, StandardOpenOption.READ);
        this.resamplers = new Resampler[format.channels()];
        for (int c = 0; c < resamplers.length; c++) {
            resamplers[c] = new Resampler(format.sampleRate(), targetRate);
        }
        this.raw = ByteBuffer.allocate(blockFrames * format.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
    }

    public WavFormat format() {
        return format;
    }

    /** The next block, or null after the last one (which carries the resamplers' tails). */
    public Block next() throws IOException {
        if (finished) {
            return null;
        }
        long remaining = format.frames() - framesRead;
        raw.clear();
        raw.limit((int) Math.min(raw.capacity(), remaining * format.blockAlign()));
        long position = format.dataOffset() + framesRead * format.blockAlign();
        while (raw.hasRemaining()) {
            int n = file.read(raw, position + raw.position());
            if (n < 0) {
                break;
            }
        }
        raw.flip();
        int frames = raw.remaining() / format.blockAlign();
        float[][] decoded = decode(frames);
        framesRead += frames;
        float[][] out = new float[format.channels()][];
        boolean last = frames == 0 || framesRead >= format.frames();
        for (int c = 0; c < out.length; c++) {
            float[] converted = resamplers[c].process(decoded[c], frames);
            out[c] = last ? concat(converted, resamplers[c].finish()) : converted;
        }
        finished = last;
        return new Block(out, framesRead);
    }

    private float[][] decode(int frames) {
        int channels = format.channels();
        float[][] out = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                out[c][i] = switch (format.encoding()) {
                    case PCM_S16 -> raw.getShort();
                    case PCM_U8 -> ((raw.get() & 0xFF) - 128) * 256f;
                    case MU_LAW -> G711.decodeMuLaw(raw.get());
                    case A_LAW -> G711.decodeALaw(raw.get());
                };
            }
        }
        return out;
    }

    /** Float samples on the 16-bit scale to clipped 16-bit integers. */
    public static short[] toPcm16(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            float v = Math.round(samples[i]);
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        if (b.length == 0) {
            return a;
        }
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
