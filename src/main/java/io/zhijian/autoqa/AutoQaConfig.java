package io.zhijian.autoqa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Auto-QA settings ({@code zhijian.auto-qa.*}). */
@ConfigMapping(prefix = "zhijian.auto-qa")
public interface AutoQaConfig {

    /** How often the worker looks for queued work it was not woken for (after a restart, say). */
    @WithDefault("5s")
    String checkEvery();

    /** Interactions per transaction of a re-run over history. */
    @WithDefault("1000")
    int rerunBatch();
}
