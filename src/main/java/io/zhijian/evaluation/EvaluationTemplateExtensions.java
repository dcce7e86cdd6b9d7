package io.zhijian.evaluation;

import io.quarkus.qute.TemplateExtension;
import io.zhijian.scorecard.Scorecard;

/** Numbers on the evaluation, calibration and QA pages ({@code fmt:score(x)}); null shows as a dash. */
@TemplateExtension(namespace = "fmt")
public final class EvaluationTemplateExtensions {

    private EvaluationTemplateExtensions() {
    }

    /** A score as people write it (92, 78.57), or a dash when there is none. */
    static String score(Double value) {
        return value == null ? "–" : Scorecard.points(value);
    }

    /** A share 0..1 as a percentage, or a dash. */
    static String percent(Double share) {
        return share == null ? "–" : Scorecard.points(Math.round(share * 1000) / 10.0) + "%";
    }

    /** A statistic to three decimals, or a dash when undefined. */
    static String stat(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
