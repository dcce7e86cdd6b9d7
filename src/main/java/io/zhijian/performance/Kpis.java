package io.zhijian.performance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zhijian.evaluation.EvaluationService.AgentEvaluations;
import io.zhijian.interaction.TicketService.TimelyResolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source document's KPI formulas (8.8.1), pure: one agent's month of operational sums, evaluations and tickets in,
 * each KPI with its numerator and denominator out. A value is null where there is no data (a zero denominator).
 */
public final class Kpis {

    public static final List<String> NAMES = List.of("attendance", "punctuality", "aht", "outboundPerDay",
            "satisfaction", "qaScore", "evaluations", "criticalFailureRate", "attitude", "quality",
            "firstTimeResolution");

    /** Ratios are fractions (0.95 = 95 %); {@code factor} is the professional score the quality KPI multiplies by. */
    public record Kpi(Double value, Double numerator, Double denominator,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Double factor) {
    }

    private Kpis() {
    }

    public static Map<String, Kpi> of(OperationsService.Month ops, AgentEvaluations evaluations, TimelyResolution tickets) {
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        kpis.put("attendance", ops == null ? none() : ratio(ops.presentDays(), ops.countedDays()));
        kpis.put("punctuality", ops == null ? none() : ratio(ops.onTimeDays(), ops.countedDays()));
        kpis.put("aht", ops == null || ops.callsOffered() == null || ops.handleSeconds() == null && ops.waitSeconds() == null
                ? none() : quotient(nz(ops.handleSeconds()) + nz(ops.waitSeconds()), ops.callsOffered(), 1));
        kpis.put("outboundPerDay", ops == null || ops.outboundCalls() == null ? none()
                : quotient(ops.outboundCalls(), ops.workingDays(), 2));
        kpis.put("satisfaction", ops == null || ops.surveys() == null ? none() : ratio(nz(ops.satisfied()), ops.surveys()));
        if (evaluations == null || evaluations.count() == 0) {
            kpis.put("qaScore", none());
            kpis.put("evaluations", new Kpi(0.0, 0.0, null, null));
            kpis.put("criticalFailureRate", none());
            kpis.put("attitude", none());
            kpis.put("quality", none());
        } else {
            long n = evaluations.count();
            Double mean = evaluations.meanTotal();
            kpis.put("qaScore", mean == null ? none() : new Kpi(round(mean, 2), round(mean * n, 2), (double) n, null));
            kpis.put("evaluations", new Kpi((double) n, (double) n, null, null));
            kpis.put("criticalFailureRate", ratio(evaluations.criticalFailures(), n));
            kpis.put("attitude", ratio(evaluations.attitudeClean(), n));
            long accurate = n - evaluations.amendedOnDispute();
            Double professional = evaluations.meanProfessional();
            kpis.put("quality", professional == null ? none()
                    : new Kpi(round((double) accurate / n * professional, 2), (double) accurate, (double) n,
                    round(professional, 2)));
        }
        kpis.put("firstTimeResolution", tickets == null ? none() : ratio(tickets.resolved(), tickets.counted()));
        return kpis;
    }

    private static Kpi none() {
        return new Kpi(null, null, null, null);
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    static Kpi ratio(long numerator, long denominator) {
        return denominator == 0 ? new Kpi(null, (double) numerator, 0.0, null)
                : new Kpi(round((double) numerator / denominator, 4), (double) numerator, (double) denominator, null);
    }

    private static Kpi quotient(long numerator, long denominator, int scale) {
        return denominator == 0 ? new Kpi(null, (double) numerator, 0.0, null)
                : new Kpi(round((double) numerator / denominator, scale), (double) numerator, (double) denominator, null);
    }

    static double round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
