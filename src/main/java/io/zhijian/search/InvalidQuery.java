package io.zhijian.search;

/** A query the parser cannot read; {@code column} (1-based) says where, when known. */
public class InvalidQuery extends Exception {

    private final Integer column;
    private final String reason;

    InvalidQuery(String reason, Integer column) {
        super(reason, null, false, false);
        this.reason = reason;
        this.column = column;
    }

    public Integer column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
