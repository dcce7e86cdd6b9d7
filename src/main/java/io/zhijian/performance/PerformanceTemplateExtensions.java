package io.zhijian.performance;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the month's figures read on the pages. */
@TemplateExtension(namespace = "kpi")
public final class PerformanceTemplateExtensions {

    private static final Set<String> RATIOS = Set.of("attendance", "punctuality", "satisfaction", "criticalFailureRate",
            "attitude", "firstTimeResolution");
    private static final Set<String> OPERATIONAL = Set.of("attendance", "punctuality", "aht", "outboundPerDay", "satisfaction");

    private PerformanceTemplateExtensions() {
    }

    /** A KPI's value as people read it: 95.5%, 123.4, 12; a dash where there is no data. */
    static String shown(Map<String, Kpis.Kpi> kpis, String name) {
        Kpis.Kpi kpi = kpis == null ? null : kpis.get(name);
        if (kpi == null || kpi.value() == null) {
            return "—";
        }
        double v = kpi.value();
        if (RATIOS.contains(name)) {
            return String.format(Locale.ROOT, "%.1f%%", v * 100);
        }
        return "evaluations".equals(name) ? String.valueOf((long) v) : number(v);
    }

    /** "19 / 20": the numerator over the denominator, for the figure's title. */
    static String fraction(Map<String, Kpis.Kpi> kpis, String name) {
        Kpis.Kpi kpi = kpis == null ? null : kpis.get(name);
        if (kpi == null || kpi.numerator() == null) {
            return "";
        }
        String shown = number(kpi.numerator()) + (kpi.denominator() == null ? "" : " / " + number(kpi.denominator()));
        return kpi.factor() == null ? shown : shown + " × " + number(kpi.factor());
    }

    /** Where on the agent's page the rows behind a KPI are. */
    static String anchor(String name) {
        return OPERATIONAL.contains(name) ? "days" : "firstTimeResolution".equals(name) ? "tickets" : "evaluations";
    }

    /** A score, weight or amount: 85, 85.5, 0.3. */
    static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.valueOf(value.longValue())
                : new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    static String count(Integer value) {
        return value == null ? "—" : String.valueOf(value);
    }

    static String count(Long value) {
        return value == null ? "—" : String.valueOf(value);
    }

    /** The value for a score field of a form: empty when none. */
    static String field(Double value) {
        return value == null ? "" : number(value);
    }

    /** A share as a percentage: 0.955 → 95.5%. */
    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** An at-risk reason in the reader's language. */
    static String risk(PerformanceService.Risk risk, String lang) {
        return PerformanceTexts.risk(io.zhijian.platform.Messages.bundle(PerformanceMessages.class, lang), risk);
    }

    /** Months (2026-10, …) as people write them, joined: "2026年10月、2026年11月". */
    static String monthList(java.util.List<String> periods, String lang) {
        PerformanceMessages m = io.zhijian.platform.Messages.bundle(PerformanceMessages.class, lang);
        return String.join("zh".equals(lang) ? "、" : ", ", periods.stream().map(p -> PerformanceTexts.month(m, p)).toList());
    }

    static String day(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The numeric value to sort a column by (data-sort), empty where there is no data. */
    static String sortValue(Map<String, Kpis.Kpi> kpis, String name) {
        Kpis.Kpi kpi = kpis == null ? null : kpis.get(name);
        return kpi == null || kpi.value() == null ? "" : String.valueOf(kpi.value());
    }
}
