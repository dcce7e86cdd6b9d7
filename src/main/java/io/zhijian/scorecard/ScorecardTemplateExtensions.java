package io.zhijian.scorecard;

import io.quarkus.qute.TemplateExtension;

/** Computed values for scorecard pages. */
@TemplateExtension
public final class ScorecardTemplateExtensions {

    private ScorecardTemplateExtensions() {
    }

    /** Points as people write them: 8, 2.5. */
    static String pts(double value) {
        return ScorecardYaml.canonical(value);
    }

    /** An answer of one of the card's items as people read it. */
    static String answerLabel(Scorecard card, String itemKey, String answer, String lang) {
        return AnswerLabels.of(card.item(itemKey).orElse(null), answer, lang);
    }

    /** Cohen's kappa to two decimals, or a dash when it is undefined. */
    static String kappaShown(AutoAgreement.ItemAgreement item) {
        return item.kappa() == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", item.kappa());
    }

    static String weightShown(Scorecard.Section section) {
        return section.weight() == null ? "" : ScorecardYaml.canonical(section.weight());
    }

    static String descriptionZh(Scorecard.Item item) {
        return item.description() == null ? "" : item.description().zh();
    }

    static String descriptionEn(Scorecard.Item item) {
        return item.description() == null ? "" : item.description().en();
    }

    static String descriptionZh(Scorecard card) {
        return card.description() == null ? "" : card.description().zh();
    }

    static String descriptionEn(Scorecard card) {
        return card.description() == null ? "" : card.description().en();
    }

    static boolean appliesToName(Scorecard card, String channel) {
        return card.appliesTo().stream().anyMatch(c -> c.name().equals(channel));
    }

    static String scaleMin(Scorecard.Item item) {
        return item.scale() == null ? "" : String.valueOf(item.scale().min());
    }

    static String scaleMax(Scorecard.Item item) {
        return item.scale() == null ? "" : String.valueOf(item.scale().max());
    }

    /** The levels as the editor's textarea shows them: {@code points | 中文 | English}. */
    static String levelLines(Scorecard.Item item) {
        return DraftEdits.levelLines(item);
    }

    static String joined(java.util.List<String> values) {
        return String.join(", ", values);
    }

    static boolean isLatestPublished(ScorecardService.VersionView version,
                                     java.util.List<ScorecardService.VersionView> versions) {
        return versions.stream().filter(v -> v.status() == ScorecardVersion.Status.PUBLISHED)
                .reduce((a, b) -> b).map(v -> v.version() == version.version()).orElse(false);
    }
}
