package io.zhijian.scorecard;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.scorecard.Scorecard.Critical;
import io.zhijian.scorecard.Scorecard.Item;
import io.zhijian.scorecard.Scorecard.ItemType;
import io.zhijian.scorecard.Scorecard.Level;
import io.zhijian.scorecard.Scorecard.Scale;
import io.zhijian.scorecard.Scorecard.Section;
import io.zhijian.scorecard.Scorecard.Text;
import io.zhijian.platform.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code scorecards/*.yaml} format: reading with located errors (every problem found, not just
 * the first), and writing back in a canonical form so that read(write(s)) equals s.
 */
public final class ScorecardYaml {

    /** Either a scorecard or everything wrong with the document. */
    public record ReadResult(Scorecard scorecard, List<SchemaError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern ITEM_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_/-]{0,63}");
    /** Canonical YAML for scorecards; the draft editor shares it. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // ALWAYS_QUOTE_NUMBERS_AS_STRINGS: a text such as "8" stays a text; real numbers stay numbers.

    private ScorecardYaml() {
    }

    public static ReadResult read(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml == null ? "" : yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            return new ReadResult(null, List.of(new SchemaError("", "yaml-syntax",
                    ScorecardTexts.text(m -> m.scYamlSyntax(line, column, detail)))));
        }
        Reader reader = new Reader();
        Scorecard scorecard = reader.scorecard(root);
        return new ReadResult(reader.errors.isEmpty() ? scorecard : null, List.copyOf(reader.errors));
    }

    /** Canonical YAML: fixed field order, defaults written out, so diffs and hashes are stable. */
    public static String write(Scorecard scorecard) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", scorecard.key());
        root.put("names", text(scorecard.names()));
        if (scorecard.description() != null) {
            root.put("description", text(scorecard.description()));
        }
        root.put("appliesTo", scorecard.appliesTo().stream().map(Enum::name).toList());
        List<Object> sections = new ArrayList<>();
        for (Section section : scorecard.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("names", text(section.names()));
            if (section.weight() != null) {
                s.put("weight", number(section.weight()));
            }
            List<Object> items = new ArrayList<>();
            for (Item item : section.items()) {
                items.add(item(item));
            }
            s.put("items", items);
            sections.add(s);
        }
        root.put("sections", sections);
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scorecard not writable as YAML", e);
        }
    }

    private static Map<String, Object> item(Item item) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", item.key());
        i.put("names", text(item.names()));
        if (item.description() != null) {
            i.put("description", text(item.description()));
        }
        i.put("type", item.type().name());
        i.put("maxPoints", number(item.maxPoints()));
        i.put("allowNa", item.allowNa());
        i.put("critical", item.critical().name());
        if (!item.failingAnswers().isEmpty()) {
            i.put("failingAnswers", item.failingAnswersAsValues());
        }
        i.put("commentRequiredBelowMax", item.commentRequiredBelowMax());
        i.put("tags", item.tags());
        if (item.type() == ItemType.LEVELS) {
            i.put("levels", item.levels().stream().map(level -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("points", number(level.points()));
                l.put("description", text(level.description()));
                return l;
            }).toList());
        }
        if (item.scale() != null) {
            i.put("scale", Map.of("min", item.scale().min(), "max", item.scale().max()));
        }
        if (!item.auto().isEmpty()) {
            i.put("auto", AutoRuleReader.write(item.auto(), item.type()));
        }
        return i;
    }

    private static Map<String, String> text(Text text) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("zh", text.zh());
        t.put("en", text.en());
        return t;
    }

    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** The canonical string of a number answer, as used in failingAnswers ("8", "2.5"). */
    static String canonical(double value) {
        return number(value).toString();
    }

    /** Walks the tree, collecting every error with its path; returns a scorecard only if none. */
    private static final class Reader {
        private final List<SchemaError> errors = new ArrayList<>();

        private void error(String path, String code, Problem.Text text) {
            errors.add(new SchemaError(path, code, text));
        }

        Scorecard scorecard(JsonNode root) {
            if (root == null || !root.isObject()) {
                error("", "not-mapping", ScorecardTexts.text(ScorecardMessages::scNotMapping));
                return null;
            }
            fields(root, "", Set.of("key", "names", "description", "appliesTo", "sections"));
            String key = key(root, "key", "", KEY);
            Text names = text(root, "names", "", true);
            Text description = text(root, "description", "", false);
            List<Channel> appliesTo = enumList(root, "appliesTo", "", Channel.class);
            List<Section> sections = new ArrayList<>();
            JsonNode list = list(root, "sections", "");
            Set<String> sectionKeys = new HashSet<>();
            Set<String> itemKeys = new HashSet<>();
            int weighted = 0;
            if (list != null) {
                for (int s = 0; s < list.size(); s++) {
                    Section section = section(list.get(s), "sections[" + s + "]", sectionKeys, itemKeys);
                    if (section != null) {
                        sections.add(section);
                        weighted += section.weight() == null ? 0 : 1;
                    }
                }
                if (weighted > 0 && weighted < list.size()) {
                    error("sections", "weights-all-or-none", ScorecardTexts.text(ScorecardMessages::scWeightsAllOrNone));
                }
            }
            return errors.isEmpty() ? new Scorecard(key, names, description, appliesTo, List.copyOf(sections)) : null;
        }

        private Section section(JsonNode node, String path, Set<String> sectionKeys, Set<String> itemKeys) {
            if (!node.isObject()) {
                error(path, "not-mapping", ScorecardTexts.text(ScorecardMessages::scNotMapping));
                return null;
            }
            fields(node, path, Set.of("key", "names", "weight", "items"));
            String key = key(node, "key", path, ITEM_KEY);
            if (key != null && !sectionKeys.add(key)) {
                error(path + ".key", "duplicate-key", ScorecardTexts.text(m -> m.scDuplicate(key)));
            }
            Text names = text(node, "names", path, true);
            Double weight = null;
            if (node.has("weight")) {
                weight = number(node.get("weight"), path + ".weight");
                if (weight != null && weight <= 0) {
                    error(path + ".weight", "weight-positive", ScorecardTexts.text(ScorecardMessages::scWeightPositive));
                }
            }
            List<Item> items = new ArrayList<>();
            JsonNode list = list(node, "items", path);
            if (list != null && list.isEmpty()) {
                error(path + ".items", "empty-section", ScorecardTexts.text(ScorecardMessages::scEmptySection));
            }
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    Item item = item(list.get(i), path + ".items[" + i + "]", itemKeys);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            return new Section(key, names, weight, List.copyOf(items));
        }

        private Item item(JsonNode node, String path, Set<String> itemKeys) {
            if (!node.isObject()) {
                error(path, "not-mapping", ScorecardTexts.text(ScorecardMessages::scNotMapping));
                return null;
            }
            fields(node, path, Set.of("key", "names", "description", "type", "maxPoints", "allowNa", "critical",
                    "failingAnswers", "commentRequiredBelowMax", "tags", "levels", "scale", "auto"));
            String key = key(node, "key", path, ITEM_KEY);
            if (key != null && !itemKeys.add(key)) {
                error(path + ".key", "duplicate-key", ScorecardTexts.text(m -> m.scDuplicate(key)));
            }
            Text names = text(node, "names", path, true);
            Text description = text(node, "description", path, false);
            ItemType type = enumValue(node, "type", path, ItemType.class, null);
            Double maxPoints = null;
            if (!node.has("maxPoints")) {
                error(path + ".maxPoints", "required", ScorecardTexts.text(ScorecardMessages::scRequired));
            } else {
                maxPoints = number(node.get("maxPoints"), path + ".maxPoints");
                if (maxPoints != null && maxPoints < 0) {
                    error(path + ".maxPoints", "negative", ScorecardTexts.text(ScorecardMessages::scNegative));
                }
            }
            boolean allowNa = bool(node, "allowNa", path);
            Critical critical = enumValue(node, "critical", path, Critical.class, Critical.NONE);
            boolean commentRequired = bool(node, "commentRequiredBelowMax", path);
            List<String> tags = tags(node, path);
            List<Level> levels = List.of();
            Scale scale = null;
            if (type == ItemType.LEVELS) {
                levels = levels(node, path, maxPoints);
            } else if (node.has("levels") && type != null) {
                error(path + ".levels", "levels-not-allowed", ScorecardTexts.text(ScorecardMessages::scLevelsNotAllowed));
            }
            if (type == ItemType.SCALE) {
                scale = scale(node, path);
            } else if (node.has("scale") && type != null) {
                error(path + ".scale", "scale-not-allowed", ScorecardTexts.text(ScorecardMessages::scScaleNotAllowed));
            }
            if (type == ItemType.POINTS && maxPoints != null && maxPoints <= 0) {
                error(path + ".maxPoints", "points-positive", ScorecardTexts.text(ScorecardMessages::scPointsPositive));
            }
            List<String> failing = failingAnswers(node, path, type, maxPoints, levels, scale);
            if (critical != null && critical != Critical.NONE && failing.isEmpty() && !node.has("failingAnswers")) {
                error(path + ".failingAnswers", "failing-required", ScorecardTexts.text(ScorecardMessages::scFailingRequired));
            }
            List<AutoRule> auto = node.has("auto") ? new AutoRuleReader(this::error).rules(node.get("auto"),
                    path + ".auto", new AutoRuleReader.Domain(type, maxPoints, levels, scale, allowNa)) : List.of();
            if (type == null || maxPoints == null || critical == null) {
                return null;
            }
            return new Item(key, names, description, type, maxPoints, allowNa, critical, failing, commentRequired,
                    tags, levels, scale, auto);
        }

        private List<Level> levels(JsonNode node, String path, Double maxPoints) {
            JsonNode list = list(node, "levels", path);
            if (list == null) {
                return List.of();
            }
            if (list.isEmpty()) {
                error(path + ".levels", "empty-list", ScorecardTexts.text(ScorecardMessages::scEmptyList));
                return List.of();
            }
            List<Level> levels = new ArrayList<>();
            Set<Double> seen = new HashSet<>();
            double top = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < list.size(); l++) {
                String levelPath = path + ".levels[" + l + "]";
                JsonNode level = list.get(l);
                if (!level.isObject()) {
                    error(levelPath, "not-mapping", ScorecardTexts.text(ScorecardMessages::scNotMapping));
                    continue;
                }
                fields(level, levelPath, Set.of("points", "description"));
                Double points = level.has("points") ? number(level.get("points"), levelPath + ".points") : null;
                if (!level.has("points")) {
                    error(levelPath + ".points", "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                }
                Text description = text(level, "description", levelPath, true);
                if (points == null) {
                    continue;
                }
                double value = points;
                if (value < 0) {
                    error(levelPath + ".points", "negative", ScorecardTexts.text(ScorecardMessages::scNegative));
                } else if (!seen.add(value)) {
                    error(levelPath + ".points", "level-duplicate", ScorecardTexts.text(m -> m.scLevelDuplicate(canonical(value))));
                } else if (maxPoints != null && value > maxPoints) {
                    error(levelPath + ".points", "level-above-max",
                            ScorecardTexts.text(m -> m.scLevelAboveMax(canonical(value), canonical(maxPoints))));
                }
                top = Math.max(top, value);
                levels.add(new Level(value, description));
            }
            double highest = top;
            if (maxPoints != null && !levels.isEmpty() && highest != maxPoints && highest <= maxPoints) {
                error(path + ".maxPoints", "max-mismatch",
                        ScorecardTexts.text(m -> m.scMaxMismatch(canonical(maxPoints), canonical(highest))));
            }
            return List.copyOf(levels);
        }

        private Scale scale(JsonNode node, String path) {
            JsonNode scale = node.get("scale");
            if (scale == null) {
                error(path + ".scale", "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                return null;
            }
            if (!scale.isObject()) {
                error(path + ".scale", "not-mapping", ScorecardTexts.text(ScorecardMessages::scNotMapping));
                return null;
            }
            fields(scale, path + ".scale", Set.of("min", "max"));
            Integer min = integer(scale, "min", path + ".scale");
            Integer max = integer(scale, "max", path + ".scale");
            if (min == null || max == null) {
                return null;
            }
            if (min >= max) {
                error(path + ".scale", "scale-range", ScorecardTexts.text(ScorecardMessages::scScaleRange));
                return null;
            }
            return new Scale(min, max);
        }

        private List<String> failingAnswers(JsonNode node, String path, ItemType type, Double maxPoints,
                                            List<Level> levels, Scale scale) {
            if (!node.has("failingAnswers")) {
                return List.of();
            }
            JsonNode list = list(node, "failingAnswers", path);
            if (list == null) {
                return List.of();
            }
            List<String> answers = new ArrayList<>();
            for (int f = 0; f < list.size(); f++) {
                String answerPath = path + ".failingAnswers[" + f + "]";
                JsonNode answer = list.get(f);
                String canonicalAnswer = type == null ? null : Answers.canonicalFailing(answer, type, maxPoints, levels, scale);
                if (type != null && canonicalAnswer == null) {
                    String shown = answer.asText();
                    error(answerPath, "failing-not-in-domain", ScorecardTexts.text(m -> m.scFailingNotInDomain(shown)));
                } else if (canonicalAnswer != null) {
                    answers.add(canonicalAnswer);
                }
            }
            return List.copyOf(answers);
        }

        private List<String> tags(JsonNode node, String path) {
            if (!node.has("tags")) {
                return List.of();
            }
            JsonNode list = list(node, "tags", path);
            List<String> tags = new ArrayList<>();
            if (list == null) {
                return List.of();
            }
            for (int t = 0; t < list.size(); t++) {
                JsonNode tag = list.get(t);
                String tagPath = path + ".tags[" + t + "]";
                if (!tag.isTextual() || !TAG.matcher(tag.asText()).matches()) {
                    error(tagPath, "bad-tag", ScorecardTexts.text(ScorecardMessages::scBadTag));
                } else if (tags.contains(tag.asText())) {
                    String value = tag.asText();
                    error(tagPath, "duplicate-tag", ScorecardTexts.text(m -> m.scDuplicate(value)));
                } else {
                    tags.add(tag.asText());
                }
            }
            return List.copyOf(tags);
        }

        private void fields(JsonNode node, String path, Set<String> allowed) {
            node.fieldNames().forEachRemaining(field -> {
                if (!allowed.contains(field)) {
                    error(join(path, field), "unknown-field", ScorecardTexts.text(m -> m.scUnknownField(field)));
                }
            });
        }

        private String key(JsonNode node, String field, String path, Pattern pattern) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                error(join(path, field), "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                return null;
            }
            if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
                error(join(path, field), "bad-key", ScorecardTexts.text(ScorecardMessages::scBadKey));
                return null;
            }
            return value.asText();
        }

        private Text text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            String textPath = join(path, field);
            if (value == null || value.isNull()) {
                if (required) {
                    error(textPath, "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                }
                return null;
            }
            if (!value.isObject()) {
                error(textPath, "not-text-pair", ScorecardTexts.text(ScorecardMessages::scNotTextPair));
                return null;
            }
            fields(value, textPath, Set.of("zh", "en"));
            String zh = languageText(value, "zh", textPath);
            String en = languageText(value, "en", textPath);
            return zh == null || en == null ? null : new Text(zh, en);
        }

        private String languageText(JsonNode text, String lang, String path) {
            JsonNode value = text.get(lang);
            if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
                error(path + "." + lang, "missing-language", ScorecardTexts.text(m -> m.scMissingLanguage(lang)));
                return null;
            }
            return value.asText().strip();
        }

        private JsonNode list(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                error(join(path, field), "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                return null;
            }
            if (!value.isArray()) {
                error(join(path, field), "not-list", ScorecardTexts.text(ScorecardMessages::scNotList));
                return null;
            }
            if (value.isEmpty() && !field.equals("items") && !field.equals("failingAnswers") && !field.equals("tags")) {
                error(join(path, field), "empty-list", ScorecardTexts.text(ScorecardMessages::scEmptyList));
                return null;
            }
            return value;
        }

        private <E extends Enum<E>> List<E> enumList(JsonNode node, String field, String path, Class<E> type) {
            JsonNode list = list(node, field, path);
            List<E> values = new ArrayList<>();
            if (list == null) {
                return values;
            }
            for (int i = 0; i < list.size(); i++) {
                E value = parseEnum(list.get(i), join(path, field) + "[" + i + "]", type);
                if (value != null && values.contains(value)) {
                    error(join(path, field) + "[" + i + "]", "duplicate", ScorecardTexts.text(m -> m.scDuplicate(value.name())));
                } else if (value != null) {
                    values.add(value);
                }
            }
            return List.copyOf(values);
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String field, String path, Class<E> type, E fallback) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (fallback == null) {
                    error(join(path, field), "required", ScorecardTexts.text(ScorecardMessages::scRequired));
                }
                return fallback;
            }
            return parseEnum(value, join(path, field), type);
        }

        private <E extends Enum<E>> E parseEnum(JsonNode value, String path, Class<E> type) {
            String text = value.asText();
            for (E constant : type.getEnumConstants()) {
                if (value.isTextual() && constant.name().equals(text)) {
                    return constant;
                }
            }
            String allowed = Arrays.toString(type.getEnumConstants());
            error(path, "unknown-value", ScorecardTexts.text(m -> m.scUnknownValue(text, allowed)));
            return null;
        }

        private Double number(JsonNode value, String path) {
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                error(path, "not-number", ScorecardTexts.text(ScorecardMessages::scNotNumber));
                return null;
            }
            return value.asDouble();
        }

        private Integer integer(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                error(join(path, field), value == null ? "required" : "not-integer",
                        value == null ? ScorecardTexts.text(ScorecardMessages::scRequired) : ScorecardTexts.text(ScorecardMessages::scNotInteger));
                return null;
            }
            return value.asInt();
        }

        private boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                error(join(path, field), "not-boolean", ScorecardTexts.text(ScorecardMessages::scNotBoolean));
                return false;
            }
            return value.asBoolean();
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
