package io.zhijian.transcription;

/** ITU-T G.711 decoding: μ-law and A-law bytes to 16-bit linear samples, by lookup. */
final class G711 {

    private static final short[] MU_LAW = new short[256];
    private static final short[] A_LAW = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            MU_LAW[i] = muLaw(i);
            A_LAW[i] = aLaw(i);
        }
    }

    private G711() {
    }

    static short decodeMuLaw(byte b) {
        return MU_LAW[b & 0xFF];
    }

    static short decodeALaw(byte b) {
        return A_LAW[b & 0xFF];
    }

    private static short muLaw(int code) {
        int u = ~code & 0xFF;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    private static short aLaw(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        if (segment == 0) {
            t += 8;
        } else {
            t += 0x108;
            t <<= segment - 1;
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }
}
