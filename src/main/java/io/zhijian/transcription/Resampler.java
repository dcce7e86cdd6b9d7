package io.zhijian.transcription;

import java.util.Arrays;

/**
 * Band-limited sample-rate conversion by a rational factor (polyphase windowed sinc, Kaiser window):
 * the low-pass filter sits just below the lower of the two Nyquist frequencies, so downsampling does not
 * alias and upsampling does not image. Streaming: feed blocks, call {@link #finish()} at the end.
 */
public final class Resampler {

    private static final int ZERO_CROSSINGS = 16;
    private static final double ROLLOFF = 0.94;
    private static final double KAISER_BETA = 8.0;

    private final int up;
    private final int down;
    private final int half;
    /** taps[phase][k] weighs input sample (i − half + 1 + k) for an output at input time i + phase/up. */
    private final float[][] taps;

    private float[] buffer = new float[0];
    private int buffered;
    /** Absolute input index of buffer[0]. */
    private long bufferStart;
    private long received;
    private long nextOut;

    public Resampler(int fromRate, int toRate) {
        int g = gcd(fromRate, toRate);
        up = toRate / g;
        down = fromRate / g;
        double cutoff = Math.min(1.0, (double) up / down) * ROLLOFF;
        half = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        taps = new float[up][2 * half];
        for (int p = 0; p < up; p++) {
            double sum = 0;
            double[] row = new double[2 * half];
            for (int k = 0; k < 2 * half; k++) {
                double x = (double) p / up + half - 1 - k;
                row[k] = cutoff * sinc(cutoff * x) * kaiser(x / half);
                sum += row[k];
            }
            for (int k = 0; k < 2 * half; k++) {
                taps[p][k] = (float) (row[k] / sum);
            }
        }
    }

    public boolean identity() {
        return up == down;
    }

    /** Converts the next {@code n} input samples; returns the outputs they complete (maybe none). */
    public float[] process(float[] input, int n) {
        if (identity()) {
            return Arrays.copyOf(input, n);
        }
        append(input, n);
        return produce(false);
    }

    /** The remaining outputs, as if the input were followed by silence. */
    public float[] finish() {
        return identity() ? new float[0] : produce(true);
    }

    private void append(float[] input, int n) {
        if (buffered + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffered + n, buffer.length * 2));
        }
        System.arraycopy(input, 0, buffer, buffered, n);
        buffered += n;
        received += n;
    }

    private float[] produce(boolean last) {
        long total = last ? ceilDiv(received * up, down) : Long.MAX_VALUE;
        float[] out = new float[16 + (int) Math.min(1 << 24, (long) buffered * up / down)];
        int produced = 0;
        while (nextOut < total) {
            long position = nextOut * down;
            long i = position / up;
            int phase = (int) (position % up);
            if (!last && i + half >= received) {
                break;
            }
            float[] h = taps[phase];
            long first = i - half + 1;
            double sum = 0;
            int offset = (int) (first - bufferStart);
            if (first >= 0 && i + half < received) {
                for (int k = 0; k < h.length; k++) {
                    sum += h[k] * buffer[offset + k];
                }
            } else {
                for (int k = 0; k < h.length; k++) {
                    long j = first + k;
                    if (j >= 0 && j < received) {
                        sum += h[k] * buffer[(int) (j - bufferStart)];
                    }
                }
            }
            if (produced == out.length) {
                out = Arrays.copyOf(out, out.length * 2 + 16);
            }
            out[produced++] = (float) sum;
            nextOut++;
        }
        discardBefore(nextOut * down / up - half + 1);
        return produced == out.length ? out : Arrays.copyOf(out, produced);
    }

    /** Drops input no future output needs. */
    private void discardBefore(long index) {
        int drop = (int) Math.min(buffered, Math.max(0, index - bufferStart));
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
            buffered -= drop;
            bufferStart += drop;
        }
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        if (Math.abs(x) > 1) {
            return 0;
        }
        return bessel0(KAISER_BETA * Math.sqrt(1 - x * x)) / bessel0(KAISER_BETA);
    }

    /** Modified Bessel function of the first kind, order 0 (power series). */
    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
