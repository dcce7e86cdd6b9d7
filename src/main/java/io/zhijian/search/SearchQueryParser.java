package io.zhijian.search;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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

    private static final Pattern COMPARISON = Pattern.compile("\\b(score|date):(<=|>=|<|>)([0-9][0-9.\\-]*)");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private SearchQueryParser() {
        super(TEXT, SearchFields.analyzer());
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        // Each space-separated word is analysed (and may match in either language) on its own.
        setSplitOnWhitespace(true);
    }

    public static Query read(String text) throws InvalidQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidQuery("empty", null);
        }
        try {
            return new SearchQueryParser().parse(comparisons(text.trim()));
        } catch (ParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher column = COLUMN.matcher(message);
            String reason = firstLine(message);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidQuery invalid) {
                    reason = invalid.reason();
                }
            }
            return fail(reason, column.find() ? Integer.valueOf(column.group(1)) : null);
        } catch (TokenMgrError e) {
            Matcher column = COLUMN.matcher(String.valueOf(e.getMessage()));
            return fail(firstLine(String.valueOf(e.getMessage())), column.find() ? Integer.valueOf(column.group(1)) : null);
        } catch (RuntimeException e) {
            // e.g. too many clauses from a wildcard
            return fail(String.valueOf(e.getMessage()), null);
        }
    }

    private static Query fail(String reason, Integer column) throws InvalidQuery {
        throw new InvalidQuery(reason, column);
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
        if (SearchFields.SCORE.equals(field)) {
            double score = number(queryText);
            return DoublePoint.newExactQuery(SearchFields.SCORE, score);
        }
        checkTextField(field);
        if (TEXT.equals(field)) {
            return either(super.getFieldQuery(SearchFields.ZH, queryText, quoted),
                    super.getFieldQuery(SearchFields.ZH_BIGRAMS, queryText, quoted),
                    super.getFieldQuery(SearchFields.EN, queryText, quoted));
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field != null && (SearchFields.KEYWORDS.contains(field) || SearchFields.DATE.equals(field)
                || SearchFields.SCORE.equals(field))) {
            // A quoted value of a filter ("team:\"A 组\"") is still one exact value.
            return getFieldQuery(field, queryText, true);
        }
        checkTextField(field);
        if (TEXT.equals(field)) {
            return either(super.getFieldQuery(SearchFields.ZH, queryText, slop),
                    super.getFieldQuery(SearchFields.ZH_BIGRAMS, queryText, slop),
                    super.getFieldQuery(SearchFields.EN, queryText, slop));
        }
        return super.getFieldQuery(field, queryText, slop);
    }

    /**
     * One analysed query per text field (Chinese words, Chinese character pairs, English), any matching. (Lucene's multi-field parser instead pairs the
     * tokens of each position across fields, which turns "快递员投诉" into "any of these characters".)
     */
    private static Query either(Query... alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int added = 0;
        Query last = null;
        for (Query q : alternatives) {
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                added++;
                last = q;
            }
        }
        return added == 1 ? last : added == 0 ? null : any.build();
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (SearchFields.DATE.equals(field)) {
            return dayRange(part1, part2, startInclusive, endInclusive);
        }
        if (SearchFields.SCORE.equals(field)) {
            double low = part1 == null ? Double.NEGATIVE_INFINITY : number(part1);
            double high = part2 == null ? Double.POSITIVE_INFINITY : number(part2);
            return DoublePoint.newRangeQuery(SearchFields.SCORE, startInclusive ? low : Math.nextUp(low),
                    endInclusive ? high : Math.nextDown(high));
        }
        throw invalid("ranges work on date and score only, not on " + field);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        checkAny(field);
        return TEXT.equals(field) ? either(super.getWildcardQuery(SearchFields.ZH, termStr),
                super.getWildcardQuery(SearchFields.EN, termStr)) : super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkAny(field);
        return TEXT.equals(field) ? either(super.getPrefixQuery(SearchFields.ZH, termStr),
                super.getPrefixQuery(SearchFields.EN, termStr)) : super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkAny(field);
        return TEXT.equals(field) ? either(super.getFuzzyQuery(SearchFields.ZH, termStr, minSimilarity),
                super.getFuzzyQuery(SearchFields.EN, termStr, minSimilarity)) : super.getFuzzyQuery(field, termStr, minSimilarity);
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
            throw invalid("not a date (use 2026-01-31 or 2026-01): " + text);
        }
    }

    private static long lastDay(String text) throws ParseException {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atEndOfMonth().toEpochDay() : LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            throw invalid("not a date (use 2026-01-31 or 2026-01): " + text);
        }
    }

    private static double number(String text) throws ParseException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid("not a number: " + text);
        }
    }

    private void checkTextField(String field) throws ParseException {
        if (field != null && !field.equals(TEXT) && !field.equals(SearchFields.ZH) && !field.equals(SearchFields.ZH_BIGRAMS)
                && !field.equals(SearchFields.EN)) {
            throw invalid("unknown field \"" + field + "\"; fields are agent, team, speaker, channel, type, "
                    + "language, direction, date, score");
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

    private static ParseException invalid(String reason) {
        ParseException e = new ParseException(reason);
        e.initCause(new InvalidQuery(reason, null));
        return e;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
