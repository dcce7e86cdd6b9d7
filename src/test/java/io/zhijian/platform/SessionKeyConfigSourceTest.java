package io.zhijian.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session key: made once per data folder, on first use; never made or recorded by the build. */
class SessionKeyConfigSourceTest {

    @Test
    void listsNoNameSoTheBuildNeverAsksForTheKey(@TempDir Path data) {
        SessionKeyConfigSource source = new SessionKeyConfigSource(data);
        assertTrue(source.getPropertyNames().isEmpty());
        assertFalse(Files.exists(data.resolve("session.key")), "nothing is made until the key is asked for");
        assertNull(source.getValue("zhijian.data-dir"));
    }

    @Test
    void makesTheKeyOnFirstUseAndKeepsIt(@TempDir Path data) throws Exception {
        String key = new SessionKeyConfigSource(data.resolve("new")).getValue(SessionKeyConfigSource.KEY);
        assertTrue(key.length() >= 43, "32 random bytes");
        assertEquals(key, Files.readString(data.resolve("new/session.key")));
        assertEquals(key, new SessionKeyConfigSource(data.resolve("new")).getValue(SessionKeyConfigSource.KEY),
                "a restart reads the same key");
    }

    @Test
    void aTooShortKeyFileIsReplaced(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("session.key"), "short");
        String key = new SessionKeyConfigSource(data).getValue(SessionKeyConfigSource.KEY);
        assertTrue(key.length() >= 43);
        assertEquals(key, Files.readString(data.resolve("session.key")));
    }
}
