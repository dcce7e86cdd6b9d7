package io.zhijian.reporting;

import org.apache.commons.math3.distribution.TDistribution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a mean score can be trusted: the Student-t 95 % confidence interval of the mean of n totals, from the
 * count, sum and sum of squares the database aggregates, and how many evaluations would narrow it to ±{@link #WANTED}
 * points at the observed spread. Below two evaluations there is no interval (null).
 */
public final class Confidence {

    /** The half-width a mean should have to be read as the agent's level: ±5 points. */
    public static final double WANTED = 5.0;
    /** Wider than ±10 points, pages say the score rests on too few evaluations. */
    public static final double TOO_WIDE = 10.0;
    private static final int MAX_NEEDED = 100_000;

    /** {@code low}/{@code high} null below two evaluations; {@code nNeeded} null without a spread to judge by. */
    public record Interval(long n, Double mean, Double low, Double high, Long nNeeded) {
        public boolean tooWide() {
            return low == null || high - low > 2 * TOO_WIDE;
        }
    }

    private Confidence() {
    }

    public static Interval of(long n, double sum, double sumOfSquares) {
        if (n <= 0) {
            return new Interval(0, null, null, null, null);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Interval(n, round(mean), null, null, null);
        }
        // The sample variance from the sums; rounding can make a zero spread slightly negative.
        double variance = Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        double sd = Math.sqrt(variance);
        double half = t975(n - 1) * sd / Math.sqrt(n);
        return new Interval(n, round(mean), round(mean - half), round(mean + half), needed(sd));
    }

    /** The two-sided 95 % quantile of Student's t with the given degrees of freedom (12.706 for 1, 1.96 in the limit). */
    public static double t975(long degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }

    /** The fewest evaluations (at least 2) whose interval at this spread is ±5 points or narrower. */
    static long needed(double sd) {
        if (sd == 0) {
            return 2;
        }
        // t shrinks as n grows, so the half-width falls monotonically: search the first n that is narrow enough.
        long low = 2;
        long high = MAX_NEEDED;
        if (halfWidth(sd, high) > WANTED) {
            return high;
        }
        while (low < high) {
            long mid = (low + high) / 2;
            if (halfWidth(sd, mid) <= WANTED) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static double halfWidth(double sd, long n) {
        return t975(n - 1) * sd / Math.sqrt(n);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
