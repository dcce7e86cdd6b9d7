package io.zhijian.scorecard;

import io.zhijian.scorecard.Scorecard.Item;
import io.zhijian.scorecard.Scorecard.Level;
import io.zhijian.scorecard.Scorecard.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A readable difference between two scorecard versions: every field that was added, removed or
 * changed, addressed by section and item keys rather than positions, plus reorderings.
 */
public final class ScorecardDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record Change(String path, Kind kind, String before, String after) {
    }

    private ScorecardDiff() {
    }

    public static List<Change> between(Scorecard from, Scorecard to) {
        Map<String, String> before = flatten(from);
        Map<String, String> after = flatten(to);
        List<Change> changes = new ArrayList<>();
        before.forEach((path, value) -> {
            if (!after.containsKey(path)) {
                changes.add(new Change(path, Kind.REMOVED, value, null));
            } else if (!Objects.equals(value, after.get(path))) {
                changes.add(new Change(path, Kind.CHANGED, value, after.get(path)));
            }
        });
        after.forEach((path, value) -> {
            if (!before.containsKey(path)) {
                changes.add(new Change(path, Kind.ADDED, null, value));
            }
        });
        return changes;
    }

    static Map<String, String> flatten(Scorecard card) {
        Map<String, String> out = new LinkedHashMap<>();
        text(out, "names", card.names());
        text(out, "description", card.description());
        out.put("appliesTo", card.appliesTo().toString());
        out.put("sections (order)", card.sections().stream().map(Section::key).toList().toString());
        for (Section section : card.sections()) {
            String s = "sections[" + section.key() + "]";
            text(out, s + ".names", section.names());
            if (section.weight() != null) {
                out.put(s + ".weight", ScorecardYaml.canonical(section.weight()));
            }
            out.put(s + ".items (order)", section.items().stream().map(Item::key).toList().toString());
            for (Item item : section.items()) {
                String i = s + ".items[" + item.key() + "]";
                text(out, i + ".names", item.names());
                text(out, i + ".description", item.description());
                out.put(i + ".type", item.type().name());
                out.put(i + ".maxPoints", ScorecardYaml.canonical(item.maxPoints()));
                out.put(i + ".allowNa", String.valueOf(item.allowNa()));
                out.put(i + ".critical", item.critical().name());
                out.put(i + ".failingAnswers", item.failingAnswers().toString());
                out.put(i + ".commentRequiredBelowMax", String.valueOf(item.commentRequiredBelowMax()));
                out.put(i + ".tags", item.tags().toString());
                for (Level level : item.levels()) {
                    text(out, i + ".levels[" + ScorecardYaml.canonical(level.points()) + "]", level.description());
                }
                if (item.scale() != null) {
                    out.put(i + ".scale", item.scale().min() + ".." + item.scale().max());
                }
                for (int r = 0; r < item.auto().size(); r++) {
                    out.put(i + ".auto[" + r + "]", AutoRuleReader.write(List.of(item.auto().get(r)), item.type()).get(0).toString());
                }
            }
        }
        return out;
    }

    private static void text(Map<String, String> out, String path, Scorecard.Text text) {
        if (text != null) {
            out.put(path + ".zh", text.zh());
            out.put(path + ".en", text.en());
        }
    }
}
