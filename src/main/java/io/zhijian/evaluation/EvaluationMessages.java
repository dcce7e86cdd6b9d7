package io.zhijian.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of evaluations, disputes, calibration and sampling ({@code ev:key} in templates, and problem
 * texts): {@code messages/ev_en.properties}, {@code messages/ev_zh.properties}.
 */
@MessageBundle(value = "ev", locale = "en")
public interface EvaluationMessages {

    @Message
    String evBodyRequired();

    @Message
    String evInteractionType();

    @Message
    String evInteractionIdRequired();

    @Message
    String evInteractionNotFound(String type, String id);

    @Message
    String evScorecardRequired();

    @Message
    String evScorecardNotFound(String key);

    @Message
    String evScorecardNotApplicable(String key, String type);

    @Message
    String evLeadOwnTeam();

    @Message
    String evAlreadyStarted(long id);

    @Message
    String evNotFound(long id);

    @Message
    String evEvaluatorOnly();

    @Message
    String evSubmittedImmutable(long id);

    @Message
    String evAlreadySubmitted(long id);

    @Message
    String evNotSubmitted(long id);

    @Message
    String evCommentRequired(String item);

    @Message
    String evUnknownItem(String item);

    @Message
    String evTooLong(int max);

    @Message
    String evTooMany(int max);

    @Message
    String evTooMuchInTotal(int max);

    @Message
    String evMomentsOnlyCalls();

    @Message
    String evMomentTextRequired();

    @Message
    String evMomentMessage(int count);

    @Message
    String evMomentOutside(double at);

    @Message
    String evReasonRequired();

    @Message
    String evAgentOnly();

    @Message
    String evAlreadyAcknowledged(long id);

    @Message
    String evDisputeOpen(long id);

    @Message
    String evDisputeItemsRequired();

    @Message
    String evDisputeWindowClosed(String deadline);

    @Message
    String evAlreadyDisputed(long id);

    @Message
    String evDisputeNotFound(long id);

    @Message
    String evResolverNotEvaluator();

    @Message
    String evOutcomeInvalid();

    @Message
    String evAmendNeedsAnswers();

    @Message
    String evUpholdNoAnswers();

    @Message
    String evDisputeClosed(long id);

    @Message
    String evCalibrationHidden();

    @Message
    String evUserNotFound(String username);

    @Message
    String evNotYourAgent(String username);

    @Message
    String evNotificationNotFound(long id);

    @Message
    String calNotFound(long id);

    @Message
    String calInspectorsRequired();

    @Message
    String calNotInspector(String username);

    @Message
    String calNotMember(long id);

    @Message
    String calClosed(long id);

    @Message
    String planNotFound(long id);

    @Message
    String planNameRequired();

    @Message
    String planPeriodInvalid(String period);

    @Message
    String planPerAgentInvalid(int max);

    @Message
    String planMinInvalid();

    @Message
    String planUnknownTeam(String team);

    @Message
    String planLeadOwnTeam();

    @Message
    String planChannelInvalid(String channel);

    @Message
    String planTicketTypeInvalid(String type);

    @Message
    String planDurationInvalid();

    @Message
    String planInspectorsRequired();

    @Message
    String planInspectorInvalid(String username);

    @Message
    String planInspectorCannotSeeTeams(String username);

    @Message
    String planAssignmentNotFound(long id);

    @Message
    String evYes();

    @Message
    String evNo();

    @Message
    String evNotApplicable();

    @Message
    String evListTitle();

    @Message
    String evListEmpty();

    @Message
    String evOpenDisputes();

    @Message
    String evColEvaluation();

    @Message
    String evColInteraction();

    @Message
    String evColAgent();

    @Message
    String evColScorecard();

    @Message
    String evColEvaluator();

    @Message
    String evColStatus();

    @Message
    String evColTotal();

    @Message
    String evColUpdated();

    @Message
    String evColItems();

    @Message
    String evColReason();

    @Message
    String evColRaised();

    @Message
    String evColItem();

    @Message
    String evColAnswer();

    @Message
    String evColPoints();

    @Message
    String evColComment();

    @Message
    String evColRevision();

    @Message
    String evColBy();

    @Message
    String evColWhen();

    @Message
    String evChannel(String code);

    @Message
    String evStatus(String code);

    @Message
    String evDisputeStatus(String code);

    @Message
    String evRevisionShort(int n);

    @Message
    String evAcknowledged();

    @Message
    String evAcknowledgedAt(String when);

    @Message
    String evStartTitle();

    @Message
    String evStartButton();

    @Message
    String evNoScorecard();

    @Message
    String evTitle(long id);

    @Message
    String evCalibrationLink(Long id);

    @Message
    String evOpenCall();

    @Message
    String evMax(String max);

    @Message
    String evCritical();

    @Message
    String evCommentHint();

    @Message
    String evCommentRequiredHint();

    @Message
    String evSave();

    @Message
    String evTotal();

    @Message
    String evPoints(String awarded, String possible);

    @Message
    String evCriticalFailed();

    @Message
    String evZeroed();

