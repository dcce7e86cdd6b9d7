package io.zhijian.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.platform.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Editor operations on a draft, applied to its canonical YAML tree. The result goes back through
 * {@link ScorecardYaml#read}, so an edit that breaks a rule is refused with located errors.
 */
final class DraftEdits {

    private static final ObjectMapper YAML = ScorecardYaml.YAML;

    /** Fields of the item form; blank text means "none". */
    record ItemForm(String zh, String en, String descriptionZh, String descriptionEn, String type, String maxPoints,
                    boolean allowNa, String critical, String failingAnswers, boolean commentRequiredBelowMax,
                    String tags, String levels, String scaleMin, String scaleMax) {
    }

    private final Map<String, Object> root;

    @SuppressWarnings("unchecked")
    DraftEdits(String canonicalYaml) {
        try {
            root = YAML.readValue(canonicalYaml, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft is not YAML", e);
        }
    }

    String yaml() {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void meta(String zh, String en, String descriptionZh, String descriptionEn, List<String> appliesTo) {
        root.put("names", text(zh, en));
        putText(root, "description", descriptionZh, descriptionEn);
        root.put("appliesTo", appliesTo == null ? List.of() : appliesTo);
    }

    void saveSection(String key, String zh, String en, String weight) {
        Map<String, Object> section = section(key);
        section.put("names", text(zh, en));
        putNumber(section, "weight", weight);
    }

    void addSection(String key, String zh, String en, String itemKey, String itemZh, String itemEn) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("key", key == null ? "" : key.trim());
        section.put("names", text(zh, en));
        section.put("items", new ArrayList<>(List.of(newItem(itemKey, itemZh, itemEn))));
        sections().add(section);
    }

    void addItem(String sectionKey, String itemKey, String zh, String en) {
        items(section(sectionKey)).add(newItem(itemKey, zh, en));
    }

    void moveSection(String key, int delta) {
        move(sections(), sections().indexOf(section(key)), delta);
    }

    void deleteSection(String key) {
        sections().remove(section(key));
    }

    void moveItem(String sectionKey, String itemKey, int delta) {
        List<Map<String, Object>> items = items(section(sectionKey));
        move(items, items.indexOf(item(sectionKey, itemKey)), delta);
    }

    void deleteItem(String sectionKey, String itemKey) {
        items(section(sectionKey)).remove(item(sectionKey, itemKey));
    }

    void saveItem(String sectionKey, String itemKey, ItemForm form) {
        Map<String, Object> item = item(sectionKey, itemKey);
        Object auto = item.get("auto");
        item.clear();
        item.put("key", itemKey);
        item.put("names", text(form.zh(), form.en()));
        putText(item, "description", form.descriptionZh(), form.descriptionEn());
        item.put("type", blankToEmpty(form.type()));
        putNumber(item, "maxPoints", form.maxPoints());
        item.put("allowNa", form.allowNa());
        item.put("critical", form.critical() == null || form.critical().isBlank() ? "NONE" : form.critical());
        List<String> failing = split(form.failingAnswers());
        if (!failing.isEmpty()) {
            item.put("failingAnswers", failing);
        }
        item.put("commentRequiredBelowMax", form.commentRequiredBelowMax());
        item.put("tags", split(form.tags()));
        if ("LEVELS".equals(form.type())) {
            item.put("levels", levels(form.levels()));
        }
        if ("SCALE".equals(form.type())) {
            Map<String, Object> scale = new LinkedHashMap<>();
            putNumber(scale, "min", form.scaleMin());
            putNumber(scale, "max", form.scaleMax());
            item.put("scale", scale);
        }
        if (auto != null) {
            item.put("auto", auto);
        }
    }

    /** One level a line: {@code points | 中文 | English}. */
    static List<Map<String, Object>> levels(String lines) {
        List<Map<String, Object>> levels = new ArrayList<>();
        if (lines == null) {
            return levels;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            Map<String, Object> level = new LinkedHashMap<>();
            putNumber(level, "points", parts[0]);
            level.put("description", text(parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
            levels.add(level);
        }
        return levels;
    }

    /** The item's levels as the editor shows them. */
    static String levelLines(Scorecard.Item item) {
        StringBuilder out = new StringBuilder();
        for (Scorecard.Level level : item.levels()) {
            out.append(ScorecardYaml.canonical(level.points())).append(" | ").append(level.description().zh())
                    .append(" | ").append(level.description().en()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> newItem(String key, String zh, String en) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key == null ? "" : key.trim());
        item.put("names", text(zh, en));
        item.put("type", "YES_NO");
        item.put("maxPoints", 1);
        return item;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sections() {
        return (List<Map<String, Object>>) root.get("sections");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> section) {
        return (List<Map<String, Object>>) section.get("items");
    }

    private Map<String, Object> section(String key) {
        return sections().stream().filter(s -> key.equals(s.get("key"))).findFirst()
                .orElseThrow(() -> Problem.notFound(ScorecardTexts.text(m -> m.scEditorNoSection(key))));
    }

    private Map<String, Object> item(String sectionKey, String itemKey) {
        return items(section(sectionKey)).stream().filter(i -> itemKey.equals(i.get("key"))).findFirst()
                .orElseThrow(() -> Problem.notFound(ScorecardTexts.text(m -> m.scEditorNoItem(itemKey))));
    }

    private static <T> void move(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index >= 0 && target >= 0 && target < list.size()) {
            list.add(target, list.remove(index));
        }
    }

    private static Map<String, Object> text(String zh, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("zh", zh == null ? "" : zh.trim());
        text.put("en", en == null ? "" : en.trim());
        return text;
    }

    private static void putText(Map<String, Object> target, String field, String zh, String en) {
        if ((zh == null || zh.isBlank()) && (en == null || en.isBlank())) {
            target.remove(field);
        } else {
            target.put(field, text(zh, en));
        }
    }

    /** Numbers stay numbers; anything else is kept as text so validation can say what is wrong. */
    private static void putNumber(Map<String, Object> target, String field, String value) {
        if (value == null || value.isBlank()) {
            target.remove(field);
            return;
        }
        String trimmed = value.trim();
        try {
            double number = Double.parseDouble(trimmed);
            target.put(field, number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : number);
        } catch (NumberFormatException e) {
            target.put(field, trimmed);
        }
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

}
