package io.zhijian.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupTableTest {

    @Test
    void keepsTheBestFewDocumentsAndTheBestScorePerGroup() {
        GroupTable table = new GroupTable(3);
        int a = table.add(7);
        assertEquals(-1, table.find(-7));
        assertEquals(a, table.find(7));
        table.offer(a, 10, 1f);
        table.offer(a, 11, 5f);
        table.offer(a, 12, 3f);
        table.offer(a, 13, 4f);
        table.offer(a, 14, 0.5f);
        assertEquals(5f, table.best(a));
        assertArrayEquals(new int[] {11, 13, 12}, table.docs(a));
    }

    /** Against a straightforward reference: a map of lists and a full sort, over many groups (and rehashes). */
    @Test
    void ranksLikeAFullSortAcrossPagesWithTiesByKey() {
        Random random = new Random(3);
        GroupTable table = new GroupTable(3);
        Map<Long, Float> best = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(20_000) - 10_000L;
            float score = random.nextInt(500) / 10f;
            int group = table.find(key);
            if (group < 0) {
                group = table.add(key);
            }
            table.offer(group, i, score);
            best.merge(key, score, Math::max);
        }
        assertEquals(best.size(), table.size());
        List<Long> expected = new ArrayList<>(best.keySet());
        expected.sort(Comparator.comparing((Long k) -> -best.get(k)).thenComparing(k -> k));
        for (int[] page : new int[][] {{0, 10}, {10, 10}, {990, 25}, {best.size() - 5, 10}}) {
            int[] ranked = table.ranked(page[0], page[1]);
            List<Long> keys = new ArrayList<>();
            for (int g : ranked) {
                keys.add(table.key(g));
                assertEquals(best.get(table.key(g)), table.best(g));
            }
            assertEquals(expected.subList(page[0], Math.min(expected.size(), page[0] + page[1])), keys);
        }
        assertEquals(0, table.ranked(best.size(), 10).length);
    }
}
