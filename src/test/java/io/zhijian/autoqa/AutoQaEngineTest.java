package io.zhijian.autoqa;

import io.zhijian.autoqa.AutoQaEngine.Evidence;
import io.zhijian.autoqa.AutoQaEngine.Result;
import io.zhijian.autoqa.AutoQaEngine.Suggestion;
import io.zhijian.autoqa.AutoQaSubject.Turn;
import io.zhijian.autoqa.AutoQaSubject.Word;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.scorecard.ScorecardYaml;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules over hand-made interactions: windows, speakers, metrics, fields, times, logic, totals. */
class AutoQaEngineTest {

    static Scorecard card(String items) {
        ScorecardYaml.ReadResult read = ScorecardYaml.read("""
                key: engine-test
                names: {zh: 测试, en: Test}
                appliesTo: [CALL, TICKET, CHAT]
                sections:
                  - key: main
                    names: {zh: 主要, en: Main}
                    items:
                """ + items.indent(6));
        assertTrue(read.ok(), read.errors().toString());
        return read.scorecard();
    }

    static final String LEVELS = """
            type: LEVELS
            maxPoints: 8
            levels:
              - {points: 8, description: {zh: 好, en: Good}}
              - {points: 4, description: {zh: 中, en: Fair}}
              - {points: 0, description: {zh: 差, en: Poor}}
            """;

    static String item(String key, String type, String auto) {
        return "- key: " + key + "\n  names: {zh: " + key + ", en: " + key + "}\n" + type.indent(2) + "  auto:\n" + auto.indent(4);
    }

    /** A turn from Vosk-style words: "您好 请问" said evenly between start and end. */
    static Turn turn(String speaker, double start, double end, String spaced) {
        String[] parts = spaced.split(" ");
        List<Word> words = new ArrayList<>();
        double step = (end - start) / parts.length;
        for (int i = 0; i < parts.length; i++) {
            words.add(new Word(parts[i], start + i * step, start + (i + 1) * step));
        }
        return new Turn(speaker, start, end, String.join("", parts), words, null);
    }

    static AutoQaSubject call(double duration, Map<String, Double> metrics, Turn... turns) {
        return new AutoQaSubject(Channel.CALL, 1, List.of(turns), duration, metrics, null, null);
    }

    static Result run(Scorecard card, AutoQaSubject subject) {
        return AutoQaEngine.run(new AutoQaEngine.Compiled(card, 1), subject);
    }

    static Optional<Suggestion> suggestion(Result result, String item) {
        return result.items().stream().filter(s -> s.itemKey().equals(item)).findFirst();
    }

    static final String OPENING = item("opening", LEVELS, """
            - answer: 8
              when:
                allOf:
                  - {said: [您好], first: 10s}
                  - {said: [再见, 感谢您的来电], last: 15s}
            - answer: 0
              when:
                allOf:
                  - {notSaid: [您好], first: 10s}
                  - {notSaid: [再见, 感谢您的来电], last: 15s}
            - answer: 4
            """);

    @Test
    void openingAndClosingInTheirWindowsPointAtTheAgentsWordsAndSeconds() {
        Scorecard card = card(OPENING);
        Result both = run(card, call(60, Map.of(),
                turn("AGENT", 1.0, 3.0, "您好 请问 有 什么 可以 帮 您"),
                turn("CUSTOMER", 4, 10, "我 的 快递 没 到"),
                turn("AGENT", 50, 54, "感谢 您 的 来电 再见")));
        Suggestion opening = suggestion(both, "opening").orElseThrow();
        assertEquals("8", opening.answer());
        assertEquals(1, opening.rule());
        assertEquals(new Evidence("AGENT", 1.0, 1.0 + 2.0 / 7, "您好请问有什么可以帮您", null, null, null, null, null),
                opening.evidence().get(0), "the word 您好 and its time");
        assertEquals("AGENT", opening.evidence().get(1).speaker());
        assertEquals(50.0, opening.evidence().get(1).start(), 1e-9, "感谢您的来电 starts at its first word");
        assertEquals(100.0, both.total());
        assertEquals(List.of(), both.lost());

        // Greeting too late (after 10 s), closing present: the fallback 4.
        Result late = run(card, call(60, Map.of(), turn("AGENT", 12, 14, "您好"), turn("AGENT", 50, 52, "再见")));
        assertEquals("4", suggestion(late, "opening").orElseThrow().answer());
        assertEquals(3, suggestion(late, "opening").orElseThrow().rule());
        assertEquals(List.of("opening"), late.lost());

        // Neither: 0, with the windows that were searched as evidence.
        Result none = run(card, call(60, Map.of(), turn("AGENT", 20, 25, "请问 有 什么 事")));
        Suggestion zero = suggestion(none, "opening").orElseThrow();
        assertEquals("0", zero.answer());
        assertEquals(List.of(new Evidence("AGENT", 0.0, 10.0, null, null, List.of("您好"), null, null, null),
                new Evidence("AGENT", 45.0, 60.0, null, null, List.of("再见", "感谢您的来电"), null, null, null)), zero.evidence());
        assertEquals(0.0, none.total());
    }

