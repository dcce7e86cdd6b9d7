package io.zhijian.transcription;

import io.zhijian.transcription.InvalidAudio.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Reads the header of a WAV (RIFF) recording and checks it describes audio the pipeline can decode:
 * PCM 8/16-bit or G.711 μ-law/A-law, mono or stereo, at a common telephony or studio rate, with the
 * declared samples actually present. Everything else is refused with a reason a person can act on.
 */
public final class WavReader {

    static final Set<Integer> RATES = Set.of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000);

    private static final int TAG_PCM = 1;
    private static final int TAG_A_LAW = 6;
    private static final int TAG_MU_LAW = 7;
    private static final int TAG_EXTENSIBLE = 0xFFFE;
    /** RIFF writers that stream (telephony recorders among them) leave this in the size fields. */
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;

    private WavReader() {
    }

    public static WavFormat read(Path file) throws IOException, InvalidAudio {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, channel.size());
        }
    }

    static WavFormat read(FileChannel channel, long size) throws IOException, InvalidAudio {
        if (size == 0) {
            throw InvalidAudio.of(Reason.EMPTY, TranscriptionTexts.text(m -> m.audioEmpty()));
        }
        ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, head, 0);
        head.flip();
        if (head.remaining() < 12 || !tag(head, 0).equals("RIFF") || !tag(head, 8).equals("WAVE")) {
            if (looksLikeMp3(head)) {
                throw InvalidAudio.of(Reason.MP3, TranscriptionTexts.text(m -> m.audioMp3()));
            }
            throw InvalidAudio.of(Reason.NOT_WAV, TranscriptionTexts.text(m -> m.audioNotWav()));
        }
        long position = 12;
        ByteBuffer fmt = null;
        ByteBuffer chunkHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (position + 8 <= size) {
            chunkHeader.clear();
            readFully(channel, chunkHeader, position);
            chunkHeader.flip();
            String id = tag(chunkHeader, 0);
            long length = Integer.toUnsignedLong(chunkHeader.getInt(4));
            long body = position + 8;
            if (id.equals("fmt ")) {
                if (length < 16 || length > 1024 || body + length > size) {
                    throw InvalidAudio.of(Reason.BAD_HEADER, TranscriptionTexts.text(m -> m.audioBadFormatChunk()));
                }
                fmt = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
                readFully(channel, fmt, body);
                fmt.flip();
            } else if (id.equals("data")) {
                if (fmt == null) {
                    throw InvalidAudio.of(Reason.BAD_HEADER, TranscriptionTexts.text(m -> m.audioDataBeforeFormat()));
                }
                return format(fmt, body, length, size - body);
            }
            if (body + length > size) {
                break;
            }
            position = body + length + (length & 1);
        }
        throw fmt == null ? InvalidAudio.of(Reason.BAD_HEADER, TranscriptionTexts.text(m -> m.audioNoFormat()))
                : InvalidAudio.of(Reason.TRUNCATED, TranscriptionTexts.text(m -> m.audioNoData()));
    }

    private static WavFormat format(ByteBuffer fmt, long dataOffset, long declared, long available) throws InvalidAudio {
        int tag = Short.toUnsignedInt(fmt.getShort(0));
        int channels = Short.toUnsignedInt(fmt.getShort(2));
        long rate = Integer.toUnsignedLong(fmt.getInt(4));
        long byteRate = Integer.toUnsignedLong(fmt.getInt(8));
        int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
        int bits = Short.toUnsignedInt(fmt.getShort(14));
        if (tag == TAG_EXTENSIBLE) {
            if (fmt.limit() < 40) {
                throw InvalidAudio.of(Reason.BAD_HEADER, TranscriptionTexts.text(m -> m.audioBadFormatChunk()));
            }
            tag = Short.toUnsignedInt(fmt.getShort(24));
        }
        WavFormat.Encoding encoding = switch (tag) {
            case TAG_PCM -> bits == 8 ? WavFormat.Encoding.PCM_U8 : bits == 16 ? WavFormat.Encoding.PCM_S16 : null;
            case TAG_MU_LAW -> bits == 8 ? WavFormat.Encoding.MU_LAW : null;
            case TAG_A_LAW -> bits == 8 ? WavFormat.Encoding.A_LAW : null;
            default -> null;
        };
        if (encoding == null) {
            int t = tag;
            throw InvalidAudio.of(Reason.UNSUPPORTED_ENCODING, TranscriptionTexts.text(m -> m.audioUnsupportedEncoding(t, bits)));
        }
        if (channels != 1 && channels != 2) {
            throw InvalidAudio.of(Reason.UNSUPPORTED_CHANNELS, TranscriptionTexts.text(m -> m.audioUnsupportedChannels(channels)));
        }
        if (!RATES.contains((int) Math.min(rate, Integer.MAX_VALUE))) {
            throw InvalidAudio.of(Reason.UNSUPPORTED_RATE, TranscriptionTexts.text(m -> m.audioUnsupportedRate(rate)));
        }
        int frameBytes = channels * encoding.bytesPerSample;
        if (blockAlign != frameBytes || byteRate != rate * frameBytes) {
            throw InvalidAudio.of(Reason.BAD_HEADER, TranscriptionTexts.text(m -> m.audioInconsistentHeader()));
        }
        long length = declared == UNKNOWN_SIZE || declared == 0 && available > 0 ? available : declared;
        if (length > available) {
            throw InvalidAudio.of(Reason.TRUNCATED, TranscriptionTexts.text(m -> m.audioTruncated(declared, available)));
        }
        long frames = length / frameBytes;
        if (frames == 0) {
            throw InvalidAudio.of(Reason.EMPTY, TranscriptionTexts.text(m -> m.audioEmpty()));
        }
        return new WavFormat(encoding, channels, (int) rate, dataOffset, frames);
    }

    private static boolean looksLikeMp3(ByteBuffer head) {
        if (head.remaining() >= 3 && head.get(0) == 'I' && head.get(1) == 'D' && head.get(2) == '3') {
            return true;
        }
        return head.remaining() >= 2 && (head.get(0) & 0xFF) == 0xFF && (head.get(1) & 0xE0) == 0xE0;
    }

    private static String tag(ByteBuffer b, int at) {
        if (b.limit() < at + 4) {
            return "";
        }
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xFF);
        }
        return new String(c);
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                return;
            }
            at += n;
        }
    }
}
