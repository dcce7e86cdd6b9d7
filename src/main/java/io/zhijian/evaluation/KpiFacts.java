package io.zhijian.evaluation;

import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScoringEngine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one submitted evaluation contributes to the month's KPIs, kept on the evaluation so the KPIs aggregate in SQL.
 * <ul>
 *   <li>{@code criticalFailure}: some critical item failed.</li>
 *   <li>{@code attitudeClean}: no applicable item tagged {@code attitude} lost a point of its own (a section zeroed by
 *       another item's failure does not count against attitude; true when the scorecard has no such item).</li>
 *   <li>{@code professionalScore}: the points of the applicable items tagged {@code soft-skill} or {@code technical}
 *       over their possible points × 100, after critical zeroing — the two sub-scores added up on the source's
 *       100-point sheet; null when the scorecard has no such item.</li>
 * </ul>
 */
record KpiFacts(boolean criticalFailure, boolean attitudeClean, Double professionalScore) {

    static final String ATTITUDE = "attitude";
    static final List<String> PROFESSIONAL = List.of("soft-skill", "technical");

    static KpiFacts of(Scorecard card, ScoringEngine.Result result) {
        Map<String, List<String>> tags = new HashMap<>();
        card.sections().forEach(s -> s.items().forEach(i -> tags.put(i.key(), i.tags())));
        boolean attitudeClean = true;
        double awarded = 0;
        double possible = 0;
        for (ScoringEngine.SectionResult section : result.sections()) {
            for (ScoringEngine.ItemResult item : section.items()) {
                List<String> itemTags = tags.getOrDefault(item.key(), List.of());
                if (!item.applicable()) {
                    continue;
                }
                if (itemTags.contains(ATTITUDE) && item.points() < item.possiblePoints()) {
                    attitudeClean = false;
                }
                if (itemTags.stream().anyMatch(PROFESSIONAL::contains)) {
                    awarded += item.zeroed() ? 0 : item.points();
                    possible += item.possiblePoints();
                }
            }
        }
        return new KpiFacts(!result.criticalFailures().isEmpty(), attitudeClean,
                possible > 0 ? awarded / possible * 100 : null);
    }
}
