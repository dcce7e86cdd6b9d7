package io.zhijian.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhijian.platform.Problem;
import io.zhijian.scorecard.AutoRule.AllOf;
import io.zhijian.scorecard.AutoRule.AnyOf;
import io.zhijian.scorecard.AutoRule.By;
import io.zhijian.scorecard.AutoRule.Condition;
import io.zhijian.scorecard.AutoRule.Field;
import io.zhijian.scorecard.AutoRule.Metric;
import io.zhijian.scorecard.AutoRule.Not;
import io.zhijian.scorecard.AutoRule.Said;
import io.zhijian.scorecard.AutoRule.Within;
import io.zhijian.scorecard.Scorecard.ItemType;
import io.zhijian.scorecard.Scorecard.Level;
import io.zhijian.scorecard.Scorecard.Scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an item's {@code auto} rules, reporting every mistake at its path like the rest of the scorecard
 * file, and writes them back in canonical form (durations as "10s"/"5m"/"2h", answers as the item stores them).
 */
final class AutoRuleReader {

    /** Where errors go: the scorecard reader's list. */
    interface Errors {
        void error(String path, String code, Problem.Text text);
    }

    /** What an answer must fit: the item's domain. */
    record Domain(ItemType type, Double maxPoints, List<Level> levels, Scale scale, boolean allowNa) {
    }

    private static final Set<String> KINDS = Set.of("said", "notSaid", "metric", "field", "within", "allOf", "anyOf", "not");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final Set<String> METRICS = new TreeSet<>();

    static {
        METRICS.addAll(AutoRule.CALL_METRICS);
        METRICS.addAll(AutoRule.CHAT_METRICS);
    }

    private final Errors errors;

    AutoRuleReader(Errors errors) {
        this.errors = errors;
    }

    List<AutoRule> rules(JsonNode node, String path, Domain domain) {
        if (!node.isArray()) {
            error(path, "not-list", ScorecardMessages::scAutoNotList);
            return List.of();
        }
        List<AutoRule> rules = new ArrayList<>();
        for (int r = 0; r < node.size(); r++) {
            String rulePath = path + "[" + r + "]";
            JsonNode rule = node.get(r);
            if (!rule.isObject()) {
                error(rulePath, "not-mapping", ScorecardMessages::scNotMapping);
                continue;
            }
            unknownFields(rule, rulePath, Set.of("answer", "when"));
            String answer = answer(rule.get("answer"), rulePath + ".answer", domain);
            Condition when = rule.has("when") ? condition(rule.get("when"), rulePath + ".when") : null;
            if (answer != null && (when != null || !rule.has("when"))) {
                rules.add(new AutoRule(answer, when));
            }
        }
        return List.copyOf(rules);
    }

    private String answer(JsonNode value, String path, Domain domain) {
        if (value == null || value.isNull()) {
            error(path, "required", ScorecardMessages::scRequired);
            return null;
        }
        if (value.isTextual() && Answers.isNa(value.asText())) {
            if (domain.allowNa()) {
                return Answers.NA;
            }
        } else if (domain.type() != null) {
            Object raw = value.isNumber() ? (Object) value.asDouble() : value.isBoolean() ? value.asBoolean()
                    : value.isTextual() ? value.asText() : null;
            Answers.Parsed parsed = Answers.parse(domain.type(), domain.maxPoints(), domain.levels(), domain.scale(), raw);
            if (parsed != null) {
                return parsed.canonical();
            }
        } else {
            return null;
        }
        String shown = value.asText();
        errors.error(path, "auto-answer-not-in-item", ScorecardTexts.text(m -> m.scAutoAnswerNotInItem(shown)));
        return null;
    }

