package io.zhijian.platform;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Supplies {@code zhijian.session-key}, the key that encrypts login cookies. It is generated once and
 * kept in the data dir so sessions survive a restart without anyone having to configure a secret.
 * An explicit {@code zhijian.session-key} (system property or env) wins because this source has a
 * low ordinal. Resolved lazily: only when the value is first asked for (never at build time).
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String KEY = "zhijian.session-key";
    private final Path keyFile;
    private volatile String value;

    SessionKeyConfigSource(Path dataDir) {
        this.keyFile = dataDir.resolve("session.key");
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        if (value == null) {
            synchronized (this) {
                if (value == null) {
                    value = loadOrCreate(keyFile);
                }
            }
        }
        return value;
    }

    static String loadOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String existing = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (existing.length() >= 32) {
                    return existing;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, created, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file, e);
        }
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "zhijian-session-key";
    }

}
