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

    @Message
    String scYamlSyntax(int line, int column, String detail);

    @Message
    String scNotMapping();

    @Message
    String scNotList();

    @Message
    String scNotTextPair();

    @Message
    String scNotNumber();

    @Message
    String scNotInteger();

    @Message
    String scNotBoolean();

    @Message
    String scRequired();

    @Message
    String scUnknownField(String field);

    @Message
    String scBadKey();

    @Message
    String scBadTag();

    @Message
    String scMissingLanguage(String lang);

    @Message
    String scUnknownValue(String value, String allowed);

    @Message
    String scDuplicate(String value);

    @Message
    String scEmptyList();

    @Message
    String scEmptySection();

    @Message
    String scWeightPositive();

    @Message
    String scWeightsAllOrNone();

    @Message
    String scNegative();

    @Message
    String scLevelDuplicate(String points);

    @Message
    String scLevelAboveMax(String points, String max);

    @Message
    String scMaxMismatch(String max, String highest);

    @Message
    String scLevelsNotAllowed();

    @Message
    String scScaleNotAllowed();

    @Message
    String scScaleRange();

    @Message
    String scPointsPositive();

    @Message
    String scFailingRequired();

    @Message
    String scFailingNotInDomain(String value);

    @Message
    String scoreUnknownItem(String key);

    @Message
    String scoreUnanswered(String key);

    @Message
    String scoreNaNotAllowed(String key);

    @Message
    String scoreOutOfDomain(String key, String value);

    @Message
    String scNotFound(String key);

    @Message
    String scVersionNotFound(String key, int version);

    @Message
    String scNoPublishedVersion(String key);

    @Message
    String scPublishedImmutable(String key, int version);

    @Message
    String scKeyChanged(String key, String newKey);

    @Message
    String scEmptyBody();

    @Message
    String scTooLarge(int max);

    @Message
    String scKeyInTwoFiles(String key, String file);

    @Message
    String scNotUtf8();

    @Message
    String scUnreadable();

    @Message
    String scAnswersRequired();

    @Message
    String scDiffNeedsVersions();

    @Message
    String scEditorNoSection(String key);

    @Message
    String scEditorNoItem(String key);

    @Message
    String scAutoNotList();

    @Message
    String scAutoAnswerNotInItem(String answer);

    @Message
    String scAutoCondition(String found);

    @Message
    String scAutoPhrases();

    @Message
    String scAutoBy(String value);

    @Message
    String scAutoDuration(String value);

    @Message
    String scAutoFirstAndLast();

    @Message
    String scAutoUnknownMetric(String name, String known);

    @Message
    String scAutoMetricBounds();

    @Message
    String scAutoUnknownField(String name, String known);

    @Message
    String scAutoFieldTest();

    @Message
    String scAutoMissingBoolean();

    @Message
    String scAutoBadRegex(String detail);

    @Message
    String scAutoUnknownTime(String name, String known);

    @Message
    String scAnswerYes();

    @Message
    String scAnswerNo();

    @Message
    String scAnswerNa();

    @Message
    String scAnswerPoints(String points);

    @Message
    String scAutoWork();

    @Message
    String scSourceLabel(String code);
}