    @Test
    void aPhraseSaidByTheCustomerIsNotHeldAgainstTheAgent() {
        Scorecard card = card(item("prohibited", "type: YES_NO\nmaxPoints: 0\ncritical: FORM\nfailingAnswers: ['no']", """
                - answer: 'no'
                  when: {said: [不知道, 不归我们管]}
                - answer: 'yes'
                """) + item("anyone", "type: YES_NO\nmaxPoints: 2", """
                - answer: 'no'
                  when: {said: [不知道], by: ANY}
                - answer: 'yes'
                """));
        Result result = run(card, call(30, Map.of(), turn("CUSTOMER", 2, 5, "你们 是不是 不 知道 啊"),
                turn("AGENT", 6, 9, "我 帮 您 查询")));
        assertEquals("yes", suggestion(result, "prohibited").orElseThrow().answer());
        assertEquals("no", suggestion(result, "anyone").orElseThrow().answer());
        assertEquals("CUSTOMER", suggestion(result, "anyone").orElseThrow().evidence().get(0).speaker());

        Result agentSaid = run(card, call(30, Map.of(), turn("AGENT", 6, 9, "这个 不归 我们 管")));
        assertEquals("no", suggestion(agentSaid, "prohibited").orElseThrow().answer());
        assertEquals(0.0, agentSaid.total(), "a failing critical item zeroes the form");
        assertTrue(agentSaid.lost().contains("prohibited"));
    }

    @Test
    void aMonoRecordingCannotTellWhoSpokeSoAgentRulesGiveNoSuggestion() {
        Scorecard card = card(OPENING + item("any", "type: YES_NO\nmaxPoints: 1", """
                - answer: 'yes'
                  when: {said: [您好], by: ANY}
                - answer: 'no'
                """));
        Result result = run(card, call(30, Map.of(), turn("UNKNOWN", 1, 2, "您好"), turn("UNKNOWN", 20, 22, "再见")));
        assertTrue(suggestion(result, "opening").isEmpty(), "not a guess from a later rule");
        assertEquals("yes", suggestion(result, "any").orElseThrow().answer());
    }

    @Test
    void metricsWithInclusiveBoundsAndNoSuggestionWithoutTheMetric() {
        Scorecard card = card(item("rate", "type: LEVELS\nmaxPoints: 5\nlevels:\n  - {points: 5, description: {zh: 好, en: Good}}\n"
                + "  - {points: 0, description: {zh: 差, en: Poor}}", """
                - answer: 5
                  when: {metric: {name: agentSpeechRate, min: 180, max: 300}}
                - answer: 0
                """));
        assertEquals("5", suggestion(run(card, call(10, Map.of("agentSpeechRate", 180.0))), "rate").orElseThrow().answer());
        assertEquals("5", suggestion(run(card, call(10, Map.of("agentSpeechRate", 300.0))), "rate").orElseThrow().answer());
        Suggestion fast = suggestion(run(card, call(10, Map.of("agentSpeechRate", 300.5))), "rate").orElseThrow();
        assertEquals("0", fast.answer());
        assertTrue(suggestion(run(card, call(10, Map.of())), "rate").isEmpty(), "no agent speech: no rate");
        Suggestion fine = suggestion(run(card, call(10, Map.of("agentSpeechRate", 240.0))), "rate").orElseThrow();
        assertEquals(List.of(new Evidence(null, null, null, null, null, null, "agentSpeechRate", null, 240.0)), fine.evidence());
    }

