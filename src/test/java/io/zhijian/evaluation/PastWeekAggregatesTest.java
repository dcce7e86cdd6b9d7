package io.zhijian.evaluation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A period cut at its Mondays: the chunks cover it exactly, and only whole weeks that have ended are cacheable. */
class PastWeekAggregatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static Instant at(String day, ZoneId zone) {
        return LocalDate.parse(day).atStartOfDay(zone).toInstant();
    }

    private static List<PastWeekAggregates.Chunk> chunks(String from, String to, ZoneId zone, Instant now) {
        List<PastWeekAggregates.Chunk> chunks = PastWeekAggregates.chunks(at(from, zone), at(to, zone), zone, now);
        // Whatever the shape: contiguous, in order, from the first instant to the last, none empty.
        Instant cursor = at(from, zone);
        for (PastWeekAggregates.Chunk c : chunks) {
            assertEquals(cursor, c.from());
            assertTrue(c.to().isAfter(c.from()));
            cursor = c.to();
        }
        if (!chunks.isEmpty()) {
            assertEquals(at(to, zone), cursor);
        }
        return chunks;
    }

    @Test
    void aPeriodFromWednesdayToWednesdayIsTwoEdgesAndTheWholeWeeksBetween() {
        // 2025-01-01 is a Wednesday; 2025-01-22 too.
        List<PastWeekAggregates.Chunk> c = chunks("2025-01-01", "2025-01-22", SHANGHAI, LATER);
        assertEquals(4, c.size());
        assertNull(c.get(0).week());
        assertEquals(at("2025-01-06", SHANGHAI), c.get(0).to());
        assertEquals(at("2025-01-06", SHANGHAI), c.get(1).week());
        assertEquals(at("2025-01-13", SHANGHAI), c.get(2).week());
        assertNull(c.get(3).week());
        assertEquals(at("2025-01-20", SHANGHAI), c.get(3).from());
    }

    @Test
    void wholeWeeksOnlyWhenTheyHaveEnded() {
        List<PastWeekAggregates.Chunk> c = chunks("2025-01-06", "2025-01-27", SHANGHAI, at("2025-01-20", SHANGHAI));
        assertEquals(3, c.size());
        assertEquals(at("2025-01-06", SHANGHAI), c.get(0).week());
        assertEquals(at("2025-01-13", SHANGHAI), c.get(1).week(), "ends exactly now: over");
        assertNull(c.get(2).week(), "the current week changes with every submission");
        List<PastWeekAggregates.Chunk> midWeek = chunks("2025-01-06", "2025-01-27", SHANGHAI,
                at("2025-01-20", SHANGHAI).minusSeconds(1));
        assertNull(midWeek.get(1).week());
    }

    @Test
    void aPeriodInsideOneWeekIsOneUncachedChunk() {
        List<PastWeekAggregates.Chunk> c = chunks("2025-01-07", "2025-01-09", SHANGHAI, LATER);
        assertEquals(1, c.size());
        assertNull(c.get(0).week());
    }

    @Test
    void anEmptyOrBackwardPeriodHasNoChunks() {
        assertEquals(List.of(), chunks("2025-01-07", "2025-01-07", SHANGHAI, LATER));
        assertEquals(List.of(), PastWeekAggregates.chunks(at("2025-01-09", SHANGHAI), at("2025-01-07", SHANGHAI),
                SHANGHAI, LATER));
    }

    @Test
    void weeksAreTheZonesWeeks() {
        // Monday 00:00 in Shanghai is Sunday 16:00 UTC: the same instants cut differently in UTC.
        List<PastWeekAggregates.Chunk> shanghai = chunks("2025-01-06", "2025-01-13", SHANGHAI, LATER);
        assertEquals(1, shanghai.size());
        assertEquals(Instant.parse("2025-01-05T16:00:00Z"), shanghai.get(0).week());
        List<PastWeekAggregates.Chunk> utc = PastWeekAggregates.chunks(at("2025-01-06", SHANGHAI),
                at("2025-01-13", SHANGHAI), ZoneOffset.UTC, LATER);
        assertEquals(2, utc.size());
        assertTrue(utc.stream().allMatch(x -> x.week() == null));
    }

    @Test
    void aWeekWithAClockChangeIsStillOneWeek() {
        // Berlin moved its clocks forward on Sunday 2025-03-30: that week has 167 hours.
        List<PastWeekAggregates.Chunk> c = chunks("2025-03-24", "2025-04-07", BERLIN, LATER);
        assertEquals(2, c.size());
        assertEquals(at("2025-03-24", BERLIN), c.get(0).week());
        assertEquals(167, java.time.Duration.between(c.get(0).from(), c.get(0).to()).toHours());
        assertEquals(at("2025-03-31", BERLIN), c.get(1).week());
    }

    @Test
    void aYearIsFiftyOneWholeWeeksAndTwoEdges() {
        List<PastWeekAggregates.Chunk> c = chunks("2025-01-01", "2026-01-01", SHANGHAI, LATER);
        assertEquals(53, c.size());
        assertEquals(51, c.stream().filter(x -> x.week() != null).count());
        assertTrue(c.size() <= PastWeekAggregates.MAX_WEEKS);
    }
}
