package io.zhijian.interaction;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the call and speech-model pages ({@code call:key} in templates): English in
 * {@code messages/call_en.properties}, Chinese in {@code messages/call_zh.properties}.
 */
@MessageBundle(value = "call", locale = "en")
public interface CallMessages {

    @Message
    String callsTitle();

    @Message
    String callsEmpty();

    @Message
    String callsUpload();

    @Message
    String callUploadTitle();

    @Message
    String callUploadHint();

    @Message
    String callFieldAudio();

    @Message
    String callFieldExternalId();

    @Message
    String callFieldAgent();

    @Message
    String callFieldStartedAt();

    @Message
    String callFieldDirection();

    @Message
    String callFieldCustomerNumber();

    @Message
    String callFieldLanguage();

    @Message
    String callFieldAgentChannel();

    @Message
    String callDirectionName(String code);

    @Message
    String callChannelName(String code);

    @Message
    String callLanguageName(String code);

    @Message
    String callSubmitUpload();

    @Message
    String callFormRejected();

    @Message
    String callColId();

    @Message
    String callColAgent();

    @Message
    String callColStarted();

    @Message
    String callColDuration();

    @Message
    String callColTranscription();

    @Message
    String callTitle(String externalId);

    @Message
    String callCustomer(String number);

    @Message
    String callFormat(String format);

    @Message
    String callStatus(String code);

    @Message
    String callProgress(int percent);

    @Message
    String callWaitingModel(String language);

    @Message
    String callLastError(String error);

    @Message
    String callAttempts(int attempts);

    @Message
    String callRetry();

    @Message
    String callCancel();

    @Message
    String callRetranscribe();

    @Message
    String callTranscript();

    @Message
    String callNoTranscript();

    @Message
    String callClickToSeek();

    @Message
    String callSpeaker(String code);

    @Message
    String callMetrics();

    @Message
    String callMetricAgentTalk();

    @Message
    String callMetricCustomerTalk();

    @Message
    String callMetricUnknownTalk();

    @Message
    String callMetricTalkRatio();

    @Message
    String callMetricSilence();

    @Message
    String callMetricLongestSilence();

    @Message
    String callMetricLongSilences();

    @Message
    String callMetricOverlaps();

    @Message
    String callMetricInterruptions();

    @Message
    String callMetricRate();

    @Message
    String callSeconds(String seconds);

    @Message
    String callOverlapValue(int count, String seconds);

    @Message
    String callRateUnit(String code);

    @Message
    String callJobs();

    @Message
    String callColJob();

    @Message
    String callColStatus();

    @Message
    String callColCreated();

    @Message
    String callColFinished();

    @Message
    String callColError();

    @Message
    String modelsTitle();

    @Message
    String ticketTitle(String ticketNo);

    @Message
    String ticketsTitle();

    @Message
    String ticketsImportHint();

    @Message
    String ticketsFile();

    @Message
    String ticketsImport();

    @Message
    String ticketsReport(int imported, int updated, int rejected);

    @Message
    String ticketsLine(int line);

    @Message
    String ticketNo();

    @Message
    String ticketType();

    @Message
    String ticketUnit();

    @Message
    String ticketRegion();

    @Message
    String ticketCustomer();

    @Message
    String ticketAddress();

    @Message
    String ticketAgent();

    @Message
    String ticketCreated();

    @Message
    String ticketClosed();

    @Message
    String ticketContent();

    @Message
    String ticketFeedback();

    @Message
    String callEvaluate();

    @Message
    String ticketsProgress(int processed, int total);

    @Message
    String audioTooLarge(long maxMb);

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
    String callHasNoTranscript(long id);

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
    String tkFeedbackBeforeCreated();

    @Message
    String ticketFeedbackAt();

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
    String tkNoTicketNoColumn(String unknown);




    @Message
    String tkNotFound(String ticketNo);



    @Message
    String callSetModel();
}
