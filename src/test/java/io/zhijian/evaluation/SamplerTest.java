package io.zhijian.evaluation;

import io.zhijian.interaction.Interactions;
import io.zhijian.interaction.Interactions.Type;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest {

    static List<Interactions.Key> candidates(String agent, int calls, int tickets) {
        List<Interactions.Key> list = new ArrayList<>();
        for (int i = 1; i <= calls; i++) {
            list.add(new Interactions.Key(agent, Type.CALL, agent.hashCode() % 1000 * 1000L + i));
        }
        for (int i = 1; i <= tickets; i++) {
            list.add(new Interactions.Key(agent, Type.TICKET, agent.hashCode() % 1000 * 1000L + i));
        }
        return list;
    }

    @Test
    void sameSeedSamePicksWhateverTheInputOrder() {
        List<Interactions.Key> all = new ArrayList<>(candidates("a1", 30, 20));
        all.addAll(candidates("a2", 5, 5));
        List<Sampler.Pick> first = Sampler.sample(all, 4, 42, List.of("qa", "qa2"));
        Collections.shuffle(all, new Random(7));
        assertEquals(first, Sampler.sample(all, 4, 42, List.of("qa", "qa2")));
        assertNotEquals(first, Sampler.sample(all, 4, 43, List.of("qa", "qa2")));
    }

    @Test
    void perAgentCountsAllWhenFewerAndBalancedInspectors() {
        List<Interactions.Key> all = new ArrayList<>(candidates("a1", 10, 0));
        all.addAll(candidates("a2", 1, 1));
        all.addAll(candidates("a3", 0, 0));
        List<Sampler.Pick> picks = Sampler.sample(all, 3, 1, List.of("qa", "qa2", "qa3"));
        Map<String, Integer> perAgent = new HashMap<>();
        Map<String, Integer> perInspector = new HashMap<>();
        picks.forEach(p -> {
            perAgent.merge(p.agent(), 1, Integer::sum);
            perInspector.merge(p.inspector(), 1, Integer::sum);
        });
        assertEquals(Map.of("a1", 3, "a2", 2), perAgent);
        assertEquals(5, picks.size());
        int max = Collections.max(perInspector.values());
        int min = perInspector.size() < 3 ? 0 : Collections.min(perInspector.values());
        assertTrue(max - min <= 1, perInspector.toString());
        assertEquals(picks.size(), picks.stream().distinct().count());
    }

    @Test
    void anotherAgentDoesNotChangeAnAgentsPicksAndNobodyScoresThemselves() {
        List<Interactions.Key> one = candidates("a1", 20, 0);
        List<Interactions.Key> two = new ArrayList<>(one);
        two.addAll(candidates("a0", 20, 0));
        List<Long> alone = Sampler.sample(one, 5, 9, List.of("x")).stream().map(Sampler.Pick::id).toList();
        List<Long> together = Sampler.sample(two, 5, 9, List.of("x")).stream().filter(p -> p.agent().equals("a1"))
                .map(Sampler.Pick::id).toList();
        assertEquals(alone, together);
        Sampler.sample(candidates("lead", 6, 0), 6, 3, List.of("lead", "qa"))
                .forEach(p -> assertEquals("qa", p.inspector()));
        assertThrows(IllegalArgumentException.class, () -> Sampler.sample(one, 1, 1, List.of()));
    }

    @Test
    void periodsAreMonthsOrIsoWeeks() {
        assertArrayEquals(new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)}, Sampling.period("2026-11"));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)},
                Sampling.period(" 2026-W48 "));
        // ISO week 1 of 2026 starts on Monday 29 December 2025; 2026 has 53 weeks, 2025 only 52.
        assertArrayEquals(new LocalDate[] {LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5)}, Sampling.period("2026-W01"));
        assertEquals(LocalDate.of(2026, 12, 28), Sampling.period("2026-W53")[0]);
        assertNull(Sampling.period("2025-W53"));
        for (String bad : new String[] {null, "", "2026-13", "2026-00", "2026-W00", "2026-W54", "november", "2026-1",
                "2026-11-01"}) {
            assertNull(Sampling.period(bad), bad);
        }
    }

    @Test
    void aFlaggedShareComesFromFlagsFirstAndIsReproducible() {
        List<Interactions.Key> all = new ArrayList<>(candidates("a1", 40, 0));
        all.addAll(candidates("a2", 3, 0));
        java.util.function.Predicate<Interactions.Key> flagged = k -> k.id() % 10 == 0;
        long a1Flags = all.stream().filter(k -> k.agent().equals("a1") && flagged.test(k)).count();
        assertEquals(4, a1Flags);
        // No share: exactly today's draw.
        assertEquals(Sampler.sample(all, 6, 9, List.of("qa")), Sampler.sample(all, 6, 9, List.of("qa"), flagged, 0));
        // Half of 6 = 3 from a1's 4 flags, 3 more at random (which may be the fourth flag).
        List<Sampler.Pick> half = Sampler.sample(all, 6, 9, List.of("qa"), flagged, 0.5);
        List<Sampler.Pick> a1 = half.stream().filter(p -> p.agent().equals("a1")).toList();
        assertEquals(6, a1.size());
        assertTrue(a1.stream().filter(p -> p.id() % 10 == 0).count() >= 3, a1.toString());
        // All from flags: only 4 exist, so 4 flags and 2 others; the per-agent count still holds.
        List<Sampler.Pick> full = Sampler.sample(all, 6, 9, List.of("qa"), flagged, 1.0);
        assertEquals(4, full.stream().filter(p -> p.agent().equals("a1") && p.id() % 10 == 0).count());
        assertEquals(6, full.stream().filter(p -> p.agent().equals("a1")).count());
        assertEquals(3, full.stream().filter(p -> p.agent().equals("a2")).count(), "fewer than asked: all of them");
        Collections.shuffle(all, new Random(3));
        assertEquals(half, Sampler.sample(all, 6, 9, List.of("qa"), flagged, 0.5), "same seed, same picks");
    }
}
