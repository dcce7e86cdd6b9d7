package io.zhijian.autoqa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every occurrence of a set of phrases in one pass over a text (Aho–Corasick), so a scorecard with
 * dozens of phrases costs one scan per turn, not one per phrase. Hand-written: no maintained Aho–Corasick
 * library is available here, and the automaton is small (AutoQaBench measures the rules per call).
 *
 * <p>Texts and phrases are compared {@linkplain #normalize normalized}: lower case, no spaces next to
 * Chinese characters (Vosk puts one between Chinese words), other runs of spaces as one. A phrase that
 * starts or ends with a Latin letter or digit matches only at a word boundary there ("no" is not in "know").
 */
final class PhraseMatcher {

    /** An occurrence of phrase {@code phrase} at {@code [start, end)} of the normalized text. */
    record Match(int phrase, int start, int end) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private int[] fail;
    private final int[] lengths;
    private final boolean[] boundedStart;
    private final boolean[] boundedEnd;

    PhraseMatcher(List<String> phrases) {
        lengths = new int[phrases.size()];
        boundedStart = new boolean[phrases.size()];
        boundedEnd = new boolean[phrases.size()];
        next.add(new HashMap<>());
        outputs.add(new int[0]);
        for (int p = 0; p < phrases.size(); p++) {
            String phrase = normalize(phrases.get(p));
            lengths[p] = phrase.length();
            if (phrase.isEmpty()) {
                continue;
            }
            boundedStart[p] = latin(phrase.charAt(0));
            boundedEnd[p] = latin(phrase.charAt(phrase.length() - 1));
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer to = next.get(state).get(phrase.charAt(i));
                if (to == null) {
                    to = next.size();
                    next.get(state).put(phrase.charAt(i), to);
                    next.add(new HashMap<>());
                    outputs.add(new int[0]);
                }
                state = to;
            }
            outputs.set(state, append(outputs.get(state), p));
        }
        link();
    }

    /** Failure links breadth first; each state's outputs include those of its failure chain. */
    private void link() {
        fail = new int[next.size()];
        int[] queue = new int[next.size()];
        int head = 0;
        int tail = 0;
        for (int child : next.get(0).values()) {
            queue[tail++] = child;
        }
        while (head < tail) {
            int state = queue[head++];
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail[state];
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(edge.getKey());
                fail[child] = target == null || target == child ? 0 : target;
                int[] inherited = outputs.get(fail[child]);
                if (inherited.length > 0) {
                    int[] own = outputs.get(child);
                    int[] both = Arrays.copyOf(own, own.length + inherited.length);
                    System.arraycopy(inherited, 0, both, own.length, inherited.length);
                    outputs.set(child, both);
                }
                queue[tail++] = child;
            }
        }
    }

    /** Every match in an already {@linkplain #normalize normalized} text, in order of their end. */
    void find(String text, List<Match> into) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer to;
            while ((to = next.get(state).get(c)) == null && state != 0) {
                state = fail[state];
            }
            state = to == null ? 0 : to;
            for (int phrase : outputs.get(state)) {
                int start = i + 1 - lengths[phrase];
                if (boundedStart[phrase] && start > 0 && latin(text.charAt(start - 1))
                        || boundedEnd[phrase] && i + 1 < text.length() && latin(text.charAt(i + 1))) {
                    continue;
                }
                into.add(new Match(phrase, start, i + 1));
            }
        }
    }

    /** Lower case; spaces next to a CJK character dropped; other whitespace runs as one space; trimmed. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace && !cjk(c) && !cjk(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    static boolean cjk(char c) {
        return c >= 0x2E80;
    }

    private static int[] append(int[] values, int value) {
        int[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }
}
