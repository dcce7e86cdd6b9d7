package io.zhijian.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.zhijian.performance.PerformanceApiTest.submitTicketEvaluation;
import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluations submitted before the KPI facts and lost points were recorded (rows of an older version) get them at the
 * next start; the search for them goes through an index, so a database where none is missing costs nothing.
 */
@QuarkusTest
class MissingFactsTest {

    @Inject
    EvaluationService evaluations;

    @Inject
    DataSource db;

    @Test
    void evaluationsWithoutFactsOrLostPointsGetThemAtTheNextStart() throws Exception {
        String agent = io.zhijian.support.Api.newAgent("facts", "事实", "facts-secret-1");
        Map<String, Object> seventy = new HashMap<>(EvaluationListApiTest.FULL);
        seventy.put("customer-info", 0);
        submitTicketEvaluation(agent, seventy, Map.of("customer-info", "缺失"));
        submitTicketEvaluation(agent, EvaluationListApiTest.FULL, null);
        List<long[]> before = facts(agent);
        assertEquals(2, before.size());
        assertEquals(1, before.stream().filter(f -> f[2] > 0).count(), "one evaluation lost points");

        // As an older version left them: no facts at all on one, facts but no lost points on the other.
        try (Connection c = db.getConnection()) {
            update(c, "update evaluations set critical_failure = null, attitude_clean = null, professional_score = null,"
                    + " item_losses_recorded = false where id = ?", before.get(0)[0]);
            update(c, "update evaluations set item_losses_recorded = false where id = ?", before.get(1)[0]);
            for (long[] f : before) {
                update(c, "delete from evaluation_item_losses where evaluation_id = ?", f[0]);
            }
        }
        assertTrue(facts(agent).stream().allMatch(f -> f[1] == 0 && f[2] == 0));

        assertTrue(evaluations.recordMissingFacts() >= 2);

        List<long[]> after = facts(agent);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i)[0], after.get(i)[0]);
            assertEquals(1, after.get(i)[1], "facts and lost points recorded for " + after.get(i)[0]);
            assertEquals(before.get(i)[2], after.get(i)[2], "the same lost points as at submission");
        }
        assertEquals(0, evaluations.recordMissingFacts());
    }

    /** Per evaluation of the agent, by id: id, 1 when its facts and lost points are recorded, its loss rows. */
    private List<long[]> facts(String agent) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select e.id, case when e.critical_failure is not null and"
                     + " e.item_losses_recorded then 1 else 0 end, (select count(*) from evaluation_item_losses l"
                     + " where l.evaluation_id = e.id) from evaluations e where e.agent = ? order by e.id")) {
            s.setString(1, agent);
            List<long[]> rows = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                }
            }
            return rows;
        }
    }

    private static void update(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
