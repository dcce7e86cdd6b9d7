package io.zhijian.performance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of KPIs, operational data and the monthly assessment ({@code perf:key} in templates): English in
 * {@code messages/perf_en.properties}, Chinese in {@code messages/perf_zh.properties}.
 */
@MessageBundle(value = "perf", locale = "en")
public interface PerformanceMessages {

    @Message
    String periodInvalid(String period);

    @Message
    String opsNoAgentColumn(String unknown);

    @Message
    String opsAgentRequired();

    @Message
    String opsUnknownAgent(String agent);

    @Message
    String opsDateRequired();

    @Message
    String opsDate(String value);

    @Message
    String opsFlag(String column, String value);

    @Message
    String opsNumber(String column, String value);

    @Message
    String opsNegative(String column, String value);

    @Message
    String opsPresentUnscheduled();

    @Message
    String opsOnTimeAbsent();

    @Message
    String opsSatisfiedOverSurveys(long satisfied, long surveys);

    @Message
    String opsDuplicate(int line);

    @Message
    String rulesError(String problem);

    @Message
    String rulesMissing();

    @Message
    String teamNotFound(String team);

    @Message
    String agentNotFound(String agent);

    @Message
    String noteTooLong(int max);

    @Message
    String noteText();

    @Message
    String overrideNoteRequired();

    @Message
    String scoreRange();

    @Message
    String monthPublished(String period);

    @Message
    String monthNotPublished(String period);

    @Message
    String alreadySignedOff(String period);

    @Message
    String ownMonthOnly();

    @Message
    String weightRange();

    @Message
    String weightSum();

    @Message
    String reasonRequired();

    @Message
    String bodyRequired();

    @Message
    String clientFileUnreadable(String unknown);

    @Message
    String colAgent();

    @Message
    String colName();

    @Message
    String colTeam();

    @Message
    String kpiName(String kpi);

    @Message
    String kpiFormula(String kpi);

    @Message
    String colEmployer();

    @Message
    String colClient();

    @Message
    String colTotal();

    @Message
    String colBonus();

    @Message
    String colAtRisk();

    @Message
    String colAtRiskReasons();

    @Message
    String colSignedOff();

    @Message
    String colObjection();

    @Message
    String colNote();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String kpisSheet(String period);

    @Message
    String monthSheet(String period);

    @Message
    String riskText(String rule, String months, String threshold);

    @Message
    String monthLabel(int year, int month);

    @Message
    String navKpis();

    @Message
    String navPerformance();

    @Message
    String navMyMonth();

    @Message
    String kpisTitle();

    @Message
    String kpisIntro();

    @Message
    String filterMonth();

    @Message
    String filterTeam();

    @Message
    String allTeams();

    @Message
    String show();

    @Message
    String exportXlsx();

    @Message
    String noAgents();

    @Message
    String noData();

    @Message
    String sortHint();

    @Message
    String detailTitle(String name, String month);

    @Message
    String detailDays();

    @Message
    String detailEvaluations();

    @Message
    String detailTickets();

    @Message
    String detailNone();

    @Message
    String colDate();

    @Message
    String colScheduled();

    @Message
    String colPresent();

    @Message
    String colOnTime();

    @Message
    String colLeave();

    @Message
    String colTraining();

    @Message
    String colCallsOffered();

    @Message
    String colCallsAnswered();

    @Message
    String colHandle();

    @Message
    String colWait();

    @Message
    String colOutbound();

    @Message
    String colSurveys();

    @Message
    String colSatisfied();

    @Message
    String colEvaluation();

    @Message
    String colSubmitted();

    @Message
    String colScore();

    @Message
    String colCritical();

    @Message
    String colAttitudeOk();

    @Message
    String colProfessional();

    @Message
    String colAmended();

    @Message
    String colTicket();

    @Message
    String colType();

    @Message
    String colCreated();

    @Message
    String colFeedback();

    @Message
    String colClosed();

    @Message
    String colInTime();

    @Message
    String opsTitle();

    @Message
    String opsHint();

    @Message
    String opsFile();

    @Message
    String opsImport();

    @Message
    String opsReport(int imported, int updated, int rejected);

    @Message
    String opsLine(int line);

    @Message
    String perfTitle(String month);

    @Message
    String perfStatus(String status);

    @Message
    String perfWeights(String employer, String client);

    @Message
    String perfDeadline(String date);

    @Message
    String perfLate();

    @Message
    String perfPublishedAt(String when);

    @Message
    String perfMissingClient(long count);

    @Message
    String perfPublish();

    @Message
    String perfPublishConfirm();

    @Message
    String perfReopen();

    @Message
    String perfReopenReason();

    @Message
    String perfSave();

    @Message
    String perfSaved(String agent);

    @Message
    String perfOverride();

    @Message
    String perfComputed(String score);

    @Message
    String perfOverridden();

    @Message
    String perfSignedOffAt(String when);

    @Message
    String perfNotSigned();

    @Message
    String perfSignOff();

    @Message
    String perfObject();

    @Message
    String perfObjectReason();

    @Message
    String perfObjected(String when, String reason);

    @Message
    String perfAtRisk();

    @Message
    String perfNotAtRisk();

    @Message
    String perfRules();

    @Message
    String perfRulesHint();

    @Message
    String perfRulesVersion(int version, String from);

    @Message
    String perfRulesSaved(int version);

    @Message
    String perfMyMonthIntro();

    @Message
    String perfNotPublishedYet();

    @Message
    String perfClientScoresImport();

    @Message
    String perfTimeliness(String share);

    @Message
    String homeLateMonths(String months);

    @Message
    String perfMonths();

    @Message
    String trendTitle();

    @Message
    String trendChartLabel();

    @Message
    String colWeek();

    @Message
    String colEvaluationsCount();

    @Message
    String colMeanScore();

    @Message
    String colInterval();

    @Message
    String meanWithInterval(String mean, String low, String high, long count);

    @Message
    String meanAlone(String mean, long count);

    @Message
    String tooFewEvaluations(long needed);

    @Message
    String homeManager();

    @Message
    String homeToSign(long count);

    @Message
    String perfOpen();

    @Message
    String ivNoDateColumn(String unknown);

    @Message
    String ivStart(String value);

    @Message
    String ivAnsweredOverOffered(int answered, int offered);

    @Message
    String ivInThresholdOverAnswered(int inThreshold, int answered);

    @Message
    String ivAbandonedOverUnanswered(int abandoned, int unanswered);

    @Message
    String ivDuplicate(int line);
}
