package io.zhijian.evaluation;

import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A refusal shown on a form: each message after the label of its field as the form names it. */
final class PageErrors {

    private static final Map<String, Function<EvaluationMessages, String>> LABELS = Map.ofEntries(
            Map.entry("name", EvaluationMessages::qaColName), Map.entry("period", EvaluationMessages::qaColPeriod),
            Map.entry("teams", EvaluationMessages::qaTeams), Map.entry("channels", EvaluationMessages::qaChannels),
            Map.entry("ticketTypes", EvaluationMessages::qaTicketTypes),
            Map.entry("minDurationSeconds", EvaluationMessages::qaMinDuration),
            Map.entry("maxDurationSeconds", EvaluationMessages::qaMaxDuration),
            Map.entry("perAgent", EvaluationMessages::qaColPerAgent),
            Map.entry("minPerAgent", EvaluationMessages::qaMinPerAgent),
            Map.entry("inspectors", EvaluationMessages::qaColInspectors),
            Map.entry("reference", EvaluationMessages::calReference), Map.entry("title", EvaluationMessages::calColTitle),
            Map.entry("interactionType", EvaluationMessages::calInteraction),
            Map.entry("interactionId", EvaluationMessages::calInteraction),
            Map.entry("scorecardKey", EvaluationMessages::evColScorecard));

    private PageErrors() {
    }

    static List<String> of(Problem problem, CurrentUser page) {
        Map<String, String> fields = problem.fieldErrors(page.messages());
        if (fields.isEmpty()) {
            return List.of(problem.detail(page.messages()));
        }
        EvaluationMessages labels = EvaluationProblems.bundle(page.getLang());
        return fields.entrySet().stream().map(e -> {
            Function<EvaluationMessages, String> label = LABELS.get(e.getKey());
            return (label == null ? e.getKey() : label.apply(labels)) + ": " + e.getValue();
        }).toList();
    }
}
