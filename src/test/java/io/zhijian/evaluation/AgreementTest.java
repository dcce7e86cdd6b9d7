package io.zhijian.evaluation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The agreement statistics against published, hand-checked examples. */
class AgreementTest {

    /** Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213. */
    @Test
    void fleissKappaOfTheWorkedExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        assertEquals(0.20993, Agreement.fleissKappa(ratings(counts)), 1e-4);
    }

    /** Two raters, four items: agreement on 3 of 4 (P̄ = 0.75); categories a:5/8, b:3/8 → P̄e = 0.53125. */
    @Test
    void fleissKappaByHandForTwoRaters() {
        List<List<String>> ratings = List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "b"), List.of("a", "a"));
        assertEquals((0.75 - 0.53125) / (1 - 0.53125), Agreement.fleissKappa(ratings), 1e-12);
        assertEquals(0.75, Agreement.percentAgreement(ratings), 1e-12);
    }

    @Test
    void fleissKappaEdgeCases() {
        // Perfect agreement across two categories is 1; everyone always in one category is undefined.
        assertEquals(1.0, Agreement.fleissKappa(List.of(List.of("a", "a", "a"), List.of("b", "b", "b"))), 1e-12);
        assertNull(Agreement.fleissKappa(List.of(List.of("a", "a"), List.of("a", "a"))));
        assertNull(Agreement.fleissKappa(List.of()));
        assertNull(Agreement.fleissKappa(List.of(List.of("a"), List.of("b"))));
        // Systematic disagreement is below zero.
        assertEquals(-1.0, Agreement.fleissKappa(List.of(List.of("a", "b"), List.of("b", "a"))), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Agreement.fleissKappa(List.of(List.of("a", "b"), List.of("a"))));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.fleissKappa(List.of(Arrays.asList("a", null))));
        assertNull(Agreement.percentAgreement(List.of(Arrays.asList("a", null))));
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability": four observers, twelve units,
     * missing values; α nominal 0.743, ordinal 0.815, interval 0.849.
     */
    @Test
    void krippendorffAlphaOfThePublishedExample() {
        Double[][] byObserver = {
                {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
                {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
                {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
                {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null}};
        List<List<Double>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Double> unit = new ArrayList<>();
            for (Double[] observer : byObserver) {
                unit.add(observer[u]);
            }
            units.add(unit);
        }
        assertEquals(0.743, Agreement.krippendorffAlpha(units, Agreement.Metric.NOMINAL), 5e-4);
        assertEquals(0.815, Agreement.krippendorffAlpha(units, Agreement.Metric.ORDINAL), 5e-4);
        assertEquals(0.849, Agreement.krippendorffAlpha(units, Agreement.Metric.INTERVAL), 5e-4);
    }

    /** Two coders, values 0/1 on four units, one disagreement: by hand α(nominal) = 1 − 7 × 2/(5 × 3 × 2) ≈ 0.5333. */
    @Test
    void krippendorffAlphaByHandAndEdgeCases() {
        List<List<Double>> units = List.of(List.of(0.0, 0.0), List.of(1.0, 1.0), List.of(0.0, 1.0), List.of(0.0, 0.0));
        // o(0,1) = o(1,0) = 1, n0 = 5, n1 = 3, n = 8: α = 1 − (n − 1)·2 / (2·n0·n1) = 1 − 14/30.
        assertEquals(1 - 14.0 / 30, Agreement.krippendorffAlpha(units, Agreement.Metric.NOMINAL), 1e-12);
        // With two values the ordinal distance is (n0 + n1 − (n0 + n1)/2)² for both orders: same α.
        assertEquals(1 - 14.0 / 30, Agreement.krippendorffAlpha(units, Agreement.Metric.ORDINAL), 1e-12);
        assertNull(Agreement.krippendorffAlpha(List.of(List.of(1.0, 1.0), List.of(1.0, 1.0)), Agreement.Metric.ORDINAL));
        assertNull(Agreement.krippendorffAlpha(List.of(Arrays.asList(1.0, null)), Agreement.Metric.ORDINAL));
        assertEquals(1.0, Agreement.krippendorffAlpha(List.of(List.of(0.0, 0.0), List.of(5.0, 5.0)),
                Agreement.Metric.ORDINAL), 1e-12);
    }

    private static List<List<String>> ratings(int[][] counts) {
        List<List<String>> ratings = new ArrayList<>();
        for (int[] subject : counts) {
            List<String> row = new ArrayList<>();
            for (int category = 0; category < subject.length; category++) {
                for (int i = 0; i < subject[category]; i++) {
                    row.add("c" + category);
                }
            }
            ratings.add(row);
        }
        return ratings;
    }

    static List<String> ratings(Object... pairs) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int n = 0; n < (Integer) pairs[i + 1]; n++) {
                out.add((String) pairs[i]);
            }
        }
        return out;
    }

    @Test
    void cohensKappaMatchesPublishedExamples() {
        // Wikipedia, "Cohen's kappa", first example: 50 proposals, both yes 20, A yes B no 5, A no B yes 10,
        // both no 15 → po 0.7, pe 0.5, kappa 0.4.
        List<String> a = ratings("yes", 20, "yes", 5, "no", 10, "no", 15);
        List<String> b = ratings("yes", 20, "no", 5, "yes", 10, "no", 15);
        assertEquals(0.4, Agreement.cohensKappa(a, b), 1e-12);
        // Second example (100 subjects): 45 / 15 / 25 / 15 → po 0.60, pe 0.54, kappa 0.1304.
        a = ratings("yes", 45, "yes", 15, "no", 25, "no", 15);
        b = ratings("yes", 45, "no", 15, "yes", 25, "no", 15);
        assertEquals(0.1304, Agreement.cohensKappa(a, b), 1e-4);
        // Same marginals, other distribution: 25 / 35 / 5 / 35 → po 0.60, pe 0.46, kappa 0.2593.
        a = ratings("yes", 25, "yes", 35, "no", 5, "no", 35);
        b = ratings("yes", 25, "no", 35, "yes", 5, "no", 35);
        assertEquals(0.2593, Agreement.cohensKappa(a, b), 1e-4);
    }

    @Test
    void cohensKappaEdgeCases() {
        assertEquals(1.0, Agreement.cohensKappa(List.of("8", "4", "0"), List.of("8", "4", "0")), 1e-12);
        // Systematic disagreement over two categories used equally: -1.
        assertEquals(-1.0, Agreement.cohensKappa(List.of("yes", "no"), List.of("no", "yes")), 1e-12);
        // Three categories, hand-computed: po 2/4, pe (2·2 + 1·2 + 1·0)/16 = 6/16 → (8/16 − 6/16)/(10/16) = 0.2.
        assertEquals(0.2, Agreement.cohensKappa(List.of("8", "8", "4", "0"), List.of("8", "4", "4", "8")), 1e-12);
        assertNull(Agreement.cohensKappa(List.of(), List.of()), "no subjects");
        assertNull(Agreement.cohensKappa(List.of("yes", "yes"), List.of("yes", "yes")), "one category: chance agreement 1");
        assertThrows(IllegalArgumentException.class, () -> Agreement.cohensKappa(List.of("a"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Agreement.cohensKappa(java.util.Arrays.asList("a", null),
                List.of("a", "b")));
    }
}
