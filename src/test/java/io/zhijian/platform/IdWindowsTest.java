package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdWindowsTest {

    /** What a caller reads walking ids 1..last: the ids a query for each window returns, as a database would. */
    private record Walk(List<Long> read, int queries, int largestPage) {
    }

    private static Walk walk(long last, LongPredicate matches, int pageSize) {
        IdWindows windows = new IdWindows(last == 0 ? null : last, pageSize);
        List<Long> read = new ArrayList<>();
        int queries = 0;
        int largest = 0;
        while (windows.hasNext()) {
            List<Long> page = LongStream.rangeClosed(windows.after() + 1, windows.upTo()).filter(matches).limit(pageSize)
                    .boxed().toList();
            queries++;
            largest = Math.max(largest, page.size());
            read.addAll(page);
            windows.found(page.size(), page.isEmpty() ? 0 : page.get(page.size() - 1));
            assertTrue(queries < 1_000_000, "the walk ends");
        }
        return new Walk(read, queries, largest);
    }

    private static List<Long> expected(long last, LongPredicate matches) {
        return LongStream.rangeClosed(1, last).filter(matches).boxed().toList();
    }

    @Test
    void everyMatchingIdIsReadOnceInOrderWhateverTheDensity() {
        Random random = new Random(7);
        List<LongPredicate> filters = List.of(id -> true, id -> id % 2 == 0, id -> id % 997 == 0, id -> false,
                id -> id > 9_000 && id < 9_050, id -> id == 1 || id == 250_000, id -> random.nextInt(10) < 3);
        for (long last : new long[] {0, 1, 999, 1000, 1001, 4096, 12_345, 250_000}) {
            for (int f = 0; f < filters.size(); f++) {
                // The random filter is drawn once per id, so read it back from a fixed set.
                List<Long> matching = expected(last, filters.get(f));
                java.util.Set<Long> set = new java.util.HashSet<>(matching);
                Walk walk = walk(last, set::contains, 1000);
                assertEquals(matching, walk.read(), "last " + last + ", filter " + f);
                assertTrue(walk.largestPage() <= 1000);
            }
        }
    }

    @Test
    void aDenseTableIsReadInFullPagesAndASparseOneInFewQueries() {
        Walk dense = walk(200_000, id -> true, 1000);
        assertEquals(200_000, dense.read().size());
        assertTrue(dense.queries() <= 210, "dense: " + dense.queries() + " queries");
        // One match in ten thousand over ten million ids: windows widen instead of asking two thousand times.
        Walk sparse = walk(10_000_000, id -> id % 10_000 == 0, 1000);
        assertEquals(1000, sparse.read().size());
        assertTrue(sparse.queries() < 60, "sparse: " + sparse.queries() + " queries");
        assertEquals(0, walk(0, id -> true, 1000).queries());
    }

    @Test
    void aWindowNeverGoesPastTheLastIdAndAPageSizeMustBePositive() {
        IdWindows windows = new IdWindows(10L, 1000);
        assertEquals(0, windows.after());
        assertEquals(10, windows.upTo());
        windows.found(3, 9);
        assertTrue(!windows.hasNext());
        assertThrows(IllegalArgumentException.class, () -> new IdWindows(10L, 0));
    }
}
