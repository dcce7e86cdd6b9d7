package io.zhijian.search;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Matching documents gathered per group (a call, or a ticket) without an object per hit: an open-addressing
 * table from group key to a dense index, and per group its best score and its best few documents. A common
 * word matches most of the index, so this runs for hundreds of thousands of hits per query.
 */
final class GroupTable {

    private static final long EMPTY = Long.MIN_VALUE;

    private final int perGroup;
    private long[] slotKeys;
    private int[] slotGroups;
    private int mask;
    private int size;
    private long[] keys;
    private float[] best;
    private int[] docs;
    private float[] scores;
    private byte[] counts;

    GroupTable(int perGroup) {
        this.perGroup = perGroup;
        slotKeys = new long[1024];
        Arrays.fill(slotKeys, EMPTY);
        slotGroups = new int[1024];
        mask = 1023;
        keys = new long[256];
        best = new float[256];
        docs = new int[256 * perGroup];
        scores = new float[256 * perGroup];
        counts = new byte[256];
    }

    int size() {
        return size;
    }

    long key(int group) {
        return keys[group];
    }

    float best(int group) {
        return best[group];
    }

    /** The group's documents, best first. */
    int[] docs(int group) {
        int n = counts[group];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int base = group * perGroup;
        Arrays.sort(order, (a, b) -> Float.compare(scores[base + b], scores[base + a]));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = docs[base + order[i]];
        }
        return out;
    }

    /** The group of a key, or -1 when it has none yet. */
    int find(long key) {
        int slot = slot(key);
        return slotKeys[slot] == EMPTY ? -1 : slotGroups[slot];
    }

    /** Adds a group for a key that has none ({@link #find} returned -1). */
    int add(long key) {
        if ((size + 1) * 2 > slotKeys.length) {
            rehash();
        }
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            best = Arrays.copyOf(best, capacity);
            docs = Arrays.copyOf(docs, capacity * perGroup);
            scores = Arrays.copyOf(scores, capacity * perGroup);
            counts = Arrays.copyOf(counts, capacity);
        }
        int slot = slot(key);
        slotKeys[slot] = key;
        slotGroups[slot] = size;
        keys[size] = key;
        best[size] = Float.NEGATIVE_INFINITY;
        return size++;
    }

    /** Keeps the document if it is among the group's best few. */
    void offer(int group, int doc, float score) {
        if (score > best[group]) {
            best[group] = score;
        }
        int base = group * perGroup;
        int n = counts[group];
        if (n < perGroup) {
            docs[base + n] = doc;
            scores[base + n] = score;
            counts[group] = (byte) (n + 1);
            return;
        }
        int weakest = 0;
        for (int i = 1; i < perGroup; i++) {
            if (scores[base + i] < scores[base + weakest]) {
                weakest = i;
            }
        }
        if (score > scores[base + weakest]) {
            docs[base + weakest] = doc;
            scores[base + weakest] = score;
        }
    }

    /**
     * The groups ranked {@code from} to {@code from + count} by best score (ties: smaller key first),
     * selected with a heap of {@code from + count} instead of sorting every group.
     */
    int[] ranked(int from, int count) {
        int wanted = Math.min(size, from + count);
        if (wanted <= from) {
            return new int[0];
        }
        // The heap's head is the worst of the best so far.
        PriorityQueue<Integer> heap = new PriorityQueue<>(wanted, (a, b) -> -compare(a, b));
        for (int g = 0; g < size; g++) {
            if (heap.size() < wanted) {
                heap.add(g);
            } else if (compare(g, heap.peek()) < 0) {
                heap.poll();
                heap.add(g);
            }
        }
        int[] ordered = new int[heap.size()];
        for (int i = ordered.length - 1; i >= 0; i--) {
            ordered[i] = heap.poll();
        }
        return Arrays.copyOfRange(ordered, from, ordered.length);
    }

    /** Negative when group a ranks before group b. */
    private int compare(int a, int b) {
        int byScore = Float.compare(best[b], best[a]);
        return byScore != 0 ? byScore : Long.compare(keys[a], keys[b]);
    }

    private int slot(long key) {
        int slot = mix(key) & mask;
        while (slotKeys[slot] != EMPTY && slotKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = slotKeys;
        int[] oldGroups = slotGroups;
        slotKeys = new long[oldKeys.length * 2];
        Arrays.fill(slotKeys, EMPTY);
        slotGroups = new int[oldKeys.length * 2];
        mask = slotKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                slotKeys[slot] = oldKeys[i];
                slotGroups[slot] = oldGroups[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