    static final String TICKET_ITEMS = item("info", "type: LEVELS\nmaxPoints: 30\nlevels:\n  - {points: 30, description: {zh: 全, en: All}}\n"
            + "  - {points: 15, description: {zh: 缺一, en: One missing}}\n  - {points: 0, description: {zh: 缺多, en: More}}", """
            - answer: 0
              when:
                allOf:
                  - {field: {name: customer_phone, missing: true}}
                  - {field: {name: customer_address, missing: true}}
            - answer: 15
              when:
                anyOf:
                  - {field: {name: customer_phone, missing: true}}
                  - {not: {field: {name: customer_phone, matches: '^1\\d{10}$'}}}
            - answer: 30
            """) + item("timely", "type: YES_NO\nmaxPoints: 10\nallowNa: true", """
            - answer: 'yes'
              when:
                allOf:
                  - {field: {name: type, oneOf: [直派]}}
                  - {within: {from: created_at, to: feedback_at, max: 2h}}
            - answer: 'no'
              when: {field: {name: type, oneOf: [直派]}}
            - answer: NA
            """);

    static AutoQaSubject ticket(String type, String phone, String address, String created, String feedback) {
        Map<String, String> fields = new HashMap<>();
        fields.put("type", type);
        fields.put("customer_phone", phone);
        fields.put("customer_address", address);
        Map<String, Instant> times = new HashMap<>();
        times.put("created_at", Instant.parse(created));
        times.put("feedback_at", feedback == null ? null : Instant.parse(feedback));
        return AutoQaSubject.ticket(7, fields, times);
    }

    @Test
    void ticketFieldsAndTimesNameWhatJustifiesTheSuggestion() {
        Scorecard card = card(TICKET_ITEMS);
        Result complete = run(card, ticket("直派", "13812345678", "北京", "2026-03-01T01:00:00Z", "2026-03-01T03:00:00Z"));
        assertEquals("30", suggestion(complete, "info").orElseThrow().answer());
        Suggestion timely = suggestion(complete, "timely").orElseThrow();
        assertEquals("yes", timely.answer());
        assertEquals(List.of(new Evidence(null, null, null, null, null, null, null, "type", "直派"),
                new Evidence(null, null, null, null, null, null, null, "created_at", "2026-03-01T01:00:00Z"),
                new Evidence(null, null, null, null, null, null, null, "feedback_at", "2026-03-01T03:00:00Z")),
                timely.evidence(), "exactly 2 h is within 2 h");

        Result noPhone = run(card, ticket("直派", "  ", "北京", "2026-03-01T01:00:00Z", "2026-03-01T03:00:01Z"));
        Suggestion info = suggestion(noPhone, "info").orElseThrow();
        assertEquals("15", info.answer());
        assertEquals(List.of(new Evidence(null, null, null, null, null, null, null, "customer_phone", null)), info.evidence());
        assertEquals("no", suggestion(noPhone, "timely").orElseThrow().answer(), "a second late");

        Result badPhone = run(card, ticket("协查", "12345", null, "2026-03-01T01:00:00Z", null));
        assertEquals("15", suggestion(badPhone, "info").orElseThrow().answer());
        assertEquals("12345", suggestion(badPhone, "info").orElseThrow().evidence().get(0).value());
        assertEquals("NA", suggestion(badPhone, "timely").orElseThrow().answer());

        Result neither = run(card, ticket("直派", null, "", "2026-03-01T01:00:00Z", null));
        assertEquals("0", suggestion(neither, "info").orElseThrow().answer());
        assertEquals("no", suggestion(neither, "timely").orElseThrow().answer(), "no feedback yet is not in time");
        // NA counts for nothing: 0 of 30 with the timely item... answered no (0 of 10).
        assertEquals(0.0, neither.total());
        assertEquals(100.0, run(card, ticket("协查", "13812345678", "x", "2026-03-01T01:00:00Z", null)).total(),
                "30 of 30; N/A left out");
    }

