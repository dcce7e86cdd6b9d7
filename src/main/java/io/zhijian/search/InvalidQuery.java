package io.zhijian.search;

/**
 * A query the parser cannot read: what is wrong ({@code kind}, with the offending {@code value} where there is
 * one), Lucene's or the parser's own English {@code reason}, and where ({@code column}, 1-based, when known).
 */
public class InvalidQuery extends Exception {

    /** What a person typed wrong, so it can be said in their language. */
    public enum Kind {
        EMPTY, UNCLOSED_QUOTE, ENDS_EARLY, MISPLACED_OPERATOR, STRAY_BRACKET, LEADING_WILDCARD, UNKNOWN_FIELD,
        NOT_A_DATE, NOT_A_NUMBER, NOT_A_RANGE, OTHER
    }

    private final Kind kind;
    private final String value;
    private final Integer column;
    private final String reason;

    InvalidQuery(Kind kind, String value, String reason, Integer column) {
        super(reason, null, false, false);
        this.kind = kind;
        this.value = value;
        this.reason = reason;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    /** The field or text at fault (unknown field, not a date, …), else null. */
    public String value() {
        return value;
    }

    public Integer column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
