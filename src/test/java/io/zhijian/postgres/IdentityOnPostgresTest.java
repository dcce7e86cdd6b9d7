package io.zhijian.postgres;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.identity.DemoDataSeeder;
import io.zhijian.identity.IdentityApiTest;
import io.zhijian.support.PostgresProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identity API tests again, on a real PostgreSQL, plus the migration itself (first start). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Order(Integer.MAX_VALUE - 1)
class IdentityOnPostgresTest extends IdentityApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoDataSeeder seeder;

    @Test
    void flywayMigratedPostgresAndTheFirstStartSeededTheDemoData() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getMetaData().getDatabaseProductName().contains("PostgreSQL"));
            assertTrue(connection.getMetaData().getDatabaseMajorVersion() >= 16);
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "select count(*) from flyway_schema_history where success and version = '1'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        assertEquals(10, seeder.addedAtStart(), "team A组 and nine users on a fresh database");
    }
}
