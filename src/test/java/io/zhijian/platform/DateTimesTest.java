package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateTimesTest {

    static java.time.Instant local(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).atZone(ZoneId.systemDefault()).toInstant();
    }

    @Test
    void readsTheFormatsExportsWrite() {
        assertEquals(OffsetDateTime.parse("2026-03-01T09:30:00+08:00").toInstant(), DateTimes.parse("2026-03-01T09:30:00+08:00"));
        assertEquals(OffsetDateTime.parse("2026-03-01T01:30Z").toInstant(), DateTimes.parse(" 2026-03-01T01:30Z "));
        assertEquals(local(2026, 3, 1, 9, 30, 0), DateTimes.parse("2026-03-01 09:30"));
        assertEquals(local(2026, 3, 1, 9, 30, 15), DateTimes.parse("2026-3-1 9:30:15"));
        assertEquals(local(2026, 3, 1, 9, 5, 0), DateTimes.parse("2026/3/1 9:05"));
        assertEquals(local(2026, 3, 1, 9, 30, 0), DateTimes.parse("2026-03-01T09:30"));
        assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(), DateTimes.parse("2026-03-01"));
        assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(), DateTimes.parse("2026/3/1"));
        assertEquals(local(2026, 12, 31, 23, 59, 59), DateTimes.parse("2026/12/31 23:59:59"));
        assertEquals(local(2028, 2, 29, 0, 0, 0), DateTimes.parse("2028-2-29 0:00"));
    }

    @Test
    void unreadableOrImpossibleIsNull() {
        for (String bad : new String[] {null, "", "  ", "yesterday", "2026-13-01", "2026-03-01 25:00", "2026-03-32",
                "01/03/2026", "2026-03-01T09:30+0800", "2026-03-01 09", "20260301", "2026-03-01 9:3", "2026-03-01 09:30:",
                "2026--03-01", "2026-03/01", "2026-03-01 09:30:15:00", "20266-03-01", "2026-003-01", "2026-02-30 x",
                "2026-03-01T", "2026-03-01 09:30:1"}) {
            assertNull(DateTimes.parse(bad), bad);
        }
    }

    @Test
    void plausibleDatesAreThoseOfThisCenturyAndTheExtremesDoNotOverflow() {
        org.junit.jupiter.api.Assertions.assertTrue(DateTimes.plausible(java.time.Instant.parse("2000-01-01T00:00:00Z")));
        org.junit.jupiter.api.Assertions.assertTrue(DateTimes.plausible(java.time.Instant.parse("2099-12-31T23:59:59Z")));
        org.junit.jupiter.api.Assertions.assertTrue(DateTimes.plausible(null), "no date is not a wrong date");
        org.junit.jupiter.api.Assertions.assertFalse(DateTimes.plausible(java.time.Instant.parse("1999-12-31T23:59:59Z")));
        org.junit.jupiter.api.Assertions.assertFalse(DateTimes.plausible(java.time.Instant.parse("2100-01-01T00:00:00Z")));
        org.junit.jupiter.api.Assertions.assertFalse(DateTimes.plausible(java.time.Instant.MAX));
        org.junit.jupiter.api.Assertions.assertFalse(DateTimes.plausible(java.time.Instant.MIN));
        org.junit.jupiter.api.Assertions.assertFalse(DateTimes.plausibleYear(9999));
    }

    @org.junit.jupiter.api.Test
    void isoTimesWithSecondsAreReadExactlyAsTheGeneralParserReadsThem() {
        for (String text : new String[]{"2026-11-20T09:00:05+08:00", "2026-11-20T01:00:05Z", "2026-11-20T09:00:05.123Z",
                "2026-11-20T09:00:05.123456789-05:30", "2026-12-31T23:59:59.5+14:00", "2024-02-29T12:00:00+00:00",
                "2026-11-20T09:00:05.000001Z"}) {
            assertEquals(OffsetDateTime.parse(text).toInstant(), DateTimes.parse(text), text);
        }
        for (String text : new String[]{"2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-20T24:00:00Z",
                "2026-11-20T09:60:00Z", "2026-11-20T09:00:05+19:00", "2026-11-20T09:00:05+08:60",
                "2026-11-20T09:00:05.1234567890Z", "2026-11-20T09:00:05+0800", "2026-11-20T09:00:05X", "2026-11-20T0a:00:05Z",
                "2026-11-20T09:00:05+08:00x", "2025-02-29T00:00:00Z"}) {
            org.junit.jupiter.api.Assertions.assertNull(DateTimes.parse(text), text);
        }
    }
}
