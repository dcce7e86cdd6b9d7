package io.zhijian.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interval of a mean against published t quantiles and hand-computed examples. */
class ConfidenceTest {

    /** Two-sided 95 % quantiles of Student's t, as printed in every statistics table. */
    @ParameterizedTest
    @CsvSource({"1,12.706", "2,4.303", "4,2.776", "9,2.262", "19,2.093", "29,2.045", "120,1.980", "100000,1.960"})
    void tQuantilesMatchThePublishedTable(long df, double t) {
        assertEquals(t, Confidence.t975(df), 0.0005);
    }

    @Test
    void fiveTotalsByHand() {
        // 80, 85, 90, 75, 70: mean 80, s² = (0+25+100+25+100)/4 = 62.5, s = 7.9057, s/√5 = 3.5355,
        // t(4) = 2.7764 → ±9.8163 → [70.18, 89.82].
        double sum = 80 + 85 + 90 + 75 + 70;
        double squares = 6400 + 7225 + 8100 + 5625 + 4900;
        Confidence.Interval i = Confidence.of(5, sum, squares);
        assertEquals(80.0, i.mean());
        assertEquals(70.18, i.low());
        assertEquals(89.82, i.high());
        assertFalse(i.tooWide(), "±9.8 is within ±10");
        // ±5 at s = 7.9057: n = 12 gives t(11) 2.201 × 7.9057 / √12 = 5.02; n = 13 gives 2.179 × 7.9057 / √13 = 4.78.
        assertEquals(13L, i.nNeeded());
    }

    @Test
    void twoFarApartAreTooFewToTrust() {
        Confidence.Interval i = Confidence.of(2, 60 + 100, 3600 + 10000);
        // s = 28.284, s/√2 = 20, t(1) = 12.706 → ±254.1 (clipped by nothing: the interval says how little is known).
        assertEquals(80.0, i.mean());
        assertEquals(80 - 254.12, i.low(), 0.01);
        assertTrue(i.tooWide());
    }

    @Test
    void fewerThanTwoHaveNoInterval() {
        Confidence.Interval none = Confidence.of(0, 0, 0);
        assertNull(none.mean());
        assertNull(none.low());
        Confidence.Interval one = Confidence.of(1, 93.5, 93.5 * 93.5);
        assertEquals(93.5, one.mean());
        assertNull(one.low());
        assertNull(one.nNeeded());
        assertTrue(one.tooWide());
    }

    @Test
    void noSpreadNeedsNoMore() {
        Confidence.Interval same = Confidence.of(4, 400, 40000);
        assertEquals(100.0, same.low());
        assertEquals(100.0, same.high());
        assertEquals(2L, same.nNeeded());
    }
}
