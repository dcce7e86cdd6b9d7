package io.zhijian.training;

import io.zhijian.training.ItemAnalysis.ExamStats;
import io.zhijian.training.ItemAnalysis.Flag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected values computed by hand (worked out below each case). */
class ItemAnalysisTest {

    private static final double EPS = 1e-9;

    /*
     * Five attempts, three 0/1 items.
     *   item0: 1 1 1 1 0   item1: 1 1 0 0 0   item2: 1 0 1 0 0   totals: 3 2 2 1 0
     * facility: 0.8, 0.4, 0.4
     * var(item0) = (4·0.04 + 0.64)/4 = 0.2; var(item1) = var(item2) = (2·0.36 + 3·0.16)/4 = 0.3
     * var(T): mean 1.6, squares 1.96 .16 .16 .36 2.56 = 5.2 → 1.3
     * KR-20 = 3/2 · (1 − 0.8/1.3) = 0.576923…
     * item1 rest R = T − x = 2 1 2 1 0 (mean 1.2): cov = Σ(x−.4)(R−1.2)/4 = (.6·.8 + .6·−.2 + −.4·.8 + −.4·−.2 + −.4·−1.2)/4 = 0.6/4 = 0.15
     *   var(R) = (.64+.04+.64+.04+1.44)/4 = 0.7 → DI = 100 · 0.15/√(0.3·0.7) = 32.7326…
     *   cov_max (sorted pairs x 0 0 0 1 1, R 0 1 1 2 2) = (−.4·−1.2·1 + −.4·−.2·2 + .6·.8·2)/4 = (0.48+0.16+0.96)/4 = 0.4
     *   → DE = 100 · 0.15/0.4 = 37.5
     */
    static final double[][] MARKS = {{1, 1, 1}, {1, 1, 0}, {1, 0, 1}, {1, 0, 0}, {0, 0, 0}};
    static final double[] MAX = {1, 1, 1};

    @Test
    void facilityAndStandardDeviation() {
        ExamStats stats = ItemAnalysis.analyse(MARKS, MAX);
        assertEquals(5, stats.attempts());
        assertEquals(1.6, stats.mean(), EPS);
        assertEquals(Math.sqrt(1.3), stats.sd(), EPS);
        assertEquals(List.of(0.8, 0.4, 0.4), stats.items().stream().map(ItemAnalysis.ItemStats::facility).toList());
        assertEquals(Math.sqrt(0.2), stats.items().get(0).sd(), EPS);
        assertEquals(Math.sqrt(0.3), stats.items().get(1).sd(), EPS);
    }

    @Test
    void discriminationIndexAndEfficiency() {
        ItemAnalysis.ItemStats item1 = ItemAnalysis.analyse(MARKS, MAX).items().get(1);
        assertEquals(100 * 0.15 / Math.sqrt(0.3 * 0.7), item1.discriminationIndex(), EPS);
        assertEquals(37.5, item1.discriminativeEfficiency(), EPS);
    }

    @Test
    void kr20ErrorRatioAndStandardError() {
        ExamStats stats = ItemAnalysis.analyse(MARKS, MAX);
        double alpha = 1.5 * (1 - 0.8 / 1.3);
        assertEquals(alpha, stats.alpha(), EPS);
        assertEquals(100 * Math.sqrt(1 - alpha), stats.errorRatio(), EPS);
        assertEquals(100 * Math.sqrt(1 - alpha) * Math.sqrt(1.3) / 100, stats.standardError(), EPS);
    }

    /*
     * Marks that are not 0/1 (Cronbach alpha): two items worth 2 and 3, four attempts.
     *   x0: 2 1 0 1 (mean 1, var (1+0+1+0)/3 = 2/3)   x1: 3 2 1 0 (mean 1.5, var (2.25+.25+.25+2.25)/3 = 5/3)
     *   T: 5 3 1 1 (mean 2.5, var (6.25+.25+2.25+2.25)/3 = 11/3)
     *   alpha = 2 · (1 − (2/3 + 5/3)/(11/3)) = 2 · (1 − 7/11) = 8/11
     */
    @Test
    void cronbachAlphaForPartialMarks() {
        ExamStats stats = ItemAnalysis.analyse(new double[][]{{2, 3}, {1, 2}, {0, 1}, {1, 0}}, new double[]{2, 3});
        assertEquals(8.0 / 11, stats.alpha(), EPS);
        assertEquals(0.5, stats.items().get(0).facility(), EPS);
        assertEquals(0.5, stats.items().get(1).facility(), EPS);
    }

    @Test
    void flagsTooEasyTooHardAndPoorDiscrimination() {
        double[][] marks = {{1, 0, 1}, {1, 0, 0}, {1, 0, 1}, {1, 0, 0}, {1, 1, 1}, {1, 0, 0}, {1, 0, 1}, {1, 0, 0},
                {1, 0, 1}, {1, 0, 0}, {0, 0, 1}};
        ExamStats stats = ItemAnalysis.analyse(marks, MAX);
        assertEquals(List.of(Flag.TOO_EASY), stats.items().get(0).flags().stream().filter(f -> f == Flag.TOO_EASY).toList());
        assertEquals(List.of(Flag.TOO_HARD), stats.items().get(1).flags().stream().filter(f -> f == Flag.TOO_HARD).toList());
        ItemAnalysis.ItemStats item2 = stats.items().get(2);
        assertEquals(List.of(Flag.POOR_DISCRIMINATION), item2.flags(), "facility 6/11, DI " + item2.discriminationIndex());
    }

    @Test
    void oneAttemptOrNoVarianceIsNotEnoughDataNotNaN() {
        ExamStats one = ItemAnalysis.analyse(new double[][]{{1, 0}}, new double[]{1, 1});
        assertNull(one.alpha());
        assertNull(one.sd());
        assertNull(one.items().get(0).discriminationIndex());
        assertEquals(1.0, one.items().get(0).facility());
        ExamStats same = ItemAnalysis.analyse(new double[][]{{1, 1}, {1, 1}, {1, 1}}, new double[]{1, 1});
        assertNull(same.alpha());
        assertNull(same.errorRatio());
        assertNull(same.items().get(0).discriminationIndex());
        assertEquals(List.of(Flag.TOO_EASY), same.items().get(0).flags());
        ExamStats none = ItemAnalysis.analyse(new double[0][], new double[]{1});
        assertNull(none.mean());
        assertNull(none.items().get(0).facility());
    }

    @Test
    void raggedInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ItemAnalysis.analyse(new double[][]{{1, 0}, {1}}, new double[]{1, 1}));
    }
}
