package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdRangesTest {

    @Test
    void denseIdsAreOneRangeScatteredOnesSeveral() {
        assertEquals(List.of(), IdRanges.of(List.of()));
        List<long[]> one = IdRanges.of(List.of(5L, 3L, 4L, 69L));
        assertEquals(1, one.size());
        assertArrayEquals(new long[]{3, 69}, one.get(0));
        List<long[]> two = IdRanges.of(List.of(1_000_000L, 7L, 8L));
        assertEquals(2, two.size());
        assertArrayEquals(new long[]{7, 8}, two.get(0));
        assertArrayEquals(new long[]{1_000_000, 1_000_000}, two.get(1));
        assertArrayEquals(new long[]{9, 9}, IdRanges.of(List.of(9L, 9L)).get(0));
    }
}
