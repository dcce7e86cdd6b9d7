package io.zhijian.search;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search syntax people know from search engines and Lucene: words (all must match), "phrases",
 * AND/OR/NOT and +/-, {@code "a b"~5}, grouping, {@code field:value} filters ({@code agent:}, {@code team:},
 * {@code speaker:agent|customer}, {@code channel:call|ticket}, {@code type:}), {@code date:[2026-01-01 TO
 * 2026-01-31]} (or {@code date:2026-01}), and {@code score:<60} style ranges. Words without a field search
 * the Chinese and English text.
 */
public final class SearchQueryParser extends QueryParser {

    /** Words without a field: each is analysed as Chinese and as English, and either may match. */
    static final String TEXT = "text";

    private static final Pattern COMPARISON = Pattern.compile("\\b(score|autoTotal|date):(<=|>=|<|>)([0-9][0-9.\\-]*)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");

    private SearchQueryParser() {
        super(TEXT, SearchFields.analyzer());
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        // Each space-separated word is analysed (and may match in either language) on its own.
        setSplitOnWhitespace(true);
    }

    public static Query read(String text) throws InvalidQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidQuery(InvalidQuery.Kind.EMPTY, null, "empty", null);
        }
        try {
            return new SearchQueryParser().parse(comparisons(text.trim()));
        } catch (ParseException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidQuery invalid) {
                    throw invalid;
                }
            }
            throw classified(text, e.getMessage() == null ? "" : e.getMessage());
        } catch (TokenMgrError e) {
            throw classified(text, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // e.g. too many clauses from a wildcard
            throw new InvalidQuery(InvalidQuery.Kind.OTHER, null, String.valueOf(e.getMessage()), null);
        }
    }

    /**
     * What Lucene's grammar reported, in terms a person can act on. Its lexical errors count columns from 1
     * (the character after the last one read), its parse errors from 0 (the token's start): both become 1-based.
     */
    static InvalidQuery classified(String query, String message) {
        String reason = firstLine(message);
        boolean lexical = message.contains("Lexical error");
        Matcher at = COLUMN.matcher(message);
        Integer column = at.find() ? Integer.parseInt(at.group(1)) + (lexical ? 0 : 1) : null;
        // The token the grammar stumbled on (its message goes on to list what it expected instead).
        int from = message.indexOf("Encountered");
        int to = message.indexOf(" at line", Math.max(from, 0));
        String encountered = from < 0 ? "" : message.substring(from, to < 0 ? message.length() : to);
        InvalidQuery.Kind kind;
        if (lexical) {
            kind = UNESCAPED_QUOTE.matcher(query).results().count() % 2 == 1
                    ? InvalidQuery.Kind.UNCLOSED_QUOTE : InvalidQuery.Kind.ENDS_EARLY;
        } else if (encountered.contains("<EOF>")) {
            kind = InvalidQuery.Kind.ENDS_EARLY;
        } else if (encountered.contains("<AND>") || encountered.contains("<OR>") || encountered.contains("<NOT>")) {
            kind = InvalidQuery.Kind.MISPLACED_OPERATOR;
        } else if (encountered.contains("\")\"")) {
            kind = InvalidQuery.Kind.STRAY_BRACKET;
        } else if (message.contains("not allowed as first character")) {
            kind = InvalidQuery.Kind.LEADING_WILDCARD;
        } else {
            kind = InvalidQuery.Kind.OTHER;
        }
        return new InvalidQuery(kind, null, reason, column);
    }

    /** {@code score:<60} → {@code score:[* TO 60}}: the classic grammar only knows bracketed ranges. */
    static String comparisons(String text) {
        Matcher m = COMPARISON.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = m.group(1);
            String value = m.group(3);
            String range = switch (m.group(2)) {
                case "<" -> "[* TO " + value + "}";
                case "<=" -> "[* TO " + value + "]";
                case ">" -> "{" + value + " TO *]";
                default -> "[" + value + " TO *]";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(field + ":" + range));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field != null && SearchFields.KEYWORDS.contains(field)) {
            return new TermQuery(new Term(field, normalize(field, queryText)));
        }
        if (SearchFields.DATE.equals(field)) {
            return dayRange(queryText, queryText, true, true);
        }
        if (SearchFields.SCORE.equals(field) || SearchFields.AUTO_TOTAL.equals(field)) {
            return DoublePoint.newExactQuery(field, number(queryText));
        }
        checkTextField(field);
        return words(field, queryText, f -> newFieldQuery(getAnalyzer(), f, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field != null && (SearchFields.KEYWORDS.contains(field) || SearchFields.DATE.equals(field)
                || SearchFields.SCORE.equals(field) || SearchFields.AUTO_TOTAL.equals(field))) {
            // A quoted value of a filter ("team:\"A 组\"") is still one exact value.
            return getFieldQuery(field, queryText, true);
        }
        checkTextField(field);
        return words(field, queryText, f -> withSlop(newFieldQuery(getAnalyzer(), f, queryText, true), slop));
    }

    private static Query withSlop(Query query, int slop) {
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < phrase.getTerms().length; i++) {
                builder.add(phrase.getTerms()[i], phrase.getPositions()[i]);
            }
            return builder.build();
        }
        if (query instanceof MultiPhraseQuery multi) {
            return new MultiPhraseQuery.Builder(multi).setSlop(slop).build();
        }
        return query;
    }

    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    /** A word, phrase or pattern in each text field: who said it (agent or the other side) kept apart. */
    private record Sides(List<Query> other, List<Query> agent) {
    }

    /** The text queries built so far, each with its per-side parts, until a speaker: filter picks a side. */
    private final Map<Query, Sides> sides = new IdentityHashMap<>();

    /**
     * The query in every text field the words may be in: Chinese words, Chinese character pairs (not for
     * phrases: the pairs have no positions), English; each for the agent's turns and for the rest. Any may match.
     * (Lucene's multi-field parser instead pairs the tokens of each position across fields, which turns
     * "快递员投诉" into "any of these characters".)
     */
    private Query words(String field, String text, FieldQuery build) throws ParseException {
        List<String> analyses = switch (field) {
            case SearchFields.ZH -> List.of(SearchFields.ZH, SearchFields.ZH_BIGRAMS);
            case SearchFields.ZH_BIGRAMS -> List.of(SearchFields.ZH_BIGRAMS);
            case SearchFields.EN -> List.of(SearchFields.EN);
            // English transcripts hold no Chinese characters: a word with any is looked for in Chinese only.
            default -> HAN.matcher(text).find() ? List.of(SearchFields.ZH, SearchFields.ZH_BIGRAMS)
                    : List.of(SearchFields.ZH, SearchFields.ZH_BIGRAMS, SearchFields.EN);
        };
        List<Query> other = new ArrayList<>();
        List<Query> agent = new ArrayList<>();
        for (String analysis : analyses) {
            add(other, analysis, build.build(analysis));
            add(agent, analysis, build.build(analysis + "_agent"));
        }
        List<Query> all = new ArrayList<>(other);
        all.addAll(agent);
        Query any = either(all);
        if (any != null) {
            sides.put(any, new Sides(other, agent));
        }
        return any;
    }

    private static void add(List<Query> to, String analysis, Query query) {
        boolean positional = query instanceof PhraseQuery || query instanceof MultiPhraseQuery;
        if (query != null && !(positional && SearchFields.ZH_BIGRAMS.equals(analysis))) {
            to.add(query);
        }
    }

    private static Query either(List<Query> alternatives) {
        if (alternatives.size() <= 1) {
            return alternatives.isEmpty() ? null : alternatives.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * A group with a required {@code speaker:agent} (or {@code customer}) looks for its words in that side's
     * turns only: "speaker:agent 不知道" is a call where the agent said 不知道.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        Set<String> speakers = new HashSet<>();
        for (BooleanClause clause : clauses) {
            boolean required = clause.getOccur() == BooleanClause.Occur.MUST || clause.getOccur() == BooleanClause.Occur.FILTER;
            if (required && clause.getQuery() instanceof TermQuery term && SearchFields.SPEAKER.equals(term.getTerm().field())) {
                speakers.add(term.getTerm().text());
            }
        }
        if (speakers.size() == 1 && (speakers.contains("AGENT") || speakers.contains("CUSTOMER"))) {
            boolean agent = speakers.contains("AGENT");
            List<BooleanClause> scoped = new ArrayList<>(clauses.size());
            for (BooleanClause clause : clauses) {
                scoped.add(new BooleanClause(side(clause.getQuery(), agent), clause.getOccur()));
            }
            return super.getBooleanQuery(scoped);
        }
        return super.getBooleanQuery(clauses);
    }

    private Query side(Query query, boolean agent) {
        Sides found = sides.get(query);
        if (found != null) {
            Query picked = either(agent ? found.agent() : found.other());
            return picked == null ? new MatchNoDocsQuery("no such words on this side") : picked;
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            bool.clauses().forEach(c -> copy.add(side(c.getQuery(), agent), c.getOccur()));
            return copy.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(side(boost.getQuery(), agent), boost.getBoost());
        }
        return query;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (SearchFields.DATE.equals(field)) {
            return dayRange(part1, part2, startInclusive, endInclusive);
        }
        if (SearchFields.SCORE.equals(field) || SearchFields.AUTO_TOTAL.equals(field)) {
            double low = part1 == null ? Double.NEGATIVE_INFINITY : number(part1);
            double high = part2 == null ? Double.POSITIVE_INFINITY : number(part2);
            return DoublePoint.newRangeQuery(field, startInclusive ? low : Math.nextUp(low),
                    endInclusive ? high : Math.nextDown(high));
        }
        throw invalid(InvalidQuery.Kind.NOT_A_RANGE, field, "ranges work on date, score and autoTotal only, not on " + field);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        checkAny(field);
        return SearchFields.KEYWORDS.contains(field) ? super.getWildcardQuery(field, termStr)
                : patterns(field, termStr, f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkAny(field);
        return SearchFields.KEYWORDS.contains(field) ? super.getPrefixQuery(field, termStr)
                : patterns(field, termStr, f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkAny(field);
        return SearchFields.KEYWORDS.contains(field) ? super.getFuzzyQuery(field, termStr, minSimilarity)
                : patterns(field, termStr, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    /** Patterns and fuzzy words match smartcn's words and English words, not character pairs. */
    private Query patterns(String field, String text, FieldQuery build) throws ParseException {
        return words(SearchFields.ZH_BIGRAMS.equals(field) ? SearchFields.ZH : field, text, analysis ->
                analysis.startsWith(SearchFields.ZH_BIGRAMS) ? null : build.build(analysis));
    }

    private Query dayRange(String from, String to, boolean startInclusive, boolean endInclusive) throws ParseException {
        long low = from == null ? Long.MIN_VALUE : firstDay(from);
        long high = to == null ? Long.MAX_VALUE : lastDay(to);
        if (!startInclusive && from != null) {
            low = lastDay(from) + 1;
        }
        if (!endInclusive && to != null) {
            high = firstDay(to) - 1;
        }
        return LongPoint.newRangeQuery(SearchFields.DAY, low, high);
    }

    private static long firstDay(String text) throws ParseException {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1).toEpochDay() : LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            throw invalid(InvalidQuery.Kind.NOT_A_DATE, text, "not a date (use 2026-01-31 or 2026-01): " + text);
        }
    }

    private static long lastDay(String text) throws ParseException {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atEndOfMonth().toEpochDay() : LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            throw invalid(InvalidQuery.Kind.NOT_A_DATE, text, "not a date (use 2026-01-31 or 2026-01): " + text);
        }
    }

    private static double number(String text) throws ParseException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid(InvalidQuery.Kind.NOT_A_NUMBER, text, "not a number: " + text);
        }
    }

    private void checkTextField(String field) throws ParseException {
        if (field != null && !field.equals(TEXT) && !field.equals(SearchFields.ZH) && !field.equals(SearchFields.ZH_BIGRAMS)
                && !field.equals(SearchFields.EN)) {
            throw invalid(InvalidQuery.Kind.UNKNOWN_FIELD, field, "unknown field \"" + field
                    + "\"; fields are agent, team, speaker, channel, type, language, direction, date, score, auto, autoTotal");
        }
    }

    private void checkAny(String field) throws ParseException {
        if (field != null && !SearchFields.KEYWORDS.contains(field)) {
            checkTextField(field);
        }
    }

    private static String normalize(String field, String value) {
        return switch (field) {
            case SearchFields.SPEAKER, SearchFields.CHANNEL, SearchFields.DIRECTION -> value.toUpperCase(Locale.ROOT);
            case SearchFields.LANGUAGE -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    private static ParseException invalid(InvalidQuery.Kind kind, String value, String reason) {
        ParseException e = new ParseException(reason);
        e.initCause(new InvalidQuery(kind, value, reason, null));
        return e;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
