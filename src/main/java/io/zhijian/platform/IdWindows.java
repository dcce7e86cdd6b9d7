package io.zhijian.platform;

/**
 * Walks ids 1..last in windows {@code (after, upTo]} for reading a filtered table in id order, at most a page per
 * query. Not "the next page after id x": H2 sorts every match after x for each such page, which makes reading a
 * table quadratic, while a window is a range of an index. A window widens while it finds few rows (a sparse filter
 * needs few queries) and narrows when it fills a page; a full page continues from its last id.
 */
public final class IdWindows {

    static final long FIRST_WIDTH = 4096;
    static final long MIN_WIDTH = 1024;
    static final long MAX_WIDTH = 1L << 22;

    private final long last;
    private final int pageSize;
    private long after;
    private long width = FIRST_WIDTH;

    /** {@code last}: the highest id to read (null: the table is empty); {@code pageSize}: rows a query may return. */
    public IdWindows(Long last, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.last = last == null ? 0 : last;
        this.pageSize = pageSize;
    }

    public boolean hasNext() {
        return after < last;
    }

    /** The window's lower bound, exclusive. */
    public long after() {
        return after;
    }

    /** The window's upper bound, inclusive. */
    public long upTo() {
        return Math.min(last, after + width);
    }

    /** What the query of the current window returned: how many rows, and the highest id among them. */
    public void found(int rows, long highestId) {
        if (rows >= pageSize) {
            after = highestId;
            width = Math.max(MIN_WIDTH, width / 2);
        } else {
            after = upTo();
            if (rows < pageSize / 4) {
                width = Math.min(MAX_WIDTH, width * 2);
            }
        }
    }
}
