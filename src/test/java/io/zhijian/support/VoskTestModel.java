package io.zhijian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a tiny but real Vosk model (Kaldi text acoustic model + OpenFst graph) that recognises three
 * sine-tone "words": the first word is a low tone, the second a middle one, the third a high one (see
 * {@link #toneHz}). Lets tests drive libvosk end to end without a downloadable model.
 */
public final class VoskTestModel {

    /**
     * Tone frequencies that decode as word 0, 1, 2 with either model rate, from every supported encoding
     * and sample rate (measured: G.711 noise at 8 kHz moves other tones across the hand-set centroids).
     */
    public static final double[] TONE_HZ = {200, 800, 2000};

    /** Nearest-centroid MFCC (c1, c2, c3) of each tone, measured on the tones above. */
    private static final double[][] CENTROIDS = {{47, 62, -10}, {20, -56, -93}, {-40, -51, 85}};

    public static final List<String> ENGLISH = List.of("alpha", "bravo", "charlie");
    public static final List<String> CHINESE = List.of("您好", "快递", "投诉");

    private VoskTestModel() {
    }

    public static double toneHz(int word) {
        return TONE_HZ[word];
    }

    /** Writes the model for these three words into {@code dir} (created) and returns it. */
    /** An 8 kHz (telephony) model: 8 kHz calls go straight in, others are resampled down. */
    public static Path build(Path dir, List<String> words) {
        return build(dir, words, 8000);
    }

    /** The model for audio at {@code sampleRate} (what its MFCC front end expects). */
    public static Path build(Path dir, List<String> words, int sampleRate) {
        if (words.size() != 3) {
            throw new IllegalArgumentException("the test model has exactly three words");
        }
        try {
            Files.createDirectories(dir.resolve("am"));
            Files.createDirectories(dir.resolve("conf"));
            Files.createDirectories(dir.resolve("graph/phones"));
            Files.writeString(dir.resolve("am/final.mdl"), acousticModel());
            Files.writeString(dir.resolve("conf/mfcc.conf"), String.join("\n", "--sample-frequency=" + sampleRate,
                    "--use-energy=true", "--num-ceps=13", "--num-mel-bins=23", "--dither=0", ""));
            Files.writeString(dir.resolve("conf/model.conf"), String.join("\n", "--min-active=200",
                    "--max-active=3000", "--beam=10.0", "--lattice-beam=4.0", "--acoustic-scale=1.0",
                    "--frame-subsampling-factor=3", "--endpoint.silence-phones=1",
                    "--endpoint.rule2.min-trailing-silence=0.5", "--endpoint.rule3.min-trailing-silence=1.0",
                    "--endpoint.rule4.min-trailing-silence=2.0", ""));
            StringBuilder symbols = new StringBuilder("<eps> 0\n");
            for (int i = 0; i < words.size(); i++) {
                symbols.append(words.get(i)).append(' ').append(i + 1).append('\n');
            }
            Files.writeString(dir.resolve("graph/words.txt"), symbols, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("graph/phones/word_boundary.int"),
                    "1 nonword\n2 singleton\n3 singleton\n4 singleton\n");
            Files.write(dir.resolve("graph/HCLG.fst"), graph());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Phone 1 = silence (one emitting state), phones 2–4 = the words (three emitting states, one pdf each). */
    private static String acousticModel() {
        StringBuilder m = new StringBuilder("<TransitionModel> <Topology> \n");
        m.append("<TopologyEntry> <ForPhones> 1 </ForPhones> <State> 0 <PdfClass> 0 <Transition> 0 0.5 ")
                .append("<Transition> 1 0.5 </State> <State> 1 </State> </TopologyEntry> \n");
        m.append("<TopologyEntry> <ForPhones> 2 3 4 </ForPhones> ");
        for (int s = 0; s < 3; s++) {
            m.append("<State> ").append(s).append(" <PdfClass> 0 <Transition> ").append(s).append(" 0.5 <Transition> ")
                    .append(s + 1).append(" 0.5 </State> ");
        }
        m.append("<State> 3 </State> </TopologyEntry> \n</Topology> \n");
        m.append("<Triples> 10 \n1 0 0 \n");
        for (int phone = 2; phone <= 4; phone++) {
            for (int s = 0; s < 3; s++) {
                m.append(phone).append(' ').append(s).append(' ').append(phone - 1).append(" \n");
            }
        }
        m.append("</Triples> \n<LogProbs> [ 0");
        for (int t = 0; t < 20; t++) {
            m.append(' ').append(num(Math.log(0.5)));
        }
        m.append(" ] \n</LogProbs> \n</TransitionModel> \n");
        m.append("<Nnet3> \ninput-node name=input dim=13\n")
                .append("component-node name=affine1 component=affine1 input=input\n")
                .append("component-node name=logsm component=logsm input=affine1\n")
                .append("output-node name=output input=logsm objective=linear\n\n")
                .append("<NumComponents> 2 \n");
        m.append("<ComponentName> affine1 <AffineComponent> <LearningRate> 0.001 <LinearParams> [ \n");
        double[][] rows = new double[4][13];
        double[] bias = new double[4];
        rows[0][0] = -1;
        bias[0] = 16;
        for (int w = 0; w < 3; w++) {
            rows[w + 1][0] = 1;
            double norm = 0;
            for (int c = 0; c < 3; c++) {
                rows[w + 1][c + 1] = 0.002 * CENTROIDS[w][c];
                norm += CENTROIDS[w][c] * CENTROIDS[w][c];
            }
            bias[w + 1] = -16 - 0.001 * norm;
        }
        for (int r = 0; r < 4; r++) {
            m.append(' ');
            for (double v : rows[r]) {
                m.append(' ').append(num(v));
            }
            m.append(r == 3 ? " ] \n" : " \n");
        }
        m.append("<BiasParams> [");
        for (double b : bias) {
            m.append(' ').append(num(b));
        }
        m.append(" ] \n</AffineComponent> \n");
        m.append("<ComponentName> logsm <LogSoftmaxComponent> <Dim> 4 <ValueAvg> [ ] <DerivAvg> [ ] <Count> 0 ")
                .append("<NumDimsSelfRepaired> 0 <NumDimsProcessed> 0 </LogSoftmaxComponent> \n</Nnet3> \n");
        m.append("<LeftContext> 0 <RightContext> 0 <Priors> [ ] \n");
        return m.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private record Arc(int from, int in, int out, float cost, int to) {
    }

    /**
     * HCLG: state 0 starts and ends; each phone is a chain of its HMM states, entered by an epsilon arc
     * (carrying the word and its insertion cost), each with its self-loop, left by the forward transitions;
     * the last forward transition returns to 0. Transition ids: triple k has self-loop 2k−1, forward 2k.
     */
    private static byte[] graph() {
        List<Arc> arcs = new ArrayList<>();
        int states = 1;
        int triple = 1;
        for (int phone = 1; phone <= 4; phone++) {
            int hmmStates = phone == 1 ? 1 : 3;
            int first = states;
            arcs.add(new Arc(0, 0, phone == 1 ? 0 : phone - 1, phone == 1 ? 0f : 5f, first));
            for (int s = 0; s < hmmStates; s++, triple++) {
                int state = first + s;
                arcs.add(new Arc(state, 2 * triple - 1, 0, 0f, state));
                arcs.add(new Arc(state, 2 * triple, 0, 0f, s == hmmStates - 1 ? 0 : state + 1));
            }
            states += hmmStates;
        }
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(2125659606);
        putString(b, "vector");
        putString(b, "standard");
        b.putInt(2).putInt(0).putLong(3).putLong(0).putLong(states).putLong(arcs.size());
        for (int s = 0; s < states; s++) {
            int state = s;
            List<Arc> out = arcs.stream().filter(a -> a.from() == state).toList();
            b.putFloat(s == 0 ? 0f : Float.POSITIVE_INFINITY).putLong(out.size());
            for (Arc a : out) {
                b.putInt(a.in()).putInt(a.out()).putFloat(a.cost()).putInt(a.to());
            }
        }
        byte[] bytes = new byte[b.position()];
        b.flip().get(bytes);
        return bytes;
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        b.putInt(bytes.length).put(bytes);
    }
}
