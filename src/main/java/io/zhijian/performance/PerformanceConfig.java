package io.zhijian.performance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "zhijian")
public interface PerformanceConfig {

    /**
     * The folder holding {@code monthly-performance.yaml} (the scorecards' folder). Unset: the definition built into the
     * application (the repository's {@code scorecards/monthly-performance.yaml} at build time).
     */
    @WithName("scorecards-dir")
    Optional<Path> rulesDir();

    /**
     * The answer time the interval reports' "answered in threshold" counts stand for (what service level means here,
     * shown with it); the telephony system decides it, this only says it.
     */
    @WithName("performance.service-level-threshold-seconds")
    @WithDefault("20")
    int serviceLevelThresholdSeconds();
}
