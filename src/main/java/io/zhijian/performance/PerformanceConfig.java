package io.zhijian.performance;

import io.smallrye.config.ConfigMapping;
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
}
