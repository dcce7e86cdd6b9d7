package io.zhijian.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL 16 (zonky binaries from Maven Central, no Docker). One server per test JVM,
 * shared by every PostgreSQL profile so that a second app start sees the first start's database.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide: each Quarkus restart loads this class again in a new class loader. */
    private static final String URL_PROPERTY = "embedded.postgres.test.url";
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Kept running for the next profile; closed when the JVM exits.
    }

    private static synchronized String jdbcUrl() {
        String running = System.getProperty(URL_PROPERTY);
        if (running == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            running = server.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, running);
        }
        return running;
    }
}
