package io.zhijian.autoqa;

import io.zhijian.interaction.CallService;
import io.zhijian.interaction.ChatMessage;
import io.zhijian.interaction.ChatMetrics;
import io.zhijian.interaction.ChatService;
import io.zhijian.interaction.TicketService;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.transcription.Segment;
import io.zhijian.transcription.SpeechMetrics;
import io.zhijian.transcription.TranscriptionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads interactions, a batch at a time, into what the rules look at. Features are asked through their services. */
@ApplicationScoped
class AutoQaSources {

    @Inject
    TranscriptionService transcription;

    @Inject
    CallService calls;

    @Inject
    TicketService tickets;

    @Inject
    ChatService chats;

    /** The subjects of those ids that exist (a call without a transcript has none). */
    Map<Long, AutoQaSubject> load(Channel channel, List<Long> ids) {
        return switch (channel) {
            case CALL -> calls(ids);
            case TICKET -> tickets(ids);
            case CHAT -> chats(ids);
        };
    }

    /** Ids after {@code afterId} in order: what a re-run over history walks. */
    List<Long> idsAfter(Channel channel, long afterId, int limit) {
        return switch (channel) {
            case CALL -> transcription.transcribedAfter(afterId, limit);
            case TICKET -> tickets.idsAfter(afterId, limit);
            case CHAT -> chats.idsAfter(afterId, limit);
        };
    }

    long count(Channel channel) {
        return switch (channel) {
            case CALL -> transcription.transcribedCount();
            case TICKET -> tickets.count();
            case CHAT -> chats.count();
        };
    }

    private Map<Long, AutoQaSubject> calls(List<Long> ids) {
        Map<Long, TranscriptionService.RulesTranscript> transcripts = transcription.forRules(ids);
        Map<Long, Double> durations = calls.durations(new ArrayList<>(transcripts.keySet()));
        Map<Long, AutoQaSubject> out = new HashMap<>();
        transcripts.forEach((id, transcript) -> out.put(id, call(id, transcript.turns(), transcript.metrics(),
                durations.getOrDefault(id, 0.0))));
        return out;
    }

    /** A call just transcribed, from the turns in hand (the transcription job does not read them back). */
    AutoQaSubject call(long id, List<Segment> segments, SpeechMetrics metrics) {
        return call(id, segments, metrics, calls.durations(List.of(id)).getOrDefault(id, 0.0));
    }

    private static AutoQaSubject call(long id, List<Segment> segments, SpeechMetrics metrics, double recorded) {
        List<AutoQaSubject.Turn> turns = new ArrayList<>(segments.size());
        double lastEnd = 0;
        for (Segment s : segments) {
            List<AutoQaSubject.Word> words = new ArrayList<>(s.words().size());
            s.words().forEach(w -> words.add(new AutoQaSubject.Word(w.w(), w.start(), w.end())));
            turns.add(new AutoQaSubject.Turn(s.speaker().name(), s.start(), s.end(), s.text(), words, null));
            lastEnd = Math.max(lastEnd, s.end());
        }
        double duration = Math.max(recorded, lastEnd);
        return new AutoQaSubject(Channel.CALL, id, turns, duration, metrics(metrics, duration), null, null);
    }

    /** The metric names of {@code scorecards/README.md}; a metric the call does not have (no agent speech) is absent. */
    static Map<String, Double> metrics(SpeechMetrics m, double duration) {
        Map<String, Double> out = new HashMap<>();
        if (m.agentSpeechRate() != null) {
            out.put("agentSpeechRate", m.agentSpeechRate());
        }
        out.put("longestSilenceSeconds", m.longestSilenceSeconds());
        out.put("silenceSeconds", m.silenceSeconds());
        out.put("silencesOver3s", (double) m.silencesOver3s());
        out.put("agentInterruptions", (double) m.agentInterruptions());
        out.put("overlapCount", (double) m.overlapCount());
        out.put("overlapSeconds", m.overlapSeconds());
        out.put("agentTalkSeconds", m.agentTalkSeconds());
        out.put("customerTalkSeconds", m.customerTalkSeconds());
        if (m.talkRatio() != null) {
            out.put("talkRatio", m.talkRatio());
        }
        double talk = m.agentTalkSeconds() + m.customerTalkSeconds();
        if (talk > 0) {
            out.put("agentTalkShare", Math.round(m.agentTalkSeconds() / talk * 1000) / 1000.0);
        }
        out.put("durationSeconds", duration);
        return out;
    }

    private Map<Long, AutoQaSubject> tickets(List<Long> ids) {
        Map<Long, AutoQaSubject> out = new HashMap<>();
        tickets.facts(ids).forEach(t -> out.put(t.id(), AutoQaSubject.ticket(t.id(), t.fields(), t.times())));
        return out;
    }

    private Map<Long, AutoQaSubject> chats(List<Long> ids) {
        Map<Long, AutoQaSubject> out = new HashMap<>();
        chats.forRules(ids).forEach((id, chat) -> {
            List<AutoQaSubject.Turn> turns = new ArrayList<>(chat.messages().size());
            chat.messages().forEach(m -> turns.add(new AutoQaSubject.Turn(
                    m.from() == ChatMessage.Sender.SYSTEM ? "UNKNOWN" : m.from().name(), m.offsetSeconds(),
                    m.offsetSeconds(), m.text(), List.of(), m.seq())));
            ChatMetrics cm = chat.metrics();
            Map<String, Double> metrics = new HashMap<>();
            put(metrics, "firstResponseSeconds", cm.firstResponseSeconds());
            put(metrics, "meanResponseSeconds", cm.meanResponseSeconds());
            put(metrics, "longestResponseSeconds", cm.longestResponseSeconds());
            put(metrics, "longestCustomerWaitSeconds", cm.longestCustomerWaitSeconds());
            metrics.put("agentMessages", (double) cm.agentMessages());
            metrics.put("customerMessages", (double) cm.customerMessages());
            metrics.put("durationSeconds", cm.durationSeconds());
            out.put(id, new AutoQaSubject(Channel.CHAT, id, turns, cm.durationSeconds(), metrics, null, null));
        });
        return out;
    }

    private static void put(Map<String, Double> metrics, String name, Double value) {
        if (value != null) {
            metrics.put(name, value);
        }
    }
}
