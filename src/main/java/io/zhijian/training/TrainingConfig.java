package io.zhijian.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

@ConfigMapping(prefix = "zhijian.training")
public interface TrainingConfig {

    /** Folder of {@code *.gift} question banks loaded (idempotently) at start-up; skipped if missing. */
    @WithDefault("question-banks")
    Path directory();

    /** How often attempts past their deadline are submitted for browsers that are gone. */
    @WithDefault("10s")
    String autoSubmitEvery();
}
