package io.zhijian.performance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assessment rules as the seed file states them: bands, totals, employer score, at-risk; malformed files. */
class PerformanceRulesTest {

    static PerformanceRules seed() throws IOException {
        return PerformanceRules.parse(Files.readString(Path.of("scorecards/monthly-performance.yaml"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "59.99,0", "60,100", "69.99,100", "70,300", "79.99,300", "80,500", "89.99,500", "90,700", "100,700"})
    void bonusBandsAreInclusiveAtTheirLowerBound(double total, double bonus) throws IOException {
        assertEquals(bonus, seed().bonus(total));
    }

    @Test
    void theSeedFileSaysWhatTheSourceSays() throws IOException {
        PerformanceRules rules = seed();
        assertEquals(0.3, rules.employerWeight());
        assertEquals(0.7, rules.clientWeight());
        assertEquals(5, rules.deadlineDay());
        assertNull(rules.bonus(null));
    }

    @ParameterizedTest
    @CsvSource({"83.33,91.17,0.3,0.7,88.82", "100,100,0.3,0.7,100", "0,0,0.3,0.7,0", "75,60,0.3,0.7,64.5",
            "70.005,70.005,0.5,0.5,70.01", "99.99,0,0.3,0.7,30"})
    void theTotalIsRoundedToTwoDecimals(double employer, double client, double we, double wc, double total) {
        assertEquals(total, PerformanceRules.total(employer, client, we, wc));
    }

    @Test
    void aTotalNeedsBothScores() {
        assertNull(PerformanceRules.total(null, 80.0, 0.3, 0.7));
        assertNull(PerformanceRules.total(80.0, null, 0.3, 0.7));
    }

    @Test
    void theEmployerScoreWeighsTheKpisThatHaveDataAndScalesTheirWeightsUp() throws IOException {
        PerformanceRules rules = seed();
        Map<String, Kpis.Kpi> kpis = Map.of(
                "attendance", kpi(0.9), "punctuality", kpi(0.8), "qaScore", kpi(85.0), "aht", kpi(400.0));
        // weights 15, 10, 30, 5 (= 60): 90×15 + 80×10 + 85×30 + (300/400×100 = 75)×5 = 1350 + 800 + 2550 + 375 = 5075.
        assertEquals(84.58, rules.employerScore(kpis));
        assertNull(rules.employerScore(Map.of()));
        assertNull(rules.employerScore(Map.of("attendance", new Kpis.Kpi(null, 0.0, 0.0, null))));
        // AHT under its target scores 100; a ratio above 1 cannot score above 100.
        assertEquals(100.0, rules.employerScore(Map.of("aht", kpi(120.0))));
    }

    private static Kpis.Kpi kpi(double value) {
        return new Kpis.Kpi(value, null, null, null);
    }

    @Test
    void atRiskIsThreeMonthsInARowBelowEightyOrAnyOfTheLastThreeBelowSeventy() throws IOException {
        PerformanceRules rules = seed();
        YearMonth march = YearMonth.of(2026, 3);
        Map<YearMonth, Double> run = Map.of(YearMonth.of(2026, 1), 79.99, YearMonth.of(2026, 2), 75.0, march, 71.0);
        List<PerformanceRules.RiskReason> reasons = rules.risks(march, run);
        assertEquals(1, reasons.size());
        assertEquals("CONSECUTIVE_BELOW", reasons.get(0).rule());
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), march), reasons.get(0).months());
        // 80 exactly breaks the run; a month without a total breaks it too.
        assertTrue(rules.risks(march, Map.of(YearMonth.of(2026, 1), 80.0, YearMonth.of(2026, 2), 75.0, march, 71.0)).isEmpty());
        assertTrue(rules.risks(march, Map.of(YearMonth.of(2026, 2), 75.0, march, 71.0)).isEmpty());
        // Below 70 three months back still counts; four months back no longer does.
        assertEquals(List.of(YearMonth.of(2026, 1)), rules.risks(march,
                Map.of(YearMonth.of(2026, 1), 69.99, march, 95.0)).get(0).months());
        assertTrue(rules.risks(march, Map.of(YearMonth.of(2025, 12), 10.0, march, 95.0)).isEmpty());
        assertTrue(rules.risks(march, Map.of()).isEmpty());
    }

    @Test
    void malformedDefinitionsNameEveryWrongField() {
        assertEquals("yaml", assertThrows(PerformanceRules.Invalid.class, () -> PerformanceRules.parse("[unclosed"))
                .errors().get(0).field());
        assertEquals("yaml", assertThrows(PerformanceRules.Invalid.class, () -> PerformanceRules.parse(""))
                .errors().get(0).field());
        assertEquals("yaml", assertThrows(PerformanceRules.Invalid.class, () -> PerformanceRules.parse(null))
                .errors().get(0).field());
        PerformanceRules.Invalid invalid = assertThrows(PerformanceRules.Invalid.class, () -> PerformanceRules.parse("""
                effectiveFrom: 2026-13
                weights: {employer: 0.3, client: "0.7"}
                employerScore:
                  components:
                    - {kpi: attendance, weight: -1, scale: ratio}
                    - {kpi: aht, weight: 1, scale: atMost}
                    - {kpi: qaScore, weight: 1, scale: linear}
                bonus:
                  bands: [{from: 60, amount: 100}, {from: 50, amount: 0}]
                atRisk: {consecutiveMonths: 0, consecutiveBelow: 80, withinMonths: 3, anyBelow: 170}
                deadlineDay: 31
                firstTimeResolution: {directHours: 2}
                """));
        List<String> fields = invalid.errors().stream().map(PerformanceRules.Error::field).toList();
        assertEquals(List.of("effectiveFrom", "weights.client", "weights", "employerScore.components[1].weight",
                "employerScore.components[2].target", "employerScore.components[3].scale", "bonus.bands[2].from",
                "atRisk.consecutiveMonths", "atRisk.anyBelow", "deadlineDay", "firstTimeResolution.assistHours"), fields);
    }

    @Test
    void theBuiltInCopyIsTheRepositoryFile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/scorecards/monthly-performance.yaml")) {
            assertEquals(Files.readString(Path.of("scorecards/monthly-performance.yaml")),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
