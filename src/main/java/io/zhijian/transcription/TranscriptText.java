package io.zhijian.transcription;

import java.util.List;

/** How recognised words are written: Chinese without spaces (Vosk separates them), others with. */
public final class TranscriptText {

    private TranscriptText() {
    }

    public static String join(List<String> words, String language) {
        if (!"zh".equals(language)) {
            return String.join(" ", words);
        }
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String word : words) {
            // Latin words or numbers inside Chinese speech ("EMS 快递", "1 2 3") keep their space.
            if (previous != null && latin(previous.charAt(previous.length() - 1)) && latin(word.charAt(0))) {
                text.append(' ');
            }
            text.append(word);
            previous = word;
        }
        return text.toString();
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
