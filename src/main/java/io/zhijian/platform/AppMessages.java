package io.zhijian.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shared texts: layout, navigation, sign-in and home page, and refusals several features give. Each feature's
 * own texts are in its own bundle ({@code ScorecardMessages}, {@code ExamMessages}, {@code CallMessages},
 * {@code IdentityMessages}…; {@code MessageOwnershipTest} keeps it so). English in
 * {@code messages/msg_en.properties}, Chinese in {@code messages/msg_zh.properties}; templates use {@code msg:key},
 * Java code {@link Messages#of}, a feature's problem texts {@link Messages#text}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String appName();

    /** The bundle's own language, so features can pick their bundle for a problem text. */
    @Message
    String langCode();

    @Message
    String navMenu();

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
    String savedNotice();

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
    String userRoles();

    @Message
    String userTeam();

    @Message
    String userLanguage();

    @Message
    String noTeam();

    @Message
    String languageBrowser();

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
    String errTeamNotFound(String name);

    @Message
    String errLanguage();

    @Message
    String errUserNotFound(String username);

    @Message
    String navScorecards();

    @Message
    String navQuestionBanks();

    @Message
    String navExams();

    @Message
    String navExamAdmin();

    @Message
    String navCalls();

    @Message
    String navSearch();

    @Message
    String navSpeechModels();

    @Message
    String navSearchIndex();

    @Message
    String fileUndecodable(int line, String charset);

    @Message
    String fileEmpty();

    @Message
    String fileUnclosedQuote(int line);

    @Message
    String fileNotXlsx();

    @Message
    String fileFormat();

    @Message
    String fileBodyRequired();

    @Message
    String fileRequired();

    @Message
    String navTickets();

    @Message
    String homeAttention();

    @Message
    String homeNothing();

    @Message
    String homeQueueItems(long count);

    @Message
    String homeDisputes(long count);

    @Message
    String homeToAcknowledge(long count);

    @Message
    String homeExams(long count);

    @Message
    String homeWaitingForModel(long count);

    @Message
    String navPassword();

    @Message
    String jsonSyntax();

    @Message
    String jsonExpected(String kind);

    @Message
    String jsonNotA(String value, String kind);

    @Message
    String jsonNotOneOf(String value, String allowed);

    @Message
    String jsonKindText();

    @Message
    String jsonKindNumber();

    @Message
    String jsonKindBoolean();

    @Message
    String jsonKindList();

    @Message
    String jsonKindObject();

    @Message
    String jsonKindDate();

    @Message
    String jsonKindMonth();

    @Message
    String jsonKindInstant();

    @Message
    String jsonKindTimeOfDay();

    @Message
    String jsonKindOneOf(String allowed);

    @Message
    String jsonWhere(int line, int column);
}
