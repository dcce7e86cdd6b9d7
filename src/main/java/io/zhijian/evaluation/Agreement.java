package io.zhijian.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inter-rater agreement. Pure functions over ratings: one list per subject (a scorecard item), one
 * entry per rater, null where a rater gave no usable rating.
 */
public final class Agreement {

    /** How far apart two values are for Krippendorff's alpha. */
    public enum Metric { NOMINAL, ORDINAL, INTERVAL }

    private Agreement() {
    }

    /**
     * Cohen's kappa of two raters over the same subjects (entry i of each list rates subject i): observed
     * agreement corrected for the agreement their own category frequencies would give by chance. Null when
     * undefined: no subjects, or chance agreement 1 (both raters used one and the same category throughout).
     */
    public static Double cohensKappa(List<String> first, List<String> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("Cohen's kappa needs two ratings per subject");
        }
        int n = first.size();
        if (n == 0) {
            return null;
        }
        Map<String, Integer> firstCounts = new HashMap<>();
        Map<String, Integer> secondCounts = new HashMap<>();
        int agreed = 0;
        for (int i = 0; i < n; i++) {
            String a = first.get(i);
            String b = second.get(i);
            if (a == null || b == null) {
                throw new IllegalArgumentException("Cohen's kappa needs both ratings of every subject");
            }
            agreed += a.equals(b) ? 1 : 0;
            firstCounts.merge(a, 1, Integer::sum);
            secondCounts.merge(b, 1, Integer::sum);
        }
        double observed = (double) agreed / n;
        double expected = 0;
        for (Map.Entry<String, Integer> count : firstCounts.entrySet()) {
            expected += (double) count.getValue() / n * secondCounts.getOrDefault(count.getKey(), 0) / n;
        }
        if (expected >= 1 - 1e-12) {
            return null;
        }
        return (observed - expected) / (1 - expected);
    }

    /**
     * Fleiss' kappa for categorical ratings. Every subject must carry the same number n ≥ 2 of
     * ratings (missing ones are not allowed). Null when it is undefined: no subjects, fewer than two
     * raters, or every rating in one category (expected agreement 1).
     */
    public static Double fleissKappa(List<List<String>> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        int raters = ratings.get(0).size();
        for (List<String> subject : ratings) {
            if (subject.size() != raters || subject.stream().anyMatch(r -> r == null)) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of ratings for every subject");
            }
        }
        if (raters < 2) {
            return null;
        }
        int subjects = ratings.size();
        Map<String, Integer> categoryTotals = new HashMap<>();
        double sumAgreement = 0;
        for (List<String> subject : ratings) {
            Map<String, Integer> counts = new HashMap<>();
            subject.forEach(category -> counts.merge(category, 1, Integer::sum));
            double squares = 0;
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                squares += (double) count.getValue() * count.getValue();
                categoryTotals.merge(count.getKey(), count.getValue(), Integer::sum);
            }
            sumAgreement += (squares - raters) / ((double) raters * (raters - 1));
        }
        double observed = sumAgreement / subjects;
        double expected = 0;
        for (int total : categoryTotals.values()) {
            double share = total / ((double) subjects * raters);
            expected += share * share;
        }
        if (expected >= 1 - 1e-12) {
            return null;
        }
        return (observed - expected) / (1 - expected);
    }

    /** Share of subjects on which every rating is the same (missing ratings ignored); null without subjects. */
    public static Double percentAgreement(List<List<String>> ratings) {
        int counted = 0;
        int agreed = 0;
        for (List<String> subject : ratings) {
            List<String> given = subject.stream().filter(r -> r != null).toList();
            if (given.size() < 2) {
                continue;
            }
            counted++;
            if (given.stream().distinct().count() == 1) {
                agreed++;
            }
        }
        return counted == 0 ? null : (double) agreed / counted;
    }

    /**
     * Krippendorff's alpha from the coincidence matrix: α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
     * Units with fewer than two values are not pairable and are left out. The ordinal metric is
     * δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so only the order of values and how often each occurs
     * matter. Null when undefined: fewer than two pairable values or no variation at all.
     */
    public static Double krippendorffAlpha(List<List<Double>> units, Metric metric) {
        TreeMap<Double, Integer> index = new TreeMap<>();
        List<List<Double>> pairable = new ArrayList<>();
        for (List<Double> unit : units) {
            List<Double> values = unit.stream().filter(v -> v != null && !v.isNaN()).toList();
            if (values.size() >= 2) {
                pairable.add(values);
                values.forEach(v -> index.putIfAbsent(v, 0));
            }
        }
        if (pairable.isEmpty()) {
            return null;
        }
        List<Double> values = new ArrayList<>(index.keySet());
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        int size = values.size();
        double[][] coincidences = new double[size][size];
        for (List<Double> unit : pairable) {
            double weight = 1.0 / (unit.size() - 1);
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        coincidences[index.get(unit.get(i))][index.get(unit.get(j))] += weight;
                    }
                }
            }
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double delta = distance(metric, values, marginals, c, k);
                observed += coincidences[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        if (expected <= 0) {
            return null;
        }
        return 1 - (n - 1) * observed / expected;
    }

    private static double distance(Metric metric, List<Double> values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> Math.pow(values.get(c) - values.get(k), 2);
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginals[g];
                }
                yield Math.pow(between - (marginals[low] + marginals[high]) / 2, 2);
            }
        };
    }
}
