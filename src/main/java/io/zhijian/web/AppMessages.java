package io.zhijian.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every user-visible text. English in {@code messages/msg_en.properties}, Chinese in
 * {@code messages/msg_zh.properties}; templates use {@code msg:key}, Java code {@link Messages#of}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String appName();

    @Message
    String navHome();

    @Message
    String navUsers();

    @Message
    String navTeams();

    @Message
    String navAudit();

    @Message
    String navApiDocs();

    @Message
    String navLogout();

    @Message
    String langSwitch();

    @Message
    String signedInAs(String name);

    @Message
    String backHome();

    @Message
    String save();

    @Message
    String create();

    @Message
    String edit();

    @Message
    String delete();

    @Message
    String actions();

    @Message
    String savedNotice();

    @Message
    String pagePrev();

    @Message
    String pageNext();

    @Message
    String loginTitle();

    @Message
    String loginUsername();

    @Message
    String loginPassword();

    @Message
    String loginSubmit();

    @Message
    String loginFailed();

    @Message
    String loggedOut();

    @Message
    String loginDemoHint();

    @Message
    String homeWelcome(String name);

    @Message
    String homeAdmin();

    @Message
    String homeTrainer();

    @Message
    String homeQa();

    @Message
    String homeLead();

    @Message
    String homeAgent();

    @Message
    String statUsersActive();

    @Message
    String statUsersLocked();

    @Message
    String statTeams();

    @Message
    String roleLabel(String code);

    @Message
    String usersTitle();

    @Message
    String userNew();

    @Message
    String userUsername();

    @Message
    String userDisplayName();

    @Message
    String userPassword();

    @Message
    String userRoles();

    @Message
    String userTeam();

    @Message
    String userLanguage();

    @Message
    String userActive();

    @Message
    String userStatus();

    @Message
    String userCreated();

    @Message
    String userEditTitle(String username);

    @Message
    String userResetPassword();

    @Message
    String userUnlock();

    @Message
    String noTeam();

    @Message
    String languageBrowser();

    @Message
    String statusActive();

    @Message
    String statusInactive();

    @Message
    String statusLocked(java.time.Instant until);

    @Message
    String teamsTitle();

    @Message
    String teamName();

    @Message
    String teamMembers();

    @Message
    String teamLeads();

    @Message
    String teamNew();

    @Message
    String teamRename();

    @Message
    String auditTitle();

    @Message
    String auditAt();

    @Message
    String auditActor();

    @Message
    String auditAction();

    @Message
    String auditTarget();

    @Message
    String auditBefore();

    @Message
    String auditAfter();

    @Message
    String auditEmpty();

    @Message
    String httpStatus(int status);

    @Message
    String errCsrf();

    @Message
    String errValidation();

    @Message
    String errBodyRequired();

    @Message
    String errMalformedJson(String detail);

    @Message
    String errForbidden();

    @Message
    String errUnauthorized();

    @Message
    String errInternal(String incident);

    @Message
    String errUsernameFormat();

    @Message
    String errDisplayName(int max);

    @Message
    String errPasswordLength(int min, int max);

    @Message
    String errRolesRequired();

    @Message
    String errTeamNotFound(String name);

    @Message
    String errLanguage();

    @Message
    String errUsernameTaken(String username);

    @Message
    String errLastAdmin();

    @Message
    String errUserNotFound(String username);

    @Message
    String errTeamTaken(String name);

    @Message
    String errTeamHasMembers(String name);

    @Message
    String errTeamIdNotFound(long id);

    @Message
    String errTeamName(int max);

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
    String navScorecards();

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
    String scEditorNoSection(String key);

    @Message
    String scEditorNoItem(String key);

    @Message
    String giftUnclosedTitle();

    @Message
    String giftUnclosedBrace();

    @Message
    String giftUnopenedBrace();

    @Message
    String giftNoText();

    @Message
    String giftNoAnswers();

    @Message
    String giftTooFewChoices();

    @Message
    String giftWeightsSum(String sum);

    @Message
    String giftUnknownWeight(String weight);

    @Message
    String giftMatchingArrow();

    @Message
    String giftMatchingPairs();

    @Message
    String giftBadNumber(String value);

    @Message
    String aikenNoQuestion();

    @Message
    String aikenAnswerLetter(String letter);

    @Message
    String aikenLine();

    @Message
    String aikenNoAnswer();

    @Message
    String giftBadDifficulty(String value);

    @Message
    String qbUnknownFormat(String format);

    @Message
    String qbUnknownExportFormat(String format);

    @Message
    String qbBadBankKey();

    @Message
    String qbEmpty();

    @Message
    String qbNotText();

    @Message
    String qbDuplicateQuestion(int line);

    @Message
    String qbRefused(int count);

    @Message
    String qbBankNotFound(long id);

    @Message
    String xmlSyntax();

    @Message
    String xmlNotQuiz();

    @Message
    String xmlUnknownType(String type);

    @Message
    String xmlBadAnswer();

    @Message
    String qbQuestionNotFound(long id);

    @Message
    String qbOneQuestion();

    @Message
    String navQuestionBanks();

    @Message
    String qbTitle();

    @Message
    String qbBank();

    @Message
    String qbQuestions();

    @Message
    String qbExport();

    @Message
    String qbDryRunReport();

    @Message
    String qbImportReport();

    @Message
    String qbReportCounts(int imported, int created, int updated, int unchanged);

    @Message
    String qbLine(int line);

    @Message
    String qbImportTitle();

    @Message
    String qbNothingImported();

    @Message
    String qbFormat();

    @Message
    String qbBankKey();

    @Message
    String qbFile();

    @Message
    String qbPaste();

    @Message
    String qbDryRun();

    @Message
    String qbPartial();

    @Message
    String qbImport();

    @Message
    String qbCount(long count);

    @Message
    String qbNewQuestion();

    @Message
    String qbCategory();

    @Message
    String qbTag();

    @Message
    String qbAll();

    @Message
    String qbSearch();

    @Message
    String qbFilter();

    @Message
    String qbQuestion();

    @Message
    String qbType();

    @Message
    String qbDifficulty();

    @Message
    String qbVersion();

    @Message
    String qbNotSaved();

    @Message
    String qbEditor();

    @Message
    String qbEditorHint();

    @Message
    String qbPreview();

    @Message
    String qbVersions();

    @Message
    String qbTrue();

    @Message
    String qbFalse();

    @Message
    String qbFeedbackWrong();

    @Message
    String qbFeedbackRight();

    @Message
    String qbOtherAnswer();

    @Message
    String qbGeneralFeedback();

    @Message
    String questionTypeLabel(String code);

    @Message
    String exTitle();

    @Message
    String exTimeLimit();

    @Message
    String exAttempts();

    @Message
    String exPassPercent();

    @Message
    String exWindow();

    @Message
    String exSections();

    @Message
    String exSectionShape();

    @Message
    String exMarks();

    @Message
    String exNotEnoughQuestions(int wanted, int available);

    @Message
    String exNotAssigned();

    @Message
    String exClosed();

    @Message
    String exNoAttemptsLeft(int allowed);

    @Message
    String exAttemptOver();

    @Message
    String exNoSlot(int slot);

    @Message
    String exAlreadySubmitted();

    @Message
    String exNoCertificate();

    @Message
    String exNotFound(long id);

    @Message
    String exNoAttempt(long id);

    @Message
    String exNotYourAttempt();

    @Message
    String exBadResponse(int slot);

    @Message
    String navExams();
}
