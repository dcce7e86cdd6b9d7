package io.zhijian.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "zhijian")
public interface TrainingConfig {

    /**
     * Folder of {@code *.gift} question banks (and {@code exams.yaml}) loaded (idempotently) at start-up. Unset: the
     * seed banks built into the application (the repository's {@code question-banks/} at build time).
     */
    @WithName("question-banks-dir")
    Optional<Path> questionBanksDir();

    /** How often attempts past their deadline are submitted for browsers that are gone. */
    @WithName("training.auto-submit-every")
    @WithDefault("10s")
    String autoSubmitEvery();
}
