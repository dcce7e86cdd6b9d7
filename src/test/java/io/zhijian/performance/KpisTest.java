package io.zhijian.performance;

import io.zhijian.evaluation.EvaluationService.AgentEvaluations;
import io.zhijian.interaction.TicketService.TimelyResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The KPI formulas against hand-computed values, with no data and zero denominators. */
class KpisTest {

    @Test
    void operationalKpisFollowTheSource() {
        // 22 scheduled days, 2 leave + 1 training → 19 counted, 18 present, 17 on time; 1200 calls offered.
        OperationsService.Month ops = new OperationsService.Month("a", 22, 19, 18, 17, 1200L, 240000L, 12000L, 440L, 300L, 285L);
        Map<String, Kpis.Kpi> k = Kpis.of(ops, null, null);
        assertEquals(0.9474, k.get("attendance").value());
        assertEquals(18.0, k.get("attendance").numerator());
        assertEquals(19.0, k.get("attendance").denominator());
        assertEquals(0.8947, k.get("punctuality").value());
        assertEquals(210.0, k.get("aht").value());
        assertEquals(20.0, k.get("outboundPerDay").value());
        assertEquals(0.95, k.get("satisfaction").value());
        assertNull(k.get("qaScore").value());
        assertEquals(0.0, k.get("evaluations").value());
        assertNull(k.get("firstTimeResolution").value());
    }

    @Test
    void noDataIsNullNeverZero() {
        OperationsService.Month empty = new OperationsService.Month("a", 0, 0, 0, 0, null, null, null, null, null, null);
        Map<String, Kpis.Kpi> k = Kpis.of(empty, null, null);
        for (String name : new String[] {"attendance", "punctuality", "aht", "outboundPerDay", "satisfaction"}) {
            assertNull(k.get(name).value(), name);
        }
        Map<String, Kpis.Kpi> none = Kpis.of(null, null, null);
        assertEquals(Kpis.NAMES, none.keySet().stream().toList());
        // Calls offered 0 with handle time: no AHT rather than infinity.
        assertNull(Kpis.of(new OperationsService.Month("a", 1, 1, 1, 1, 0L, 50L, null, null, null, null), null, null)
                .get("aht").value());
    }

    @Test
    void qaKpisCountEvaluationsAndAccuracy() {
        // 4 evaluations, mean 82.5, one critical failure, three clean on attitude, mean professional 80, one amended.
        Map<String, Kpis.Kpi> k = Kpis.of(null, new AgentEvaluations("a", 4, 82.5, 1, 3, 80.0, 1),
                new TimelyResolution("a", 7, 10));
        assertEquals(82.5, k.get("qaScore").value());
        assertEquals(330.0, k.get("qaScore").numerator());
        assertEquals(4.0, k.get("evaluations").value());
        assertEquals(0.25, k.get("criticalFailureRate").value());
        assertEquals(0.75, k.get("attitude").value());
        // quality = accuracy (3 of 4 not amended) × professional 80 = 60.
        assertEquals(60.0, k.get("quality").value());
        assertEquals(80.0, k.get("quality").factor());
        assertEquals(0.7, k.get("firstTimeResolution").value());
        assertNull(Kpis.of(null, null, new TimelyResolution("a", 0, 0)).get("firstTimeResolution").value());
    }

    @ParameterizedTest
    @CsvSource({"1,true", "0,false", "'',false", "是,true", "否,false", "YES,true", "1.0,true", "2,", "x,", "-1,"})
    void flagsReadAsTheRosterWritesThem(String text, Boolean flag) {
        assertEquals(flag, OperationsService.flag(text));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-03,2026-11-03", "2024-02-29,2024-02-29", "2025-02-29,", "2026-13-01,", "2026-00-10,",
            "2026-04-31,", "0001-01-01,", "2026-1-3,2026-01-03", "'',", "2026/11/03,2026-11-03", "x,"})
    void daysReadInIsoAndTheOtherShapesOfTheRoster(String text, String day) {
        assertEquals(day == null ? null : java.time.LocalDate.parse(day), OperationsService.date(text));
    }

    @ParameterizedTest
    @CsvSource({"12,12", "0,0", "12.0,12", "12.000,12", "-3,-3", "-3.0,-3", "999999999,999999999", "1000000000,",
            "12.5,", "12.,", ".5,", "-,", "1e3,", "１２,", "12a,", "--1,", "'',", "1 2,"})
    void countsAreWholeNumbersAsTypedOrAsASpreadsheetWritesThem(String text, Long value) {
        assertEquals(value, OperationsService.whole(text));
    }
}
