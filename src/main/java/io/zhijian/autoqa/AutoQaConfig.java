package io.zhijian.autoqa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Auto-QA settings ({@code zhijian.auto-qa.*}). */
@ConfigMapping(prefix = "zhijian.auto-qa")
public interface AutoQaConfig {

    /**
     * Off: nothing is queued or run (existing results stay readable). For an operator who must shed load, and for
     * the benchmark that measures what auto-QA adds to a transcription job.
     */
    @WithDefault("true")
    boolean enabled();

    /** How often the worker looks for queued work it was not woken for (after a restart, say). */
    @WithDefault("5s")
    String checkEvery();

    /** Interactions per transaction of a re-run over history. */
    @WithDefault("1000")
    int rerunBatch();
}
