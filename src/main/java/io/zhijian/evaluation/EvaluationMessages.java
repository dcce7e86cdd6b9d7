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
    String evInteractionNotFound(Object type, Object id);

    @Message
    String evScorecardRequired();

    @Message
    String evScorecardNotFound(Object key);

    @Message
    String evScorecardNotApplicable(Object key, Object type);

    @Message
    String evLeadOwnTeam();

    @Message
    String evAlreadyStarted(Object id);

    @Message
    String evNotFound(Object id);

    @Message
    String evEvaluatorOnly();

    @Message
    String evSubmittedImmutable(Object id);

    @Message
    String evAlreadySubmitted(Object id);

    @Message
    String evNotSubmitted(Object id);

    @Message
    String evCommentRequired(Object item);

    @Message
    String evUnknownItem(Object item);

    @Message
    String evTooLong(Object max);

    @Message
    String evTooMany(Object max);

    @Message
    String evMomentsOnlyCalls();

    @Message
    String evMomentTextRequired();

    @Message
    String evMomentOutside(Object at);

    @Message
    String evReasonRequired();

    @Message
    String evAgentOnly();

    @Message
    String evAlreadyAcknowledged(Object id);

    @Message
    String evDisputeOpen(Object id);

    @Message
    String evDisputeItemsRequired();

    @Message
    String evDisputeWindowClosed(Object deadline);

    @Message
    String evAlreadyDisputed(Object id);

    @Message
    String evDisputeNotFound(Object id);

    @Message
    String evResolverNotEvaluator();

    @Message
    String evOutcomeInvalid();

    @Message
    String evAmendNeedsAnswers();

    @Message
    String evUpholdNoAnswers();

    @Message
    String evDisputeClosed(Object id);

    @Message
    String evCalibrationHidden();

    @Message
    String evUserNotFound(Object username);

    @Message
    String evNotYourAgent(Object username);

    @Message
    String evNotificationNotFound(Object id);

    @Message
    String calNotFound(Object id);

    @Message
    String calInspectorsRequired();

    @Message
    String calNotInspector(Object username);

    @Message
    String calNotMember(Object id);

    @Message
    String calClosed(Object id);

    @Message
    String planNotFound(Object id);

    @Message
    String planNameRequired();

    @Message
    String planPeriodInvalid(Object period);

    @Message
    String planPerAgentInvalid(Object max);

    @Message
    String planMinInvalid();

    @Message
    String planUnknownTeam(Object team);

    @Message
    String planLeadOwnTeam();

    @Message
    String planChannelInvalid(Object channel);

    @Message
    String planTicketTypeInvalid(Object type);

    @Message
    String planDurationInvalid();

    @Message
    String planInspectorsRequired();

    @Message
    String planInspectorInvalid(Object username);

    @Message
    String planAssignmentNotFound(Object id);
}
