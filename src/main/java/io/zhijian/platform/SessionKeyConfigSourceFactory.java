package io.zhijian.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;

/** Creates the session-key source once the data dir (profile-aware) is known. */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("zhijian.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue();
        return List.of(new SessionKeyConfigSource(Path.of(dir)));
    }
}
