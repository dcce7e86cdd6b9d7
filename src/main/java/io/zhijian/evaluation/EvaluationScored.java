package io.zhijian.evaluation;

import io.zhijian.interaction.Interactions;

/** An interaction's evaluation total changed (submitted or revised), so search can show and filter it. */
public record EvaluationScored(Interactions.Type type, long interactionId) {
}
