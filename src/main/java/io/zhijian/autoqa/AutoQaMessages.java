package io.zhijian.autoqa;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of auto-QA on pages ({@code aq:key}): English in {@code messages/aq_en.properties}, Chinese in
 * {@code messages/aq_zh.properties}. The evaluation, call, ticket, chat and scorecard pages show them too.
 */
@MessageBundle(value = "aq", locale = "en")
public interface AutoQaMessages {

    @Message
    String aqTitle();

    @Message
    String aqExplain();

    @Message
    String aqNone();

    @Message
    String aqNoResults();

    @Message
    String aqSuggested();

    @Message
    String aqRule(int rule);

    @Message
    String aqTake();

    @Message
    String aqTakeAll();

    @Message
    String aqTaken();

    @Message
    String aqSuggestedTotal(String total);

    @Message
    String aqVersion(int version);

    @Message
    String aqSpeaker(String code);

    @Message
    String aqNotHeard(String code, String phrases, String from, String to);

    @Message
    String aqEmpty();

    @Message
    String aqMetric(String name);

    @Message
    String aqField(String name);

    @Message
    String aqMessage(int seq);

    @Message
    String aqRunsTitle();

    @Message
    String aqRunsExplain();

    @Message
    String aqQueued(long count);

    @Message
    String aqColScorecard();

    @Message
    String aqColChannel();

    @Message
    String aqColProgress();

    @Message
    String aqColStatus();

    @Message
    String aqColStarted();

    @Message
    String aqColFinished();

    @Message
    String aqRunStatus(String code);

    @Message
    String aqChannel(String code);

    @Message
    String aqNoRuns();

    @Message
    String aqProcessed(long processed, long total);

    @Message
    String aqAgreementTitle();

    @Message
    String aqAgreementExplain();

    @Message
    String aqColItem();

    @Message
    String aqColCompared();

    @Message
    String aqColAgreed();

    @Message
    String aqColKappa();

    @Message
    String aqConfusion();

    @Message
    String aqNoComparisons();





    @Message
    String aqLink();
}
