package io.zhijian.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "zhijian.evaluation")
public interface EvaluationConfig {

    /** How long after an evaluation is submitted its agent may dispute it. */
    @WithDefault("P7D")
    Duration disputeWindow();

    /**
     * How long the reports keep a past week's aggregates at most (see {@code PastWeekAggregates}): within one instance
     * an amendment drops its week at once; instances sharing a database see each other's after this long.
     */
    @WithDefault("PT1H")
    Duration weekAggregatesTtl();

    /** How many aggregate rows (a day's scores, an agent's lost points on an item…) the reports keep in memory. */
    @WithDefault("500000")
    long weekAggregatesRows();
}
