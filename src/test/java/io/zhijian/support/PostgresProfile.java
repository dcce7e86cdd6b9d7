package io.zhijian.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The app built for PostgreSQL (db-kind is a build-time setting) against the embedded server. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }

    /** Same database, new app start: what a restart of the platform looks like. */
    public static class Restarted extends PostgresProfile {
    }
}
