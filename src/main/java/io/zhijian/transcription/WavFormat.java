package io.zhijian.transcription;

/**
 * What a WAV (RIFF) recording holds: its encoding, layout and where the samples are in the file.
 *
 * @param dataOffset byte offset of the first sample frame
 * @param frames     whole sample frames present (one sample per channel each)
 */
public record WavFormat(Encoding encoding, int channels, int sampleRate, long dataOffset, long frames) {

    public enum Encoding {
        PCM_U8(1), PCM_S16(2), MU_LAW(1), A_LAW(1);

        final int bytesPerSample;

        Encoding(int bytesPerSample) {
            this.bytesPerSample = bytesPerSample;
        }
    }

    public int blockAlign() {
        return channels * encoding.bytesPerSample;
    }

    public double durationSeconds() {
        return (double) frames / sampleRate;
    }

    /** For people: "G.711 μ-law, 8000 Hz, stereo". */
    public String describe() {
        String name = switch (encoding) {
            case PCM_U8 -> "PCM 8-bit";
            case PCM_S16 -> "PCM 16-bit";
            case MU_LAW -> "G.711 μ-law";
            case A_LAW -> "G.711 A-law";
        };
        return name + ", " + sampleRate + " Hz, " + (channels == 1 ? "mono" : "stereo");
    }
}
