package io.zhijian.scorecard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the scorecard pages ({@code sc:key} in templates): English in
 * {@code messages/sc_en.properties}, Chinese in {@code messages/sc_zh.properties}. Errors the
 * scorecard code reports stay in the shared bundle, where problem responses resolve them.
 */
@MessageBundle(value = "sc", locale = "en")
public interface ScorecardMessages {

    @Message
    String scorecardsTitle();

    @Message
    String scKey();

    @Message
    String scName();

    @Message
    String scChannels();

    @Message
    String scLatestVersion();

    @Message
    String scEmptyLibrary();

    @Message
    String scDraft();

    @Message
    String channelLabel(String code);

    @Message
    String scFileErrors();

    @Message
    String scFile();

    @Message
    String scPath();

    @Message
    String scProblem();

    @Message
    String scImportTitle();

    @Message
    String scImportHint();

    @Message
    String scImportAsDraft();

    @Message
    String scImport();

    @Message
    String scRejected();

    @Message
    String scStatusDraft();

    @Message
    String scStatusPublished();

    @Message
    String scWeightedRule();

    @Message
    String scPointsRule();

    @Message
    String scExportYaml();

    @Message
    String scEditDraft();

    @Message
    String scNewDraft();

    @Message
    String scWeight();

    @Message
    String scItem();

    @Message
    String scMaxPoints();

    @Message
    String scLevels();

    @Message
    String scRules();

    @Message
    String scScaleShown(int min, int max);

    @Message
    String scYesNoShown();

    @Message
    String scPointsShown();

    @Message
    String scCriticalForm();

    @Message
    String scCriticalSection();

    @Message
    String scFailingShown(String answers);

    @Message
    String scAllowNa();

    @Message
    String scCommentRequired();

    @Message
    String scVersions();

    @Message
    String scVersion();

    @Message
    String scStatus();

    @Message
    String scSource();

    @Message
    String scCreated();

    @Message
    String scCompare();

    @Message
    String scDiffTitle(String key, int from, int to);

    @Message
    String scNoChanges();

    @Message
    String scChange();

    @Message
    String changeLabel(String code);

    @Message
    String scPublish();

    @Message
    String scDeleteDraft();

    @Message
    String scGeneral();

    @Message
    String scNameZh();

    @Message
    String scNameEn();

    @Message
    String scDescriptionZh();

    @Message
    String scDescriptionEn();

    @Message
    String scSection();

    @Message
    String scType();

    @Message
    String typeLabel(String code);

    @Message
    String scCritical();

    @Message
    String criticalLabel(String code);

    @Message
    String scFailingAnswers();

    @Message
    String scTags();

    @Message
    String scScaleMin();

    @Message
    String scScaleMax();

    @Message
    String scLevelsEditor();

    @Message
    String scItemKey();

    @Message
    String scAddItem();

    @Message
    String scAddSection();

    @Message
    String scSectionKey();

    @Message
    String scItemNameZh();

    @Message
    String scItemNameEn();

    @Message
    String scYamlEditor();

    @Message
    String scYamlEditorHint();
}
