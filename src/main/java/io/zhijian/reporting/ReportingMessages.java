package io.zhijian.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of reports ({@code rep:key}): English in {@code messages/rep_en.properties}, Chinese in
 * {@code messages/rep_zh.properties}.
 */
@MessageBundle(value = "rep", locale = "en")
public interface ReportingMessages {

    @Message
    String agentNotFound(String agent);

    @Message
    String dateInvalid(String value);

    @Message
    String rangeInvalid();

    @Message
    String byInvalid(String value);

    @Message
    String byGroupInvalid(String value);

    @Message
    String weekInvalid(String value);

    @Message
    String monthInvalid(String value);

    @Message
    String formatInvalid(String value);

    @Message
    String reportTitle(String kind, String period);

    @Message
    String sheetTeams();

    @Message
    String sheetAgents();

    @Message
    String colTeam();

    @Message
    String colAgent();

    @Message
    String colName();

    @Message
    String colAll();

    @Message
    String figure(String name);

    @Message
    String ofPeriod(String figure, String period);

    @Message
    String changeOf(String figure);

    @Message
    String generatedAt(String when);

    @Message
    String dashTitle();

    @Message
    String dashTrend();

    @Message
    String dashDistribution();

    @Message
    String dashCauses();

    @Message
    String dashService(int seconds);

    @Message
    String dashServiceWithPeak(int seconds, String start, String end, long offered, String level);

    @Message
    String dashWeek();

    @Message
    String dashInterval();

    @Message
    String dashBand();

    @Message
    String dashItem();

    @Message
    String dashFailures();

    @Message
    String dashCumulative();

    @Message
    String dashSlot();

    @Message
    String dashOffered();

    @Message
    String dashAnswered();

    @Message
    String dashInThreshold();

    @Message
    String dashAbandoned();

    @Message
    String dashServiceLevel();

    @Message
    String dashAbandonRate();

    @Message
    String dashFrom();

    @Message
    String dashTo();

    @Message
    String dashTeam();

    @Message
    String dashAgent();

    @Message
    String dashScorecard();

    @Message
    String dashAny();

    @Message
    String dashApply();

    @Message
    String dashTable();

    @Message
    String dashDownload();

    @Message
    String dashEmpty();

    @Message
    String dashReports();

    @Message
    String dashReportLinks();

    @Message
    String dashDaily();

    @Message
    String dashWeekly();

    @Message
    String dashMonthly();

    @Message
    String dashEvaluationsExport();

    @Message
    String navDashboard();

    @Message
    String dashKpis();

    @Message
    String dashMonth();

    @Message
    String dashTraining();

    @Message
    String dashAssigned();

    @Message
    String dashCompleted();

    @Message
    String dashPassed();

    @Message
    String dashCompletionRate();

    @Message
    String dashPassRate();

    @Message
    String dashExpiring();

    @Message
    String dashAgentEvaluations(String agent);

    @Message
    String dashSubmitted();

    @Message
    String dashOpen();

    @Message
    String dashExams();

    @Message
    String dashExam();

    @Message
    String dashScore();

    @Message
    String dashResult();

    @Message
    String dashPassedYes();

    @Message
    String dashPassedNo();

    @Message
    String dashCertificates();

    @Message
    String dashCertificateValid(String issued, String expires);

    @Message
    String archiveExists(String report);

    @Message
    String archiveMissing(String kind, String period);

    @Message
    String kindInvalid(String value);

    @Message
    String dashArchive();

    @Message
    String dashOnTime(String rate, long onTime, long total);

    @Message
    String dashPeriod();

    @Message
    String dashDue();

    @Message
    String dashGenerated();

    @Message
    String dashOnTimeYes();

    @Message
    String dashOnTimeNo();

    @Message
    String dashKind(String kind);

    @Message
    String weeksBeforeInvalid(int max);

    @Message
    String sizeInvalid(int max);

    @Message
    String dashHotTopics(String week);

    @Message
    String dashHotShare(Object documents, String share, String before);

    @Message
    String channelInvalid(String value);

    @Message
    String dashChannel();

    @Message
    String dashInspectors();

    @Message
    String dashInspector();

    @Message
    String dashPlanAssigned();

    @Message
    String dashPlanDone();

    @Message
    String dashPlanOverdue();

    @Message
    String dashDisputes();

    @Message
    String dashUpheld();

    @Message
    String dashAmended();

    @Message
    String dashDisputeRate();
}
