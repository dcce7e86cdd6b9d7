package io.zhijian.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of ids as a few {@code between} ranges. H2 reads an index range quickly, but evaluates an IN list of a
 * thousand parameters (or {@code = any(?)}) row by row over what it scans: a batch of a re-run over a million
 * tickets took seconds that way, milliseconds as a range. Ids further apart than {@link #GAP} start a new range,
 * so scattered ids do not make one huge range; callers filter what a range brings back to their ids.
 */
public final class IdRanges {

    static final long GAP = 64;

    private IdRanges() {
    }

    /** {@code [low, high]} pairs covering the ids, in order. */
    public static List<long[]> of(List<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
        List<long[]> ranges = new ArrayList<>();
        for (long id : sorted) {
            long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && id - last[1] <= GAP) {
                last[1] = id;
            } else {
                ranges.add(new long[]{id, id});
            }
        }
        return ranges;
    }
}
