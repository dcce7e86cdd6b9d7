package io.zhijian.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classical item analysis of one exam (Moodle's quiz statistics): per item facility, standard
 * deviation, discrimination index (corrected item–total correlation) and discriminative efficiency;
 * per exam Cronbach's alpha (KR-20 for 0/1 items), error ratio and standard error. Pure functions;
 * sample variances divide by s − 1. Undefined values (one attempt, no variance) are null — the
 * pages say "not enough data" rather than show NaN.
 */
public final class ItemAnalysis {

    public static final double TOO_EASY = 0.9;
    public static final double TOO_HARD = 0.2;
    public static final double POOR_DISCRIMINATION = 15;

    public enum Flag { TOO_EASY, TOO_HARD, POOR_DISCRIMINATION }

    /** Facility 0..1; SD in marks; discrimination and efficiency in percent. */
    public record ItemStats(int item, double maxMarks, Double facility, Double sd, Double discriminationIndex,
                            Double discriminativeEfficiency, List<Flag> flags) {
    }

    public record ExamStats(int attempts, Double mean, Double sd, Double alpha, Double errorRatio,
                            Double standardError, List<ItemStats> items) {
    }

    private ItemAnalysis() {
    }

    /**
     * @param marks    marks[i][j] = marks of attempt i on item j
     * @param maxMarks maxMarks[j] = the most item j can give
     */
    public static ExamStats analyse(double[][] marks, double[] maxMarks) {
        int s = marks.length;
        int k = maxMarks.length;
        for (double[] attempt : marks) {
            if (attempt.length != k) {
                throw new IllegalArgumentException("every attempt needs one mark per item");
            }
        }
        double[] totals = new double[s];
        for (int i = 0; i < s; i++) {
            totals[i] = Arrays.stream(marks[i]).sum();
        }
        List<ItemStats> items = new ArrayList<>(k);
        double sumItemVariance = 0;
        boolean itemVarianceDefined = s > 1;
        for (int j = 0; j < k; j++) {
            double[] x = column(marks, j);
            double[] rest = new double[s];
            for (int i = 0; i < s; i++) {
                rest[i] = totals[i] - x[i];
            }
            Double facility = s == 0 || maxMarks[j] <= 0 ? null : mean(x) / maxMarks[j];
            Double variance = variance(x);
            if (variance != null) {
                sumItemVariance += variance;
            }
            Double di = null;
            Double de = null;
            Double restVariance = variance(rest);
            if (variance != null && restVariance != null && variance > 0 && restVariance > 0) {
                double cov = covariance(x, rest);
                di = 100 * cov / Math.sqrt(variance * restVariance);
                double covMax = covariance(sorted(x), sorted(rest));
                de = covMax > 0 ? 100 * cov / covMax : null;
            }
            List<Flag> flags = new ArrayList<>();
            if (facility != null && facility > TOO_EASY) {
                flags.add(Flag.TOO_EASY);
            }
            if (facility != null && facility < TOO_HARD) {
                flags.add(Flag.TOO_HARD);
            }
            if (di != null && di < POOR_DISCRIMINATION) {
                flags.add(Flag.POOR_DISCRIMINATION);
            }
            items.add(new ItemStats(j, maxMarks[j], facility, variance == null ? null : Math.sqrt(variance), di, de,
                    List.copyOf(flags)));
        }
        Double totalVariance = variance(totals);
        Double alpha = null;
        if (itemVarianceDefined && k > 1 && totalVariance != null && totalVariance > 0) {
            alpha = (double) k / (k - 1) * (1 - sumItemVariance / totalVariance);
        }
        Double errorRatio = alpha == null || alpha > 1 ? null : 100 * Math.sqrt(Math.max(0, 1 - alpha));
        Double sdTotal = totalVariance == null ? null : Math.sqrt(totalVariance);
        Double standardError = errorRatio == null || sdTotal == null ? null : errorRatio * sdTotal / 100;
        return new ExamStats(s, s == 0 ? null : mean(totals), sdTotal, alpha, errorRatio, standardError,
                List.copyOf(items));
    }

    private static double[] column(double[][] marks, int j) {
        double[] x = new double[marks.length];
        for (int i = 0; i < marks.length; i++) {
            x[i] = marks[i][j];
        }
        return x;
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Sample variance (÷ n − 1); null with fewer than two values. */
    static Double variance(double[] values) {
        if (values.length < 2) {
            return null;
        }
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }

    static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}
