package io.zhijian.performance;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

import java.util.function.Function;

/** A problem text of this feature, taken from its own bundle ({@link PerformanceMessages}) in the reader's language. */
final class PerformanceTexts {

    private PerformanceTexts() {
    }

    /** An at-risk reason in words: the rule, its threshold and the months. */
    static String risk(PerformanceMessages m, PerformanceService.Risk risk) {
        return m.riskText(risk.rule(), String.join(", ", risk.months().stream().map(x -> month(m, x)).toList()),
                io.zhijian.scorecard.Scorecard.points(risk.threshold()));
    }

    /** A month as people write it: 2026年10月, October 2026. */
    static String month(PerformanceMessages m, String period) {
        java.time.YearMonth month = java.time.YearMonth.parse(period);
        return m.monthLabel(month.getYear(), month.getMonthValue());
    }

    static Problem.Text text(Function<PerformanceMessages, String> message) {
        return Messages.text(PerformanceMessages.class, message);
    }
}