    @Message
    String evUnanswered(int n);

    @Message
    String evMoments();

    @Message
    String evNoMoments();

    @Message
    String evMomentHint();

    @Message
    String evAddMoment();

    @Message
    String evRemove();

    @Message
    String evSubmit();

    @Message
    String evYourResponse();

    @Message
    String evDisputeUntil(String when);

    @Message
    String evAcknowledge();

    @Message
    String evDisputeItems();

    @Message
    String evDisputeReason();

    @Message
    String evDispute();

    @Message
    String evDisputeTitle(long id);

    @Message
    String evRuling(String who, String when);

    @Message
    String evKeep(String answer);

    @Message
    String evRulingReason();

    @Message
    String evRule();

    @Message
    String evHistory();

    @Message
    String evAmend();

    @Message
    String evAmendReason();

    @Message
    String qaQueueTitle();

    @Message
    String qaQueueEmpty();

    @Message
    String qaColPlan();

    @Message
    String qaColAt();

    @Message
    String qaState(String code);

    @Message
    String qaOpen();

    @Message
    String qaPlansTitle();

    @Message
    String qaRunTitle(long id);

    @Message
    String qaRunSummary(int assigned, int already, long seed);

    @Message
    String qaColEligible();

    @Message
    String qaColPicked();

    @Message
    String qaShortfalls();

    @Message
    String qaColName();

    @Message
    String qaColPeriod();

    @Message
    String qaColPerAgent();

    @Message
    String qaMin(int n);

    @Message
    String qaColInspectors();

    @Message
    String qaColSeed();

    @Message
    String qaColProgress();

    @Message
    String qaRun();

    @Message
    String qaNoPlans();

    @Message
    String qaNewPlan();

    @Message
    String qaTeams();

    @Message
    String qaChannels();

    @Message
    String qaTicketTypes();

    @Message
    String qaMinDuration();

    @Message
    String qaMaxDuration();

    @Message
    String qaMinPerAgent();

    @Message
    String qaSeedHint();

    @Message
    String qaCallScorecard();

    @Message
    String qaTicketScorecard();

    @Message
    String qaCreateAndRun();

    @Message
    String calTitle();

    @Message
    String calColTitle();

    @Message
    String calColMembers();

    @Message
    String calRevealed();

    @Message
    String calBlind();

    @Message
    String calClosedState();

    @Message
    String calNone();

    @Message
    String calTrend();

    @Message
    String calBasis();

    @Message
    String calBasisName(String code);

    @Message
    String calAgreement();

    @Message
    String calDeviation();

    @Message
    String calNew();

    @Message
    String calInteraction();

    @Message
    String calInteractionHint();

    @Message
    String calInspectors();

    @Message
    String calReference();

    @Message
    String calCreate();

    @Message
    String calSessionTitle(long id);

    @Message
    String calOpenMine();

    @Message
    String calScore();

    @Message
    String calClose();

    @Message
    String calMember();

    @Message
    String calSubmitted();

    @Message
    String calMatching();

    @Message
    String calRaters();

    @Message
    String calPercentAgreement();

    @Message
    String calFleiss();

    @Message
    String calKrippendorff();

    @Message
    String calSpread();

    @Message
    String calSpreadValue(String min, String max, String mean, String sd);

    @Message
    String calStatsHint();

    @Message
    String calItems();

    @Message
    String ntTitle();

    @Message
    String ntNone();

    @Message
    String ntMarkAllRead();

    @Message
    String ntText(String kind, long id, String detail);

    @Message
    String ntMonth(String kind, String month, String detail);

    @Message
    String ntResolved(long id);

    @Message
    String evNoAnswersYet();

    @Message
    String evSavedIndicator();

    @Message
    String evGate();

    /** The notice after an action on the evaluation page (submitted, acknowledged, disputed, ruled, saved). */
    @Message
    String evDone(String action);

    @Message
    String evNextInQueue();

    @Message
    String evQueueDone();

    @Message
    String filterChannel(String value);

    @Message
    String filterStatus(String value);

    @Message
    String filterDate(String value);

    @Message
    String filterRange();

    @Message
    String filterTotal();

    @Message
    String filterPage();

    @Message
    String filterSize(int max);

    @Message
    String exportSheet();

    @Message
    String exportHeader(String column);

    @Message
    String evExportXlsx();

    @Message
    String evFilters();

    @Message
    String evFilterTeam();

    @Message
    String evFilterChannel();

    @Message
    String evFilterAny();

    @Message
    String evFilterFrom();

    @Message
    String evFilterTo();

    @Message
    String evFilterMin();

    @Message
    String evFilterMax();

    @Message
    String evFilterApply();

    @Message
    String evPages();

    @Message
    String evPrevious();

    @Message
    String evNext();

    @Message
    String evFound(long count);

    @Message
    String qaChatScorecard();

    @Message
    String planFlaggedShareInvalid();

    @Message
    String planFlagItemUnknown(String item);

    @Message
    String qaFlaggedShare();

    @Message
    String qaFlagItems();

    @Message
    String qaFlaggedPicked(int count);
}
