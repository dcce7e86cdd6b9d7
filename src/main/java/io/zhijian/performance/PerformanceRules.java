package io.zhijian.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly assessment's rules (the {@code monthly-performance.yaml} definition): how the employer's score comes
 * from the KPIs, the default weights of the two scores, the bonus rule, the at-risk rules, the deadline day and the
 * first-time-resolution limits. Pure: parsed and applied here, stored and versioned by {@link PerformanceRulesStore}.
 */
public record PerformanceRules(YearMonth effectiveFrom, double employerWeight, double clientWeight,
                               List<Component> components, List<Band> bands, Double perPoint, int consecutiveMonths,
                               double consecutiveBelow, int withinMonths, double anyBelow, int deadlineDay,
                               double directHours, double assistHours) {

    /** How one KPI becomes 0–100 and how much it weighs in the employer's score. */
    public record Component(String kpi, double weight, Scale scale, Double target) {
    }

    /** ratio: value × 100; score: the value itself; atMost: 100 up to the target, then target / value × 100;
     *  atLeast: value / target × 100, at most 100. */
    public enum Scale { RATIO, SCORE, AT_MOST, AT_LEAST }

    /** A bonus band: from this total (inclusive) up to the next band's, this amount. */
    public record Band(double from, double amount) {
    }

    /** A field of the file and what is wrong with it (the key of a {@link PerformanceMessages} text and its value). */
    public record Error(String field, String problem) {
    }

    public static class Invalid extends RuntimeException {
        private final transient List<Error> errors;

        Invalid(List<Error> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        public List<Error> errors() {
            return errors;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The rules in the file, or {@link Invalid} listing every problem. */
    public static PerformanceRules parse(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text == null ? "" : text);
        } catch (java.io.IOException e) {
            throw new Invalid(List.of(new Error("yaml", "unreadable")));
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(List.of(new Error("yaml", "unreadable")));
        }
        List<Error> errors = new ArrayList<>();
        YearMonth from = null;
        try {
            from = YearMonth.parse(root.path("effectiveFrom").asText(""));
        } catch (java.time.DateTimeException e) {
            errors.add(new Error("effectiveFrom", "month"));
        }
        double employer = number(root.path("weights").path("employer"), "weights.employer", 0, 1, errors);
        double client = number(root.path("weights").path("client"), "weights.client", 0, 1, errors);
        if (Math.abs(employer + client - 1) > 1e-9) {
            errors.add(new Error("weights", "sum"));
        }
        List<Component> components = new ArrayList<>();
        JsonNode list = root.path("employerScore").path("components");
        if (!list.isArray() || list.isEmpty()) {
            errors.add(new Error("employerScore.components", "required"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String at = "employerScore.components[" + (i + 1) + "]";
                String kpi = c.path("kpi").asText("");
                if (!Kpis.NAMES.contains(kpi)) {
                    errors.add(new Error(at + ".kpi", "kpi"));
                }
                double weight = number(c.path("weight"), at + ".weight", 0, 1000, errors);
                Scale scale = scale(c.path("scale").asText(""));
                if (scale == null) {
                    errors.add(new Error(at + ".scale", "scale"));
                }
                Double target = null;
                if (scale == Scale.AT_MOST || scale == Scale.AT_LEAST) {
                    target = number(c.path("target"), at + ".target", 0.000001, 1e9, errors);
                }
                components.add(new Component(kpi, weight, scale, target));
            }
            if (components.stream().mapToDouble(Component::weight).sum() <= 0) {
                errors.add(new Error("employerScore.components", "weights"));
            }
        }
        List<Band> bands = new ArrayList<>();
        Double perPoint = null;
        JsonNode bonus = root.path("bonus");
        if (bonus.has("perPoint")) {
            perPoint = number(bonus.path("perPoint"), "bonus.perPoint", 0, 1e6, errors);
        } else if (bonus.path("bands").isArray() && !bonus.path("bands").isEmpty()) {
            double previous = -1;
            for (int i = 0; i < bonus.path("bands").size(); i++) {
                JsonNode b = bonus.path("bands").get(i);
                String at = "bonus.bands[" + (i + 1) + "]";
                double start = number(b.path("from"), at + ".from", 0, 100, errors);
                double amount = number(b.path("amount"), at + ".amount", 0, 1e7, errors);
                if (start <= previous) {
                    errors.add(new Error(at + ".from", "ascending"));
                }
                previous = start;
                bands.add(new Band(start, amount));
            }
        } else {
            errors.add(new Error("bonus", "required"));
        }
        JsonNode risk = root.path("atRisk");
        int consecutive = (int) number(risk.path("consecutiveMonths"), "atRisk.consecutiveMonths", 1, 24, errors);
        double consecutiveBelow = number(risk.path("consecutiveBelow"), "atRisk.consecutiveBelow", 0, 100, errors);
        int within = (int) number(risk.path("withinMonths"), "atRisk.withinMonths", 1, 24, errors);
        double anyBelow = number(risk.path("anyBelow"), "atRisk.anyBelow", 0, 100, errors);
        int deadline = (int) number(root.path("deadlineDay"), "deadlineDay", 1, 28, errors);
        JsonNode ftr = root.path("firstTimeResolution");
        double direct = number(ftr.path("directHours"), "firstTimeResolution.directHours", 0.01, 10000, errors);
        double assist = number(ftr.path("assistHours"), "firstTimeResolution.assistHours", 0.01, 10000, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new PerformanceRules(from, employer, client, List.copyOf(components), List.copyOf(bands), perPoint,
                consecutive, consecutiveBelow, within, anyBelow, deadline, direct, assist);
    }

    private static Scale scale(String text) {
        return switch (text) {
            case "ratio" -> Scale.RATIO;
            case "score" -> Scale.SCORE;
            case "atMost" -> Scale.AT_MOST;
            case "atLeast" -> Scale.AT_LEAST;
            default -> null;
        };
    }

    private static double number(JsonNode node, String field, double min, double max, List<Error> errors) {
        if (!node.isNumber()) {
            errors.add(new Error(field, node.isMissingNode() || node.isNull() ? "required" : "number"));
            return 0;
        }
        double value = node.asDouble();
        if (value < min || value > max) {
            errors.add(new Error(field, "range"));
        }
        return value;
    }

    /**
     * The employer's score from the KPIs: each component's KPI on 0–100, weighted; components whose KPI has no data
     * this month are left out and the others' weights scaled up. Null when no component has data.
     */
    public Double employerScore(Map<String, Kpis.Kpi> kpis) {
        double weighted = 0;
        double weights = 0;
        for (Component c : components) {
            Kpis.Kpi kpi = kpis.get(c.kpi());
            if (kpi == null || kpi.value() == null) {
                continue;
            }
            double v = kpi.value();
            double points = switch (c.scale()) {
                case RATIO -> v * 100;
                case SCORE -> v;
                case AT_MOST -> v <= c.target() ? 100 : c.target() / v * 100;
                case AT_LEAST -> Math.min(100, v / c.target() * 100);
            };
            weighted += Math.max(0, Math.min(100, points)) * c.weight();
            weights += c.weight();
        }
        return weights == 0 ? null : round2(weighted / weights);
    }

    /** total = employer × w_employer + client × w_client, two decimals; null unless both scores are there. */
    public static Double total(Double employer, Double client, double employerWeight, double clientWeight) {
        return employer == null || client == null ? null : round2(employer * employerWeight + client * clientWeight);
    }

    /** The bonus for a total: its band's amount, or the amount per point. */
    public Double bonus(Double total) {
        if (total == null) {
            return null;
        }
        if (perPoint != null) {
            return round2(total * perPoint);
        }
        double amount = 0;
        for (Band band : bands) {
            if (total >= band.from()) {
                amount = band.amount();
            }
        }
        return amount;
    }

    /** Why the month's total puts the agent at risk (empty: not at risk). */
    public record RiskReason(String rule, List<YearMonth> months, double threshold) {
    }

    /**
     * The at-risk rules over the agent's totals by month (a missing or null total breaks a run): the last
     * {@code consecutiveMonths} months up to {@code month} all below {@code consecutiveBelow}, or any month within
     * the last {@code withinMonths} below {@code anyBelow}.
     */
    public List<RiskReason> risks(YearMonth month, Map<YearMonth, Double> totals) {
        List<RiskReason> reasons = new ArrayList<>();
        List<YearMonth> run = new ArrayList<>();
        for (int i = consecutiveMonths - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            Double total = totals.get(m);
            if (total == null || total >= consecutiveBelow) {
                run = null;
                break;
            }
            run.add(m);
        }
        if (run != null) {
            reasons.add(new RiskReason("CONSECUTIVE_BELOW", List.copyOf(run), consecutiveBelow));
        }
        List<YearMonth> low = new ArrayList<>();
        for (int i = withinMonths - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            Double total = totals.get(m);
            if (total != null && total < anyBelow) {
                low.add(m);
            }
        }
        if (!low.isEmpty()) {
            reasons.add(new RiskReason("MONTH_BELOW", List.copyOf(low), anyBelow));
        }
        return reasons;
    }

    /** How many months back the at-risk rules read. */
    public int monthsRead() {
        return Math.max(consecutiveMonths, withinMonths);
    }

    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
