package io.zhijian.scorecard;

import io.zhijian.scorecard.Scorecard.Critical;
import io.zhijian.scorecard.Scorecard.Item;
import io.zhijian.scorecard.Scorecard.Section;
import io.zhijian.platform.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a scorecard. Pure: no I/O, no clock, no shared state.
 *
 * <ul>
 *   <li>An item earns its level's points, {@code maxPoints} for "yes", a SCALE value mapped linearly
 *       onto 0..maxPoints, or the POINTS given.</li>
 *   <li>N/A (and, in a partial scoring, an unanswered item) leaves the item out of both awarded and
 *       possible points. A section or scorecard with nothing applicable has no score.</li>
 *   <li>A failing answer of a SECTION-critical item zeroes its section; of a FORM-critical item the
 *       whole scorecard. The items that caused it are listed.</li>
 *   <li>Unweighted: total = awarded / possible × 100. Weighted: total = Σ weight × section score /
 *       Σ weight, over the sections that have a score.</li>
 *   <li>Tag sub-scores: awarded / possible × 100 over the applicable items carrying the tag, after zeroing.</li>
 * </ul>
 */
public final class ScoringEngine {

    /** One item: its answer in canonical form ("NA" for not applicable, null if unanswered). */
    public record ItemResult(String key, String answer, double points, double possiblePoints, boolean applicable,
                             boolean criticalFailure, boolean zeroed) {
    }

    /** {@code score} is null when nothing in the section applies. */
    public record SectionResult(String key, Double score, double awardedPoints, double possiblePoints, Double weight,
                                boolean zeroed, List<ItemResult> items) {
    }

    /** {@code total} is null when nothing applies (then it is neither 0 nor 100). */
    public record Result(Double total, double awardedPoints, double possiblePoints, List<String> criticalFailures,
                         List<SectionResult> sections, Map<String, Double> tags, List<String> unanswered) {
        public boolean hasScore() {
            return total != null;
        }
    }

    /** One rejected answer, naming the item. */
    public record AnswerError(String itemKey, String code, Problem.Text text) {
    }

    /** The answers were not all acceptable; nothing was scored. */
    public static final class InvalidAnswers extends RuntimeException {
        private final transient List<AnswerError> errors;

