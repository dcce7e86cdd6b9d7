package io.zhijian.postgres;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.identity.DemoDataSeeder;
import io.zhijian.support.PostgresProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A second start on the database {@link IdentityOnPostgresTest} used: nothing re-seeded, nothing lost. */
@QuarkusTest
@TestProfile(PostgresProfile.Restarted.class)
@Order(Integer.MAX_VALUE)
class RestartOnPostgresTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoDataSeeder seeder;

    @Test
    void theSecondStartAddsNothingAndKeepsWhatTheFirstStartCreated() throws SQLException {
        as("admin").get("/api/users/zhang.san").then().statusCode(200).body("active", equalTo(false));
        assertEquals(0, seeder.addedAtStart(), "demo seeding must be idempotent across starts");
        assertEquals(0, seeder.seed());
        for (String scorecard : new String[]{"call-quality", "ticket-quality", "call-monitoring"}) {
            as("qa").get("/api/scorecards/" + scorecard + "/versions").then().statusCode(200)
                    .body("version", equalTo(java.util.List.of(1)));
        }
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(1, count(connection, "select count(*) from teams where name = 'A组'"));
            assertEquals(6, count(connection,
                    "select count(*) from users where username in ('admin','trainer','qa','lead','agent1','agent2')"));
            assertEquals(1, count(connection, "select count(*) from flyway_schema_history where version = '1'"));
        }
    }

    @Test
    void aTranscriptionInterruptedByTheRestartCompletes() throws Exception {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        int call;
        try (Connection connection = dataSource.getConnection()) {
            call = count(connection, "select id from calls where external_id = 'interrupted-by-a-restart'");
        }
        String status = null;
        while (System.nanoTime() < until && !"DONE".equals(status)) {
            status = as("qa").get("/api/calls/" + call).then().statusCode(200).extract().path("transcription.status");
            Thread.sleep(100);
        }
        assertEquals("DONE", status);
        as("qa").get("/api/calls/" + call).then().body("transcription.attempts", equalTo(2));
        as("qa").get("/api/calls/" + call + "/transcript").then().statusCode(200)
                .body("segments.text", equalTo(java.util.List.of("bravo")));
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
