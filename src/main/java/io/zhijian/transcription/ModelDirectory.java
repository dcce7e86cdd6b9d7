package io.zhijian.transcription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Vosk model directory before native code sees it: Kaldi aborts the whole JVM on some
 * malformed models (an empty {@code model.conf}, for one), so only a directory with every file Vosk
 * needs is ever loaded.
 */
public final class ModelDirectory {

    private static final Pattern SAMPLE_RATE = Pattern.compile("^--sample-frequency=(\\d+)", Pattern.MULTILINE);
    private static final Pattern SILENCE_PHONES = Pattern.compile("^--endpoint\\.silence-phones=\\S+", Pattern.MULTILINE);

    private ModelDirectory() {
    }

    /** What is wrong with the directory, one English line each; empty if Vosk can load it. */
    public static List<String> problems(Path dir) {
        List<String> problems = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            problems.add("not a directory: " + dir);
            return problems;
        }
        requireFile(dir, "am/final.mdl", problems);
        requireFile(dir, "conf/mfcc.conf", problems);
        if (requireFile(dir, "conf/model.conf", problems)
                && !SILENCE_PHONES.matcher(read(dir.resolve("conf/model.conf"))).find()) {
            problems.add("conf/model.conf does not set --endpoint.silence-phones");
        }
        boolean fullGraph = nonEmpty(dir.resolve("graph/HCLG.fst"));
        boolean lookahead = nonEmpty(dir.resolve("graph/HCLr.fst")) && nonEmpty(dir.resolve("graph/Gr.fst"));
        if (!fullGraph && !lookahead) {
            problems.add("no decoding graph: graph/HCLG.fst, or graph/HCLr.fst with graph/Gr.fst");
        }
        if (fullGraph && !nonEmpty(dir.resolve("graph/words.txt"))) {
            problems.add("missing or empty: graph/words.txt");
        }
        return problems;
    }

    /** The model's audio sample rate from {@code conf/mfcc.conf} (Kaldi's default 16 kHz when unset). */
    public static int sampleRate(Path dir) {
        Matcher m = SAMPLE_RATE.matcher(read(dir.resolve("conf/mfcc.conf")));
        return m.find() ? Integer.parseInt(m.group(1)) : 16000;
    }

    private static boolean requireFile(Path dir, String file, List<String> problems) {
        if (nonEmpty(dir.resolve(file))) {
            return true;
        }
        problems.add("missing or empty: " + file);
        return false;
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
