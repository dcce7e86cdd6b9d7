package io.zhijian.interaction;

import io.zhijian.transcription.AudioStream;
import io.zhijian.transcription.InvalidAudio;
import io.zhijian.transcription.WavFormat;
import io.zhijian.transcription.WavReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves recordings to the page's audio player: telephony encodings (μ-law, A-law, 8-bit) are not played
 * by every browser, so those are converted once to 16-bit PCM beside the original; byte ranges make
 * seeking (clicking a word) work.
 */
@ApplicationScoped
public class CallAudio {

    @Inject
    RecordingStore recordings;

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    /** An open-ended range is answered with at most this much, as HTTP allows. */
    private static final long MAX_CHUNK = 2 * 1024 * 1024;

    Response playable(Path original, String range) {
        Path file = playableFile(original);
        try {
            long size = Files.size(file);
            Matcher m = range == null ? null : RANGE.matcher(range.trim());
            if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
                if (size <= MAX_CHUNK) {
                    return Response.ok(Files.readAllBytes(file), "audio/wav").header("Accept-Ranges", "bytes").build();
                }
                return partial(file, 0, MAX_CHUNK - 1, size);
            }
            long start;
            long end;
            if (m.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(m.group(2)));
                end = size - 1;
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? Math.min(size - 1, start + MAX_CHUNK - 1)
                        : Math.min(size - 1, Long.parseLong(m.group(2)));
            }
            if (start >= size || start > end) {
                return Response.status(416).header("Content-Range", "bytes */" + size).build();
            }
            return partial(file, start, Math.min(end, start + MAX_CHUNK - 1), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response partial(Path file, long start, long end, long size) throws IOException {
        byte[] bytes = new byte[(int) (end - start + 1)];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(start);
            in.readFully(bytes);
        }
        return Response.status(206).entity(bytes).type("audio/wav").header("Accept-Ranges", "bytes")
                .header("Content-Range", "bytes " + start + "-" + end + "/" + size).build();
    }

    /** The original when browsers play it, else its 16-bit PCM copy (made once, in the recording store). */
    private Path playableFile(Path original) {
        try {
            WavFormat format = WavReader.read(original);
            if (format.encoding() == WavFormat.Encoding.PCM_S16) {
                return original;
            }
            return recordings.derived(original, "pcm16.wav", target -> writePcm16(original, format, target));
        } catch (InvalidAudio e) {
            throw e.toProblem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePcm16(Path original, WavFormat format, Path target) throws IOException {
        long dataBytes = format.frames() * format.channels() * 2;
        try (AudioStream in = new AudioStream(original, format, format.sampleRate(), 1 << 15);
             OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            header.put("RIFF".getBytes()).putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes)).put("WAVE".getBytes())
                    .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) format.channels())
                    .putInt(format.sampleRate()).putInt(format.sampleRate() * format.channels() * 2)
                    .putShort((short) (format.channels() * 2)).putShort((short) 16)
                    .put("data".getBytes()).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
            out.write(header.array());
            AudioStream.Block block;
            while ((block = in.next()) != null) {
                int frames = block.channels()[0].length;
                ByteBuffer data = ByteBuffer.allocate(frames * format.channels() * 2).order(ByteOrder.LITTLE_ENDIAN);
                short[][] pcm = new short[format.channels()][];
                for (int c = 0; c < pcm.length; c++) {
                    pcm[c] = AudioStream.toPcm16(block.channels()[c]);
                }
                for (int i = 0; i < frames; i++) {
                    for (short[] channel : pcm) {
                        data.putShort(channel[i]);
                    }
                }
                out.write(data.array());
            }
        }
    }
}
