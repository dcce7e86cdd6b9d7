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
    String exFacts(int seconds, int attempts, java.lang.Double pass);

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

    @Message
    String exSeconds();

    @Message
    String exAutosaveHint();

    @Message
    String exMarksShown(java.lang.Double marks);

    @Message
    String exSavedBefore();

    @Message
    String exSavedAt(java.time.Instant time);

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
    String exCertificateDates(java.time.Instant issued, java.time.Instant expires);

    @Message
    String exCertificateCode();

    @Message
    String exPrint();
}
