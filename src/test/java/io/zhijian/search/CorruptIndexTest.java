package io.zhijian.search;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An app started on a corrupt index rebuilds it from the database by itself and keeps answering searches. */
@QuarkusTest
@TestProfile(CorruptIndexTest.Profile.class)
class CorruptIndexTest {

    static final Path DATA = Path.of("target/test-corrupt-index").toAbsolutePath();

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zhijian.data-dir", DATA.toString());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Corruption.class));
        }
    }

    /** Before the app starts: an index folder whose segment files are garbage. */
    public static class Corruption implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Path generation = DATA.resolve("index/gen-1");
                if (Files.exists(DATA)) {
                    try (var walk = Files.walk(DATA)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                Files.createDirectories(generation);
                byte[] garbage = new byte[4096];
                new Random(1).nextBytes(garbage);
                Files.write(generation.resolve("segments_1"), garbage);
                Files.write(generation.resolve("_0.cfs"), garbage);
                Files.writeString(DATA.resolve("index/current"), "gen-1");
                return Map.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void theCorruptIndexIsReplacedByOneRebuiltFromTheDatabase() throws IOException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"DONE".equals(as("admin").get("/api/search/reindex").path("state"))) {
            assertTrue(System.nanoTime() < until, "no automatic rebuild");
        }
        String current = Files.readString(DATA.resolve("index/current")).trim();
        assertNotEquals("gen-1", current);
        assertFalse(Files.exists(DATA.resolve("index/gen-1")), "the corrupt copy is gone");
        // Every call and ticket in the database was read back into the new index (the in-memory test database
        // may hold calls and tickets from earlier test classes of this JVM).
        int calls = as("qa").get("/api/calls").then().extract().jsonPath().getList("").size();
        int done = as("admin").get("/api/search/reindex").path("done");
        as("admin").get("/api/search/reindex").then().body("total", equalTo(done));
        assertTrue(done >= calls, done + " documents rebuilt for " + calls + " calls");
        assertEquals(200, as("qa").queryParam("q", "agent:agent1").get("/api/search").statusCode());
    }
}
