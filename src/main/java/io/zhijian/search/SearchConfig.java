package io.zhijian.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "zhijian.search")
public interface SearchConfig {

    /** How often the searcher picks up new documents (near-real-time visibility). */
    @WithDefault("200ms")
    Duration refreshEvery();

    /** How often indexed changes are committed to disk (and always at shutdown). */
    @WithDefault("10s")
    Duration commitEvery();

    /** Largest page of hits an API call may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * A page of hits is read from at most this many best-scoring documents; pages deeper than that score
     * every match instead.
     */
    @WithDefault("20000")
    int topDocsLimit();
}
