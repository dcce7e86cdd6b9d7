package io.zhijian.training;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhijian.support.PostgresProfile;
import org.junit.jupiter.api.Order;

/** The exam API tests again on a real PostgreSQL: attempts, guarded answer saves, deadlines, grading. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Order(Integer.MAX_VALUE - 1)
class ExamOnPostgresTest extends ExamApiTest {
}
