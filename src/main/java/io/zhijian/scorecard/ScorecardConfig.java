package io.zhijian.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "zhijian")
public interface ScorecardConfig {

    /**
     * Folder of {@code *.yaml} scorecards loaded (idempotently) at start-up. Unset: the seed scorecards built into
     * the application (the repository's {@code scorecards/} at build time).
     */
    @WithName("scorecards-dir")
    Optional<Path> scorecardsDir();
}
