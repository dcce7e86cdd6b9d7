package io.zhijian.transcription;

import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decodes one recording with Vosk: each channel gets its own {@link Recognizer} (stereo = agent and
 * customer), fed block by block from the audio front end; utterances Vosk ends at pauses become speaker
 * turns, merged into one timeline.
 */
public final class Transcriber {

    /** Told the share of audio decoded; returns false to stop (the job was cancelled or taken over). */
    public interface Progress {
        boolean at(double fraction);
    }

    public static final class Stopped extends Exception {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private static final double BLOCK_SECONDS = 0.5;

    private Transcriber() {
    }

    /**
     * @param agentChannel 0 (left) or 1 (right): which stereo channel is the agent
     */
    public static List<Segment> transcribe(Path audio, WavFormat format, Model model, int modelRate, int agentChannel,
                                    String language, Progress progress) throws IOException, Stopped {
        int channels = format.channels();
        Recognizer[] recognizers = new Recognizer[channels];
        List<Segment> segments = new ArrayList<>();
        try (AudioStream stream = new AudioStream(audio, format, modelRate,
                Math.max(1, (int) (format.sampleRate() * BLOCK_SECONDS)))) {
            for (int c = 0; c < channels; c++) {
                recognizers[c] = new Recognizer(model, modelRate);
                recognizers[c].setWords(true);
            }
            AudioStream.Block block;
            while ((block = stream.next()) != null) {
                for (int c = 0; c < channels; c++) {
                    short[] pcm = AudioStream.toPcm16(block.channels()[c]);
                    if (pcm.length > 0 && recognizers[c].acceptWaveForm(pcm, pcm.length)) {
                        add(segments, recognizers[c].getResult(), speaker(c, channels, agentChannel), language);
                    }
                }
                if (!progress.at((double) block.framesRead() / format.frames())) {
                    throw new Stopped();
                }
            }
            for (int c = 0; c < channels; c++) {
                add(segments, recognizers[c].getFinalResult(), speaker(c, channels, agentChannel), language);
            }
        } finally {
            for (Recognizer r : recognizers) {
                if (r != null) {
                    r.close();
                }
            }
        }
        segments.sort(Comparator.comparingDouble(Segment::start).thenComparing(Segment::speaker));
        return segments;
    }

    private static void add(List<Segment> segments, String json, Speaker speaker, String language) {
        List<TimedWord> words = VoskResult.words(json, 0);
        if (!words.isEmpty()) {
            segments.add(Segment.of(speaker, words, language));
        }
    }

    private static Speaker speaker(int channel, int channels, int agentChannel) {
        if (channels == 1) {
            return Speaker.UNKNOWN;
        }
        return channel == agentChannel ? Speaker.AGENT : Speaker.CUSTOMER;
    }
}