    @Test
    void ticketRulesGiveNothingOnCallsAndSpeechRulesNothingOnTickets() {
        Scorecard card = card(TICKET_ITEMS + OPENING);
        Result onCall = run(card, call(30, Map.of(), turn("AGENT", 1, 2, "您好")));
        assertEquals(List.of("opening"), onCall.items().stream().map(Suggestion::itemKey).toList());
        Result onTicket = run(card, ticket("协查", "13812345678", "x", "2026-03-01T01:00:00Z", null));
        assertFalse(onTicket.items().stream().anyMatch(s -> s.itemKey().equals("opening")));
    }

    @Test
    void notAllOfAnyOfFollowThreeValuedLogic() {
        Scorecard card = card(item("a", "type: YES_NO\nmaxPoints: 1", """
                - answer: 'yes'
                  when: {anyOf: [{metric: {name: agentInterruptions, max: 0}}, {metric: {name: talkRatio, max: 1}}]}
                - answer: 'no'
                """));
        // anyOf: true if one is true even though the other is unknown.
        assertEquals("yes", suggestion(run(card, call(10, Map.of("agentInterruptions", 0.0))), "a").orElseThrow().answer());
        // false + unknown: unknown, so no suggestion.
        assertTrue(suggestion(run(card, call(10, Map.of("agentInterruptions", 2.0))), "a").isEmpty());
        assertEquals("no", suggestion(run(card, call(10, Map.of("agentInterruptions", 2.0, "talkRatio", 3.0))), "a")
                .orElseThrow().answer());
    }

    @Test
    void chatMessagesAreTurnsWithoutWordTimes() {
        Scorecard card = card(OPENING);
        AutoQaSubject chat = new AutoQaSubject(Channel.CHAT, 3, List.of(
                new Turn("AGENT", 2, 2, "您好，有什么可以帮您？", List.of(), 1),
                new Turn("CUSTOMER", 30, 30, "快递没到", List.of(), 2),
                new Turn("AGENT", 95, 95, "感谢您的来电，再见", List.of(), 3)), 100, Map.of(), null, null);
        Suggestion opening = suggestion(run(card, chat), "opening").orElseThrow();
        assertEquals("8", opening.answer());
        assertEquals(1, opening.evidence().get(0).message());
        assertEquals(3, opening.evidence().get(1).message());
    }

    @Test
    void theSeedCallScorecardReadsAVoskStyleChineseTranscript() throws IOException {
        Scorecard card = ScorecardYaml.read(Files.readString(Path.of("scorecards", "call-quality.yaml"))).scorecard();
        Map<String, Double> metrics = Map.of("agentSpeechRate", 240.0, "agentInterruptions", 1.0,
                "longestSilenceSeconds", 4.0);
        Result result = run(card, call(90, metrics,
                turn("AGENT", 0.5, 3, "您好 中国 邮政 请问 有 什么 可以 帮 您"),
                turn("CUSTOMER", 3.5, 8, "我 不 知道 快递 到 哪 了"),
                turn("AGENT", 8.5, 12, "请 您 提供 单号 谢谢"),
                turn("CUSTOMER", 12.5, 14, "好的"),
                turn("AGENT", 80, 86, "感谢 您 的 来电 再见")));
        assertEquals("8", suggestion(result, "opening-closing-script").orElseThrow().answer());
        assertEquals("6", suggestion(result, "standard-language").orElseThrow().answer(),
                "the customer's 不知道 is not the agent's prohibited phrase");
        assertEquals("5", suggestion(result, "speech-rate").orElseThrow().answer());
        assertEquals("3", suggestion(result, "patience").orElseThrow().answer());
        assertEquals("5", suggestion(result, "process-fluency").orElseThrow().answer());
        assertNull(suggestion(result, "listening").orElse(null), "the agent never backchannels: no suggestion");
    }
}
