package io.zhijian.scorecard;

/** Fired inside the transaction that publishes a version (auto-QA re-runs its rules over history). */
public record ScorecardPublished(String key, int version, Scorecard scorecard) {
}
