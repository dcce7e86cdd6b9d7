package io.zhijian.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhijian.scorecard.Scorecard.Item;
import io.zhijian.scorecard.Scorecard.ItemType;
import io.zhijian.scorecard.Scorecard.Level;
import io.zhijian.scorecard.Scorecard.Scale;

import java.util.List;
import java.util.Locale;

/**
 * What counts as an answer to an item, and its canonical form ("8", "2.5", "yes", "no"), used both
 * for scoring and for matching {@code failingAnswers}.
 */
final class Answers {

    static final String NA = "NA";
    private static final double EPSILON = 1e-9;

    private Answers() {
    }

    /** A valid answer: its canonical text and the points it earns before any critical zeroing. */
    record Parsed(String canonical, double points) {
    }

    /** Parses an answer for an item; null when it is outside the item's domain. N/A is handled by the caller. */
    static Parsed parse(Item item, Object value) {
        return parse(item.type(), item.maxPoints(), item.levels(), item.scale(), value);
    }

    static Parsed parse(ItemType type, Double maxPoints, List<Level> levels, Scale scale, Object value) {
        if (type == null || value == null) {
            return null;
        }
        switch (type) {
            case YES_NO -> {
                Boolean yes = yesNo(value);
                if (yes == null || maxPoints == null) {
                    return null;
                }
                return yes ? new Parsed("yes", maxPoints) : new Parsed("no", 0);
            }
            case LEVELS -> {
                Double number = number(value);
                if (number == null) {
                    return null;
                }
                for (Level level : levels) {
                    if (Math.abs(level.points() - number) < EPSILON) {
                        return new Parsed(ScorecardYaml.canonical(level.points()), level.points());
                    }
                }
                return null;
            }
            case SCALE -> {
                Double number = number(value);
                if (number == null || scale == null || maxPoints == null || number != Math.rint(number)
                        || number < scale.min() || number > scale.max()) {
                    return null;
                }
                double points = maxPoints * (number - scale.min()) / (scale.max() - scale.min());
                return new Parsed(ScorecardYaml.canonical(number), points);
            }
            case POINTS -> {
                Double number = number(value);
                if (number == null || maxPoints == null || number < -EPSILON || number > maxPoints + EPSILON) {
                    return null;
                }
                return new Parsed(ScorecardYaml.canonical(number), number);
            }
            default -> {
                return null;
            }
        }
    }

    static boolean isNa(Object value) {
        return value instanceof String text && (text.equalsIgnoreCase(NA) || text.equalsIgnoreCase("N/A"));
    }

    /** A failing answer from YAML in canonical form, or null if no answer of the item could be it. */
    static String canonicalFailing(JsonNode node, ItemType type, Double maxPoints, List<Level> levels, Scale scale) {
        Object value = node.isNumber() ? (Object) node.asDouble() : node.isBoolean() ? (Object) node.asBoolean()
                : node.isTextual() ? node.asText() : null;
        Parsed parsed = parse(type, maxPoints == null ? Double.MAX_VALUE : maxPoints, levels, scale, value);
        return parsed == null ? null : parsed.canonical();
    }

    private static Boolean yesNo(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (lower.equals("yes")) {
                return true;
            }
            if (lower.equals("no")) {
                return false;
            }
        }
        return null;
    }

    private static Double number(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (value instanceof String text) {
            try {
                double d = Double.parseDouble(text.trim());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
