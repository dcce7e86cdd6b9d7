package io.zhijian.platform;

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

    /** The bundle's own language, so features can pick their bundle for a problem text. */
    @Message
    String langCode();

    @Message
    String navHome();

    @Message
    String navEvaluations();

    @Message
    String navQueue();

    @Message
    String navCalibrations();

    @Message
    String navNotifications();

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
    String errConcurrentChange();

    @Message
    String errValueTooLong();

    @Message
    String errValueOutOfRange();

    @Message
    String errImplausibleDate(int first, int last);

    @Message
    String exCertificateDays(int max);

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
    String qbFieldTooLong(String field, int max);

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

    @Message
    String exNotGradable(int slot);

    @Message
    String exEssayMarks(java.lang.Double max);

    @Message
    String navExamAdmin();

    @Message
    String exReviewAfterSubmit();

    @Message
    String exOtherBrowser();

    @Message
    String audioEmpty();

    @Message
    String audioNotWav();

    @Message
    String audioMp3();

    @Message
    String audioTruncated(long declared, long available);

    @Message
    String audioUnsupportedEncoding(int tag, int bits);

    @Message
    String audioUnsupportedChannels(int channels);

    @Message
    String audioUnsupportedRate(long rate);

    @Message
    String audioBadFormatChunk();

    @Message
    String audioDataBeforeFormat();

    @Message
    String audioNoFormat();

    @Message
    String audioNoData();

    @Message
    String audioInconsistentHeader();

    @Message
    String audioTooLarge(long maxMb);

    @Message
    String trUnknownLanguage(String language);

    @Message
    String trInvalidModel(String dir, String problems);

    @Message
    String trJobActive(long job);

    @Message
    String trNothingToCancel();

    @Message
    String trNothingToRetry();

    @Message
    String callNotFound(long id);

    @Message
    String callAudioRequired();

    @Message
    String callMetaRequired();

    @Message
    String callMetaInvalid(String detail);

    @Message
    String callExternalId();

    @Message
    String callStartedAt();

    @Message
    String callDirection();

    @Message
    String callAgentChannel();

    @Message
    String callCustomerNumber();

    @Message
    String callDuplicateExternalId(String externalId, long id);

    @Message
    String callDuplicateAudio(long id);

    @Message
    String callNoTranscript(long id);

    @Message
    String navCalls();

    @Message
    String trModelPath();

    @Message
    String srRebuildRunning();

    @Message
    String srPage();

    @Message
    String srSize(int max);

    @Message
    String srTooDeep(int max);

    @Message
    String srEmpty();

    @Message
    String srInvalid(String reason);

    @Message
    String srInvalidAt(int column, String reason);

    @Message
    String srUnclosedQuote();

    @Message
    String srEndsEarly();

    @Message
    String srMisplacedOperator();

    @Message
    String srStrayBracket();

    @Message
    String srLeadingWildcard();

    @Message
    String srUnknownField(String field);

    @Message
    String srNotADate(String value);

    @Message
    String srNotANumber(String value);

    @Message
    String srNotARange(String field);

    @Message
    String navSearch();

    @Message
    String srNumber(String name);

    @Message
    String navSpeechModels();

    @Message
    String navSearchIndex();

    @Message
    String tkTicketNo();

    @Message
    String tkType(String value);

    @Message
    String tkDate(String column, String value);

    @Message
    String tkCreatedRequired();

    @Message
    String tkClosedBeforeCreated();

    @Message
    String tkUnknownAgent(String agent);

    @Message
    String tkDuplicate(int first);

    @Message
    String tkTooLong(String column, int max);

    @Message
    String tkPhone();

    @Message
    String tkImpreciseNumber(String column);

    @Message
    String fileUndecodable(int line, String charset);

    @Message
    String tkEmpty();

    @Message
    String tkNoTicketNoColumn(String unknown);

    @Message
    String tkUnclosedQuote(int line);

    @Message
    String tkNotXlsx();

    @Message
    String tkFormat();

    @Message
    String tkNotFound(String ticketNo);

    @Message
    String tkBodyRequired();

    @Message
    String tkFileRequired();

    @Message
    String navTickets();
}
