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
     * How deep pages may go (page × size): every page keeps that many best hits in memory while it searches,
     * so the limit guards against a request that asks for millions. Narrowing the query finds the rest.
     */
    @WithDefault("10000")
    int maxResultWindow();
}