    private Condition condition(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "not-mapping", ScorecardMessages::scNotMapping);
            return null;
        }
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (KINDS.contains(name)) {
                kinds.add(name);
            }
        });
        if (kinds.size() != 1) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            String found = String.join(", ", names);
            errors.error(path, "auto-condition", ScorecardTexts.text(m -> m.scAutoCondition(found)));
            return null;
        }
        String kind = kinds.get(0);
        String at = path + "." + kind;
        JsonNode value = node.get(kind);
        if (kind.equals("said") || kind.equals("notSaid")) {
            unknownFields(node, path, Set.of(kind, "by", "first", "last"));
            return said(node, path, kind.equals("said"));
        }
        unknownFields(node, path, Set.of(kind));
        return switch (kind) {
            case "metric" -> metric(value, at);
            case "field" -> field(value, at);
            case "within" -> within(value, at);
            case "not" -> {
                Condition inner = condition(value, at);
                yield inner == null ? null : new Not(inner);
            }
            default -> {
                List<Condition> all = conditions(value, at);
                yield all == null ? null : kind.equals("allOf") ? new AllOf(all) : new AnyOf(all);
            }
        };
    }

    private List<Condition> conditions(JsonNode value, String path) {
        if (!value.isArray() || value.isEmpty()) {
            error(path, value.isArray() ? "empty-list" : "not-list",
                    value.isArray() ? ScorecardMessages::scEmptyList : ScorecardMessages::scNotList);
            return null;
        }
        List<Condition> all = new ArrayList<>();
        boolean complete = true;
        for (int c = 0; c < value.size(); c++) {
            Condition condition = condition(value.get(c), path + "[" + c + "]");
            complete &= condition != null;
            all.add(condition);
        }
        return complete ? List.copyOf(all) : null;
    }

    private Said said(JsonNode node, String path, boolean present) {
        String kind = present ? "said" : "notSaid";
        List<String> phrases = phrases(node.get(kind), path + "." + kind);
        By by = By.AGENT;
        if (node.has("by")) {
            String text = node.get("by").asText().toUpperCase(Locale.ROOT);
            try {
                by = By.valueOf(text);
            } catch (IllegalArgumentException e) {
                String shown = node.get("by").asText();
                errors.error(path + ".by", "auto-by", ScorecardTexts.text(m -> m.scAutoBy(shown)));
                by = null;
            }
        }
        Double first = node.has("first") ? duration(node.get("first"), path + ".first") : null;
        Double last = node.has("last") ? duration(node.get("last"), path + ".last") : null;
        if (node.has("first") && node.has("last")) {
            error(path + ".last", "auto-first-and-last", ScorecardMessages::scAutoFirstAndLast);
            return null;
        }
        if (phrases == null || by == null || node.has("first") && first == null || node.has("last") && last == null) {
            return null;
        }
        return new Said(present, phrases, by, first, last);
    }

    private List<String> phrases(JsonNode value, String path) {
        List<String> phrases = new ArrayList<>();
        if (value != null && value.isTextual()) {
            phrases.add(value.asText().trim());
        } else if (value != null && value.isArray()) {
            value.forEach(p -> phrases.add(p.isTextual() || p.isNumber() ? p.asText().trim() : ""));
        }
        if (phrases.isEmpty() || phrases.stream().anyMatch(String::isEmpty)) {
            error(path, "auto-phrases", ScorecardMessages::scAutoPhrases);
            return null;
        }
        return List.copyOf(phrases);
    }

    private Metric metric(JsonNode value, String path) {
        if (!value.isObject()) {
            error(path, "not-mapping", ScorecardMessages::scNotMapping);
            return null;
        }
        unknownFields(value, path, Set.of("name", "min", "max"));
        String name = value.path("name").asText("");
        boolean known = METRICS.contains(name);
        if (!known) {
            String known2 = String.join(", ", METRICS);
            errors.error(path + ".name", "auto-unknown-metric", ScorecardTexts.text(m -> m.scAutoUnknownMetric(name, known2)));
        }
        Double min = bound(value, "min", path);
        Double max = bound(value, "max", path);
        if (!value.has("min") && !value.has("max")) {
            error(path, "auto-metric-bounds", ScorecardMessages::scAutoMetricBounds);
            return null;
        }
        boolean boundsOk = (!value.has("min") || min != null) && (!value.has("max") || max != null);
        return known && boundsOk ? new Metric(name, min, max) : null;
    }

    private Double bound(JsonNode value, String field, String path) {
        JsonNode bound = value.get(field);
        if (bound == null) {
            return null;
        }
        if (!bound.isNumber() || !Double.isFinite(bound.asDouble())) {
            error(path + "." + field, "not-number", ScorecardMessages::scNotNumber);
            return null;
        }
        return bound.asDouble();
    }

    private Field field(JsonNode value, String path) {
        if (!value.isObject()) {
            error(path, "not-mapping", ScorecardMessages::scNotMapping);
            return null;
        }
        unknownFields(value, path, Set.of("name", "missing", "matches", "oneOf"));
        String name = value.path("name").asText("");
        boolean known = AutoRule.TICKET_FIELDS.contains(name);
        if (!known) {
            String all = String.join(", ", AutoRule.TICKET_FIELDS);
            errors.error(path + ".name", "auto-unknown-field", ScorecardTexts.text(m -> m.scAutoUnknownField(name, all)));
        }
        int tests = (value.has("missing") ? 1 : 0) + (value.has("matches") ? 1 : 0) + (value.has("oneOf") ? 1 : 0);
        if (tests != 1) {
            error(path, "auto-field-test", ScorecardMessages::scAutoFieldTest);
            return null;
        }
        if (value.has("missing")) {
            if (!value.get("missing").isBoolean()) {
                error(path + ".missing", "not-boolean", ScorecardMessages::scAutoMissingBoolean);
                return null;
            }
            return known ? new Field(name, value.get("missing").asBoolean(), null, null) : null;
        }
        if (value.has("matches")) {
            String regex = value.get("matches").asText();
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                String detail = e.getDescription();
                errors.error(path + ".matches", "auto-bad-regex", ScorecardTexts.text(m -> m.scAutoBadRegex(detail)));
                return null;
            }
            return known ? new Field(name, null, regex, null) : null;
        }
        List<String> values = phrases(value.get("oneOf"), path + ".oneOf");
        return known && values != null ? new Field(name, null, null, values) : null;
    }

    private Within within(JsonNode value, String path) {
        if (!value.isObject()) {
            error(path, "not-mapping", ScorecardMessages::scNotMapping);
            return null;
        }
        unknownFields(value, path, Set.of("from", "to", "max"));
        String from = time(value, "from", path);
        String to = time(value, "to", path);
        Double max = value.has("max") ? duration(value.get("max"), path + ".max") : null;
        if (!value.has("max")) {
            error(path + ".max", "required", ScorecardMessages::scRequired);
        }
        return from != null && to != null && max != null ? new Within(from, to, max) : null;
    }

    private String time(JsonNode value, String field, String path) {
        String name = value.path(field).asText("");
        if (!AutoRule.TICKET_TIMES.contains(name)) {
            String all = String.join(", ", AutoRule.TICKET_TIMES);
            errors.error(path + "." + field, "auto-unknown-time", ScorecardTexts.text(m -> m.scAutoUnknownTime(name, all)));
            return null;
        }
        return name;
    }

    /** "10s", "1.5m", "2h", "1d", "500ms" or a number of seconds. */
    static Double seconds(JsonNode value) {
        if (value.isNumber()) {
            double seconds = value.asDouble();
            return Double.isFinite(seconds) && seconds >= 0 ? seconds : null;
        }
        Matcher m = DURATION.matcher(value.asText().trim().toLowerCase(Locale.ROOT));
        if (!value.isTextual() || !m.matches()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> amount / 1000;
            case "m" -> amount * 60;
            case "h" -> amount * 3600;
            case "d" -> amount * 86400;
            default -> amount;
        };
    }

    private Double duration(JsonNode value, String path) {
        Double seconds = seconds(value);
        if (seconds == null) {
            String shown = value.asText();
            errors.error(path, "auto-duration", ScorecardTexts.text(m -> m.scAutoDuration(shown)));
        }
        return seconds;
    }

    private void unknownFields(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                errors.error(path + "." + field, "unknown-field", ScorecardTexts.text(m -> m.scUnknownField(field)));
            }
        });
    }

    private void error(String path, String code, java.util.function.Function<ScorecardMessages, String> message) {
        errors.error(path, code, ScorecardTexts.text(message));
    }

    // ---- writing back ----

    static List<Object> write(List<AutoRule> rules, ItemType type) {
        List<Object> out = new ArrayList<>();
        for (AutoRule rule : rules) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("answer", type == ItemType.YES_NO || Answers.NA.equals(rule.answer()) ? rule.answer()
                    : ScorecardYaml.number(Double.parseDouble(rule.answer())));
            if (rule.when() != null) {
                map.put("when", write(rule.when()));
            }
            out.add(map);
        }
        return out;
    }

    private static Map<String, Object> write(Condition condition) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (condition instanceof Said said) {
            map.put(said.present() ? "said" : "notSaid", said.phrases());
            if (said.by() != By.AGENT) {
                map.put("by", said.by().name());
            }
            if (said.firstSeconds() != null) {
                map.put("first", duration(said.firstSeconds()));
            }
            if (said.lastSeconds() != null) {
                map.put("last", duration(said.lastSeconds()));
            }
        } else if (condition instanceof Metric metric) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", metric.name());
            if (metric.min() != null) {
                m.put("min", ScorecardYaml.number(metric.min()));
            }
            if (metric.max() != null) {
                m.put("max", ScorecardYaml.number(metric.max()));
            }
            map.put("metric", m);
        } else if (condition instanceof Field field) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.name());
            if (field.missing() != null) {
                f.put("missing", field.missing());
            } else if (field.matches() != null) {
                f.put("matches", field.matches());
            } else {
                f.put("oneOf", field.oneOf());
            }
            map.put("field", f);
        } else if (condition instanceof Within within) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("from", within.from());
            w.put("to", within.to());
            w.put("max", duration(within.maxSeconds()));
            map.put("within", w);
        } else if (condition instanceof AllOf all) {
            map.put("allOf", all.conditions().stream().map(AutoRuleReader::write).toList());
        } else if (condition instanceof AnyOf any) {
            map.put("anyOf", any.conditions().stream().map(AutoRuleReader::write).toList());
        } else if (condition instanceof Not not) {
            map.put("not", write(not.condition()));
        }
        return map;
    }

    /** The largest whole unit: 7200 → "2h", 90 → "90s" (not "1.5m", so the text reads as written). */
    static String duration(double seconds) {
        if (seconds > 0 && seconds % 3600 == 0) {
            return ScorecardYaml.canonical(seconds / 3600) + "h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return ScorecardYaml.canonical(seconds / 60) + "m";
        }
        return ScorecardYaml.canonical(seconds) + "s";
    }
}
