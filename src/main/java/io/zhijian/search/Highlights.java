package io.zhijian.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Marks what a query looks for in a text the index no longer holds (snippets are cut from the database's
 * turns and tickets). Chinese words and character pairs are found as they stand in the text, spaces between
 * words ignored (Vosk writes "快递 员", a query may say "快递员"); English words are found by their stems.
 * Words under NOT are not marked. Output is HTML-escaped text with {@code <mark>} around the matches.
 * Not Lucene's highlighters (the dependency is gone): they mark the analyser's tokens at their offsets, so a word
 * Vosk split with a space ("快递 员") is not marked for the query "快递员", and they want the text re-analysed per hit.
 */
final class Highlights {

    /** Words and patterns per field, as the query has them after analysis. */
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();

    private Highlights() {
    }

    static Highlights of(Query query) {
        Highlights h = new Highlights();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    h.words.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                h.patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return h;
    }

    /** A text with its matches: how many words were found, and the marked HTML. */
    record Marked(int found, String html) {
    }

    /**
     * Marks a text in this language said by this side ({@code agent}: the agent's turns of a call; otherwise the
     * customer's turns or a ticket), cut to about {@code maxChars} around its first match.
     */
    Marked mark(String text, String language, boolean agent, int maxChars) {
        boolean[] marked = new boolean[text.length()];
        int found;
        if ("zh".equals(language)) {
            Set<String> chinese = new HashSet<>(words(SearchFields.wordsField("zh", agent)));
            chinese.addAll(words(agent ? SearchFields.AGENT_ZH_BIGRAMS : SearchFields.ZH_BIGRAMS));
            found = markSubstrings(text, chinese, marked)
                    + markTokens(text, SearchFields.wordsField("zh", agent), Set.of(), marked);
        } else {
            String field = SearchFields.wordsField("en", agent);
            found = markTokens(text, field, words(field), marked);
        }
        return new Marked(found, excerpt(text, marked, maxChars));
    }

    /** At most {@code maxChars} of the text, from a little before its first match, with … where cut. */
    static String excerpt(String text, boolean[] marked, int maxChars) {
        if (text.length() <= maxChars) {
            return html(text, marked);
        }
        int first = 0;
        while (first < marked.length && !marked[first]) {
            first++;
        }
        int from = first == marked.length ? 0 : Math.max(0, Math.min(first - maxChars / 5, text.length() - maxChars));
        int to = from + maxChars;
        return (from > 0 ? "… " : "") + html(text.substring(from, to), java.util.Arrays.copyOfRange(marked, from, to))
                + (to < text.length() ? " …" : "");
    }

    private Set<String> words(String field) {
        return words.getOrDefault(field, Set.of());
    }

    /**
     * Marks each occurrence of each word, case-insensitively and across whitespace; answers how many of the
     * words occur.
     */
    static int markSubstrings(String text, Set<String> words, boolean[] marked) {
        StringBuilder compact = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                at[compact.length()] = i;
                compact.append(Character.toLowerCase(c));
            }
        }
        String haystack = compact.toString();
        int found = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String needle = word.toLowerCase(java.util.Locale.ROOT);
            boolean any = false;
            for (int from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1)) {
                any = true;
                for (int i = at[from]; i <= at[from + needle.length() - 1]; i++) {
                    marked[i] = true;
                }
            }
            if (any) {
                found++;
            }
        }
        return found;
    }

    /**
     * Analyses the text as the field is indexed and marks the tokens that are one of the words or match one of
     * the field's patterns (wildcards, prefixes, fuzzy words); answers how many tokens matched.
     */
    private int markTokens(String text, String field, Set<String> fieldWords, boolean[] marked) {
        List<ByteRunAutomaton> fieldPatterns = patterns.getOrDefault(field, List.of());
        if (fieldPatterns.isEmpty() && !mayContain(text, fieldWords)) {
            return 0;
        }
        int found = 0;
        try (TokenStream tokens = SearchFields.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String token = term.toString();
                if (fieldWords.contains(token) || matches(fieldPatterns, token)) {
                    found++;
                    for (int i = offset.startOffset(); i < Math.min(offset.endOffset(), marked.length); i++) {
                        marked[i] = true;
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory", e);
        }
        return found;
    }

    /**
     * Whether analysing the text could find one of the words: a stem is, but for its last letter (y → i), a
     * prefix of the words it comes from, so a text without any such piece needs no analysis.
     */
    static boolean mayContain(String text, Set<String> stems) {
        if (stems.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String stem : stems) {
            if (lower.contains(stem.length() > 1 ? stem.substring(0, stem.length() - 1) : stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<ByteRunAutomaton> automata, String token) {
        if (automata.isEmpty()) {
            return false;
        }
        BytesRef bytes = new BytesRef(token);
        for (ByteRunAutomaton a : automata) {
            if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
                return true;
            }
        }
        return false;
    }

    /** The text, HTML-escaped, with {@code <mark>} around each run of marked characters. */
    static String html(String text, boolean[] marked) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                out.append("<mark>");
            }
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
            if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) {
                out.append("</mark>");
            }
        }
        return out.toString();
    }
}
