package io.zhijian.scorecard;

import java.util.List;

/**
 * How often a scorecard's auto-QA rules agree with the inspectors, item by item: on interactions where both the
 * rules suggested an answer and an inspector submitted one, how many were compared and agreed, Cohen's kappa, and
 * the confusion table (rows: the suggestion, columns: the inspector; both over {@code categories}).
 */
public record AutoAgreement(String scorecardKey, List<ItemAgreement> items) {

    public record ItemAgreement(String itemKey, long compared, long agreed, Double kappa, List<String> categories,
                                List<List<Long>> confusion) {
    }

    public boolean anyCompared() {
        return items.stream().anyMatch(i -> i.compared() > 0);
    }

    /** Computes it; implemented where the evaluations are (the scorecard feature does not read them). */
    public interface Source {
        AutoAgreement of(Scorecard scorecard);
    }
}
