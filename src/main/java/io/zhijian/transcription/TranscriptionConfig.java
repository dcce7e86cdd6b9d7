package io.zhijian.transcription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

@ConfigMapping(prefix = "zhijian.transcription")
public interface TranscriptionConfig {

    /** Vosk model directory per language ({@code zh}, {@code en}); none configured is fine. */
    Map<String, String> models();

    /** Concurrent transcription jobs; default = CPU cores. */
    OptionalInt workers();

    /** How often idle workers look for queued jobs. */
    @WithDefault("1s")
    Duration pollEvery();

    /** A running job's claim lasts this long unless its worker renews it; after that another worker retakes it. */
    @WithDefault("60s")
    Duration lease();

    /** Which stereo channel carries the agent when a call does not say. */
    @WithDefault("LEFT")
    String defaultAgentChannel();

    /** Largest recording accepted, in bytes (default 200 MB). */
    @WithDefault("209715200")
    long maxAudioBytes();

    /** Language of calls that do not say. */
    @WithDefault("zh")
    String defaultLanguage();
}