        InvalidAnswers(List<AnswerError> errors) {
            super(null, null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<AnswerError> errors() {
            return errors;
        }

        @Override
        public String getMessage() {
            return errors.stream().map(e -> e.itemKey() + ":" + e.code()).toList().toString();
        }
    }

    private ScoringEngine() {
    }

    public static Result score(Scorecard scorecard, Map<String, ?> answers, boolean partial) {
        List<AnswerError> errors = null;
        int matchedAnswers = 0;
        List<Section> sections = scorecard.sections();
        int sectionCount = sections.size();
        List<List<ItemResult>> itemResults = new ArrayList<>(sectionCount);
        List<String> criticalFailures = new ArrayList<>(2);
        List<String> unanswered = new ArrayList<>(0);
        boolean formZeroed = false;
        boolean[] sectionZeroed = new boolean[sectionCount];

        for (int s = 0; s < sectionCount; s++) {
            List<Item> items = sections.get(s).items();
            List<ItemResult> results = new ArrayList<>(items.size());
            for (Item item : items) {
                String key = item.key();
                Object value = answers.get(key);
                if (value != null) {
                    matchedAnswers++;
                }
                if (value == null) {
                    if (!partial) {
                        errors = add(errors, new AnswerError(key, "unanswered", ScorecardTexts.naming(item.names(), (m, name) -> m.scoreUnanswered(name))));
                    }
                    unanswered.add(key);
                    results.add(new ItemResult(key, null, 0, 0, false, false, false));
                    continue;
                }
                if (Answers.isNa(value)) {
                    if (!item.allowNa()) {
                        errors = add(errors, new AnswerError(key, "na-not-allowed", ScorecardTexts.naming(item.names(), (m, name) -> m.scoreNaNotAllowed(name))));
                    }
                    results.add(new ItemResult(key, Answers.NA, 0, 0, false, false, false));
                    continue;
                }
                Answers.Parsed parsed = Answers.parse(item, value);
                if (parsed == null) {
                    String shown = String.valueOf(value);
                    errors = add(errors, new AnswerError(key, "out-of-domain", ScorecardTexts.naming(item.names(), (m, name) -> m.scoreOutOfDomain(name, shown))));
                    results.add(new ItemResult(key, null, 0, 0, false, false, false));
                    continue;
                }
                boolean failing = item.critical() != Critical.NONE && item.failingAnswers().contains(parsed.canonical());
                if (failing) {
                    criticalFailures.add(key);
                    if (item.critical() == Critical.FORM) {
                        formZeroed = true;
                    } else {
                        sectionZeroed[s] = true;
                    }
                }
                results.add(new ItemResult(key, parsed.canonical(), parsed.points(), item.maxPoints(), true, failing,
                        false));
            }
            itemResults.add(results);
        }
        if (matchedAnswers < answers.size()) {
            errors = unknownItems(scorecard, answers, errors);
        }
        if (errors != null) {
            throw new InvalidAnswers(errors);
        }

        List<SectionResult> sectionResults = new ArrayList<>(sectionCount);
        Map<String, double[]> tagSums = new LinkedHashMap<>();
        double awarded = 0;
        double possible = 0;
        double weightedSum = 0;
        double weightTotal = 0;
        for (int s = 0; s < sectionCount; s++) {
            Section section = sections.get(s);
            boolean zeroed = formZeroed || sectionZeroed[s];
            double sectionAwarded = 0;
            double sectionPossible = 0;
            int applicable = 0;
            List<ItemResult> results = itemResults.get(s);
            for (int i = 0; i < results.size(); i++) {
                ItemResult result = results.get(i);
                if (!result.applicable()) {
                    continue;
                }
                applicable++;
                double effective = zeroed ? 0 : result.points();
                if (zeroed) {
                    results.set(i, new ItemResult(result.key(), result.answer(), result.points(),
                            result.possiblePoints(), true, result.criticalFailure(), true));
                }
                sectionAwarded += effective;
                sectionPossible += result.possiblePoints();
                for (String tag : section.items().get(i).tags()) {
                    double[] sums = tagSums.computeIfAbsent(tag, t -> new double[2]);
                    sums[0] += effective;
                    sums[1] += result.possiblePoints();
                }
            }
            Double sectionScore = percent(sectionAwarded, sectionPossible, zeroed && applicable > 0);
            sectionResults.add(new SectionResult(section.key(), sectionScore, round(sectionAwarded),
                    round(sectionPossible), section.weight(), zeroed, List.copyOf(results)));
            awarded += sectionAwarded;
            possible += sectionPossible;
            if (sectionScore != null && section.weight() != null) {
                weightedSum += section.weight() * sectionScore;
                weightTotal += section.weight();
            }
        }

        Double total;
        if (scorecard.isWeighted()) {
            if (weightTotal > 0) {
                total = round(formZeroed ? 0 : weightedSum / weightTotal);
            } else {
                total = formZeroed ? Double.valueOf(0) : null;
            }
        } else {
            total = percent(awarded, possible, formZeroed);
        }
        Map<String, Double> tags = new HashMap<>();
        tagSums.forEach((tag, sums) -> {
            Double score = percent(sums[0], sums[1], false);
            if (score != null) {
                tags.put(tag, score);
            }
        });
        return new Result(total, round(awarded), round(possible), List.copyOf(criticalFailures),
                List.copyOf(sectionResults), Map.copyOf(tags), List.copyOf(unanswered));
    }

    /**
     * awarded / possible × 100 to two decimals; with nothing possible there is no score, except that a
     * critical failure still zeroes (a failed gate item worth no points fails the form all the same).
     */
    private static Double percent(double awarded, double possible, boolean zeroedWithoutPoints) {
        if (possible <= 0) {
            return zeroedWithoutPoints ? 0.0 : null;
        }
        return round(100.0 * awarded / possible);
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /** The slow path, only when some answer matched no item. */
    private static List<AnswerError> unknownItems(Scorecard scorecard, Map<String, ?> answers, List<AnswerError> errors) {
        List<AnswerError> unknown = new ArrayList<>();
        for (String key : answers.keySet()) {
            if (scorecard.item(key).isEmpty()) {
                unknown.add(new AnswerError(key, "unknown-item", ScorecardTexts.text(m -> m.scoreUnknownItem(key))));
            }
        }
        if (errors != null) {
            unknown.addAll(errors);
        }
        return unknown;
    }

    private static List<AnswerError> add(List<AnswerError> errors, AnswerError error) {
        List<AnswerError> list = errors == null ? new ArrayList<>() : errors;
        list.add(error);
        return list;
    }
}
