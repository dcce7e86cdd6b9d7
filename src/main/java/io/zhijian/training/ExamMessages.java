package io.zhijian.training;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the trainee's exam pages ({@code exam:key} in templates): English in
 * {@code messages/exam_en.properties}, Chinese in {@code messages/exam_zh.properties}.
 */
@MessageBundle(value = "exam", locale = "en")
public interface ExamMessages {

    @Message
    String exMyExams();

    @Message
    String exNoExams();

    @Message
    String exFacts(long minutes, int attempts, String pass);

    @Message
    String exOutcomeLine(java.lang.Double percent);

    @Message
    String exPassed();

    @Message
    String exNotPassed();

    @Message
    String exCertificate();

    @Message
    String exStartOrResume();

    @Message
    String exRemaining();

    /** Asked before a submit when every question has an answer. */
    @Message
    String exConfirmSubmit();

    /** Asked before a submit when exactly one question has no answer. */
    @Message
    String exConfirmUnansweredOne();

    /** Asked before a submit when several questions have no answer; the page puts the count for %d. */
    @Message
    String exConfirmUnansweredMany();

    @Message
    String exAnswerLabel(int slot);

    @Message
    String exAutosaveHint();

    @Message
    String exMarksShown(String marks);

    @Message
    String exSavedBefore();

    @Message
    String exSavedAt(String time);

    @Message
    String exSubmit();

    @Message
    String exScoreLine(java.lang.Double score, java.lang.Double max, java.lang.Double percent);

    @Message
    String exCertificateValid();

    @Message
    String exCertificateExpired();

    @Message
    String exCertificateScore(java.lang.Double percent);

    @Message
    String exCertificateDates(String issued, String expires);

    @Message
    String exCertificateCode();

    @Message
    String exPrint();

    @Message
    String teTitle();

    @Message
    String teExam();

    @Message
    String teTimeLimit();

    @Message
    String teTimeLimitMinutes();

    @Message
    String teAttempts();

    @Message
    String tePass();

    @Message
    String teAssignees();

    @Message
    String teNew();

    @Message
    String teNotCreated();

    @Message
    String teGrading();

    @Message
    String teHighest();

    @Message
    String teLast();

    @Message
    String teCertificateDays();

    @Message
    String teOpens();

    @Message
    String teCloses();

    @Message
    String teDescription();

    @Message
    String teSections();

    @Message
    String teBank();

    @Message
    String teCategory();

    @Message
    String teTag();

    @Message
    String teDifficulty();

    @Message
    String teCount();

    @Message
    String teMarks();

    @Message
    String teFixed();

    @Message
    String teUsers();

    @Message
    String teCreate();

    @Message
    String teAttemptsTitle();

    @Message
    String teTrainee();

    @Message
    String teStatus();

    @Message
    String teScore();

    @Message
    String tePassed();

    @Message
    String teEssays();

    @Message
    String teGrade();

    @Message
    String teAnalysis();

    @Message
    String teAnalysisSummary(int attempts, java.lang.Double alpha, java.lang.Double se);

    @Message
    String teQuestion();

    @Message
    String teFacility();

    @Message
    String teDiscrimination();

    @Message
    String teFlags();

    @Message
    String qbTitle();

    @Message
    String qbBank();

    @Message
    String qbQuestions();

    @Message
    String qbEmptyLibrary();

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
    String exSubmittedNoScore();

    @Message
    String exYourAnswer();

    @Message
    String exRightAnswer();

    @Message
    String teReviewAfterSubmit();

    @Message
    String teReviewAfterClose();

    @Message
    String reviewLabel(String code);

    @Message
    String exOtherBrowserTitle();

    @Message
    String exContinueHere();

    @Message
    String qbUsage();

    @Message
    String qbUsageLine(long attempts, long answered);

    @Message
    String qbUsageFacility(java.lang.Double facility);

    @Message
    String exGrade(java.lang.Double percent);

    @Message
    String gradingLabel(String code);

    @Message
    String errImplausibleDate(int first, int last);

    @Message
    String exCertificateDays(int max);

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
    String exStarted();

    @Message
    String exNoAttempt(long id);

    @Message
    String exNotYourAttempt();

    @Message
    String exBadResponse(int slot);

    @Message
    String exNotGradable(int slot);

    @Message
    String exEssayMarks(java.lang.Double max);

    @Message
    String exReviewAfterSubmit();

    @Message
    String exOtherBrowser();

    @Message
    String teTeams();

    /** A choice with how many questions it holds: "话术/开场（12）". */
    @Message
    String teWithCount(String name, long count);

    @Message
    String teSettings();

    /** An attempt's state in words. */
    @Message
    String attemptStatus(String code);

    @Message
    String teTeamNamed(String name);

    @Message
    String teChange();

    @Message
    String teNotChanged();

    @Message
    String teSave();

    @Message
    String teSaved();

    @Message
    String teLocked();
}
