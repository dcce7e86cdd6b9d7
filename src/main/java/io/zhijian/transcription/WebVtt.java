package io.zhijian.transcription;

import java.util.List;
import java.util.Locale;

/** WebVTT captions of a transcript for the audio player: one cue per turn, voice-tagged by speaker. */
public final class WebVtt {

    private WebVtt() {
    }

    public static String of(List<Segment> segments) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        int n = 1;
        for (Segment s : segments) {
            vtt.append('\n').append(n++).append('\n').append(time(s.start())).append(" --> ").append(time(s.end()))
                    .append('\n').append("<v ").append(s.speaker().name()).append('>').append(escape(s.text())).append('\n');
        }
        return vtt.toString();
    }

    static String time(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String escape(String text) {
        // A cue payload may not contain "-->" and treats & < > as markup.
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
