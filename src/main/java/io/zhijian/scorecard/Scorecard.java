package io.zhijian.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * A scorecard definition: the parsed, validated content of one version. Immutable; equality is by
 * content, which is what a round trip through YAML must preserve.
 */
public record Scorecard(String key, Text names, Text description, List<Channel> appliesTo, List<Section> sections) {

    /** A text in both UI languages. */
    public record Text(String zh, String en) {
        public String in(String lang) {
            return "zh".equals(lang) ? zh : en;
        }
    }

    public enum Channel { CALL, TICKET, CHAT }

    public enum ItemType { LEVELS, YES_NO, SCALE, POINTS }

    /** What a failing answer zeroes: nothing, its section, or the whole form. */
    public enum Critical { NONE, SECTION, FORM }

    /**
     * A section. When sections carry weights, every section has one and the total is the weighted
     * mean of section scores; without weights the total is all awarded points over all possible points.
     */
    public record Section(String key, Text names, Double weight, List<Item> items) {
    }

    public record Level(double points, Text description) {
    }

    /** An inclusive integer range of a SCALE item; the answer maps linearly onto 0..maxPoints. */
    public record Scale(int min, int max) {
    }

    /** {@code failingAnswers} holds canonical answers ("0", "no"); JSON shows numbers as numbers. */
    public record Item(String key, Text names, Text description, ItemType type, double maxPoints, boolean allowNa,
                       Critical critical, @JsonIgnore List<String> failingAnswers, boolean commentRequiredBelowMax,
                       List<String> tags, List<Level> levels, Scale scale, List<AutoRule> auto) {

        /** A critical item worth no points: a pass/fail gate, not a score. */
        @JsonIgnore
        public boolean isGate() {
            return critical != Critical.NONE && maxPoints == 0;
        }

        @JsonProperty("failingAnswers")
        public List<Object> failingAnswersAsValues() {
            return failingAnswers.stream().map(answer -> type == ItemType.YES_NO ? answer : (Object) number(answer))
                    .toList();
        }

        private static Number number(String canonical) {
            double value = Double.parseDouble(canonical);
            return value == Math.rint(value) ? (Number) (long) value : (Number) value;
        }
    }

    /** Points as people write them and answers are stored: 8, 2.5. */
    public static String points(double value) {
        return ScorecardYaml.canonical(value);
    }

    public boolean isWeighted() {
        return sections.stream().anyMatch(section -> section.weight() != null);
    }

    public Optional<Item> item(String itemKey) {
        return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.key().equals(itemKey)).findFirst();
    }

    /** An item's name in a UI language (the key only for an item this version does not have). */
    public String itemName(String itemKey, String lang) {
        return item(itemKey).map(i -> i.names().in(lang)).orElse(itemKey);
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public boolean appliesTo(Channel channel) {
        return appliesTo.contains(channel);
    }
}
