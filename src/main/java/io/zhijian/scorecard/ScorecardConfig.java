package io.zhijian.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

@ConfigMapping(prefix = "zhijian.scorecards")
public interface ScorecardConfig {

    /** Folder of {@code *.yaml} scorecards loaded (idempotently) at start-up; skipped if missing. */
    @WithDefault("scorecards")
    Path directory();
}
