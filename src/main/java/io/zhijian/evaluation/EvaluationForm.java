package io.zhijian.evaluation;

import io.zhijian.autoqa.AutoQaViews;

import io.zhijian.scorecard.Scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scorecard laid out as the evaluation page shows it: per item its choices, the answer and comment given. */
public record EvaluationForm(List<SectionForm> sections) {

    public boolean hasSuggestions() {
        return sections.stream().anyMatch(s -> s.items().stream().anyMatch(i -> i.suggestion() != null));
    }

    public record Option(String value, Scorecard.Text label) {
    }

    /** {@code suggestion}: the auto-QA suggestion for the item (null: none); {@code taken}: the answer came from it. */
    public record ItemForm(Scorecard.Item item, List<Option> options, boolean numeric, String answer, String comment,
                           String points, AutoQaViews.ShownItem suggestion, boolean taken) {
    }

    public record SectionForm(Scorecard.Section section, List<ItemForm> items) {
    }

    static EvaluationForm of(Scorecard card, Map<String, Object> answers, Map<String, String> comments,
                             Map<String, Double> points, Map<String, AutoQaViews.ShownItem> suggestions,
                             List<String> taken) {
        EvaluationMessages en = EvaluationProblems.bundle("en");
        EvaluationMessages zh = EvaluationProblems.bundle("zh");
        List<SectionForm> sections = new ArrayList<>();
        for (Scorecard.Section section : card.sections()) {
            List<ItemForm> items = new ArrayList<>();
            for (Scorecard.Item item : section.items()) {
                List<Option> options = new ArrayList<>();
                switch (item.type()) {
                    case LEVELS -> item.levels().forEach(level -> options.add(new Option(Scorecard.points(level.points()),
                            new Scorecard.Text(Scorecard.points(level.points()) + " · " + level.description().zh(),
                                    Scorecard.points(level.points()) + " · " + level.description().en()))));
                    case YES_NO -> {
                        options.add(new Option("yes", new Scorecard.Text(zh.evYes(), en.evYes())));
                        options.add(new Option("no", new Scorecard.Text(zh.evNo(), en.evNo())));
                    }
                    case SCALE -> {
                        for (int v = item.scale().min(); v <= item.scale().max(); v++) {
                            options.add(new Option(String.valueOf(v), new Scorecard.Text(String.valueOf(v),
                                    String.valueOf(v))));
                        }
                    }
                    case POINTS -> {
                        // a number field
                    }
                }
                if (item.allowNa()) {
                    options.add(new Option("NA", new Scorecard.Text(zh.evNotApplicable(), en.evNotApplicable())));
                }
                Object answer = answers.get(item.key());
                Double earned = points.get(item.key());
                items.add(new ItemForm(item, options, item.type() == Scorecard.ItemType.POINTS,
                        answer == null ? "" : String.valueOf(answer), comments.getOrDefault(item.key(), ""),
                        earned == null ? "" : Scorecard.points(earned), suggestions.get(item.key()),
                        taken.contains(item.key())));
            }
            sections.add(new SectionForm(section, items));
        }
        return new EvaluationForm(sections);
    }

    /** Answers and comments from the page's form fields {@code a.<item>} and {@code c.<item>}; empty removes. */
    static Map<String, Object> answers(Map<String, List<String>> form) {
        return fields(form, "a.");
    }

    /** The items whose answer was taken from a suggestion: the page's hidden {@code taken} fields. */
    static List<String> taken(Map<String, List<String>> form) {
        return form.getOrDefault("taken", List.of()).stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    static Map<String, String> comments(Map<String, List<String>> form) {
        Map<String, String> comments = new LinkedHashMap<>();
        fields(form, "c.").forEach((key, value) -> comments.put(key, (String) value));
        return comments;
    }

    private static Map<String, Object> fields(Map<String, List<String>> form, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length() && !list.isEmpty()) {
                String value = list.get(list.size() - 1);
                values.put(name.substring(prefix.length()), value == null || value.isBlank() ? null : value.trim());
            }
        });
        return values;
    }
}
