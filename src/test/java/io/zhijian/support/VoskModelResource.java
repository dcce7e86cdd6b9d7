package io.zhijian.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the tiny Vosk test models before the app starts: English ("alpha bravo charlie", an 8 kHz
 * telephony model) is configured; Chinese ("您好 快递 投诉", a 16 kHz model, so 8 kHz calls are resampled
 * up) is only built, so tests can show calls waiting for it and then set it at run time.
 */
public class VoskModelResource implements QuarkusTestResourceLifecycleManager {

    public static final Path ENGLISH = Path.of("target/vosk-models/en").toAbsolutePath();
    public static final Path CHINESE = Path.of("target/vosk-models/zh").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        VoskTestModel.build(ENGLISH, VoskTestModel.ENGLISH);
        VoskTestModel.build(CHINESE, VoskTestModel.CHINESE, 16000);
        return Map.of("zhijian.transcription.models.en", ENGLISH.toString(),
                "zhijian.transcription.max-audio-bytes", String.valueOf(4 * 1024 * 1024));
    }

    @Override
    public void stop() {
    }
}
