package io.zhijian.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "zhijian.evaluation")
public interface EvaluationConfig {

    /** How long after an evaluation is submitted its agent may dispute it. */
    @WithDefault("P7D")
    Duration disputeWindow();
}
