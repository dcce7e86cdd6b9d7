package io.zhijian.scorecard;

import io.zhijian.scorecard.Scorecard.ItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardYamlTest {

    @Test
    void theCallQualitySheetHasSixteenItemsWorthOneHundredPoints() {
        Scorecard card = Fixtures.seed("call-quality");
        assertEquals(16, card.items().size());
        assertEquals(100, card.items().stream().mapToDouble(Scorecard.Item::maxPoints).sum());
        assertEquals("通话质量评分表", card.names().zh());
        assertEquals(List.of(Scorecard.Channel.CALL), card.appliesTo());
        assertEquals(10, card.items().stream().filter(i -> i.tags().contains("soft-skill")).count());
        assertEquals(6, card.items().stream().filter(i -> i.tags().contains("technical")).count());
        assertFalse(card.isWeighted());
    }

    @Test
    void theTicketSheetIsOneHundredPointsWithThreeFormCriticalGates() {
        Scorecard card = Fixtures.seed("ticket-quality");
        assertEquals(100, card.items().stream().mapToDouble(Scorecard.Item::maxPoints).sum());
        assertEquals(List.of("procedure-followed", "feedback-matches", "responsible-unit-correct"),
                card.items().stream().filter(i -> i.critical() == Scorecard.Critical.FORM).map(Scorecard.Item::key)
                        .toList());
    }

    @Test
    void theMonitoringSheetHasProhibitedPhrasesAsAFormCriticalItem() {
        Scorecard card = Fixtures.seed("call-monitoring");
        Scorecard.Item item = card.item("prohibited-phrases").orElseThrow();
        assertEquals(Scorecard.Critical.FORM, item.critical());
        assertEquals(List.of("no"), item.failingAnswers());
        assertEquals(13, card.items().stream().mapToDouble(Scorecard.Item::maxPoints).sum());
    }

    @Test
    void theChatScorecardIsWorthAHundredPointsForChatsOnly() {
        Scorecard card = Fixtures.seed("chat-quality");
        assertEquals(java.util.Set.of(Scorecard.Channel.CHAT), java.util.Set.copyOf(card.appliesTo()));
        assertEquals(100, card.items().stream().mapToDouble(Scorecard.Item::maxPoints).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call-quality", "ticket-quality", "call-monitoring", "chat-quality"})
    void seedScorecardsRoundTrip(String key) {
        Scorecard card = Fixtures.seed(key);
        String written = ScorecardYaml.write(card);
        assertEquals(card, Fixtures.parse(written));
        assertEquals(written, ScorecardYaml.write(Fixtures.parse(written)), "canonical form is stable");
    }

    @Test
    void everyFeatureRoundTripsIncludingTheAutoBlock() {
        Scorecard card = Fixtures.parse(Fixtures.EVERY_FEATURE);
        assertTrue(card.isWeighted());
        Scorecard.Item points = card.item("points").orElseThrow();
        assertEquals(3, points.auto().size());
        assertEquals(new AutoRule("0", new AutoRule.Said(true, List.of("不知道", "不归我们管"), AutoRule.By.ANY, null, 90.0)),
                points.auto().get(0));
        assertEquals("NA", points.auto().get(2).answer());
        assertEquals(null, points.auto().get(2).when());
        AutoRule.AllOf all = (AutoRule.AllOf) points.auto().get(1).when();
        assertEquals(new AutoRule.Said(false, List.of("滚"), AutoRule.By.AGENT, 60.0, null), all.conditions().get(0));
        assertEquals(new AutoRule.Metric("agentSpeechRate", 180.0, 300.0), all.conditions().get(1));
        assertEquals(new AutoRule.Not(new AutoRule.Within("created_at", "feedback_at", 7200)),
                ((AutoRule.AnyOf) all.conditions().get(2)).conditions().get(1));
        assertEquals("^1\\d{10}$", ((AutoRule.Field) all.conditions().get(4)).matches());
        assertEquals(List.of("0"), points.failingAnswers());
        assertEquals(new Scorecard.Scale(1, 5), card.item("scale").orElseThrow().scale());
        assertEquals(ItemType.YES_NO, card.item("yes_no").orElseThrow().type());
        assertEquals(card, Fixtures.parse(ScorecardYaml.write(card)));
    }

    private static List<String> errors(String yaml) {
        return ScorecardYaml.read(yaml).errors().stream().map(e -> e.path() + " " + e.code()).toList();
    }

    private static String oneItem(String itemYaml) {
        return """
                key: one
                names: {zh: 一, en: One}
                appliesTo: [CALL]
                sections:
                  - key: s
                    names: {zh: 段, en: S}
                    items:
                """ + itemYaml.indent(6);
    }

    @Test
    void duplicateItemKeysAcrossSectionsAreLocated() {
        String yaml = """
                key: dup
                names: {zh: 重复, en: Dup}
                appliesTo: [CALL]
                sections:
                  - key: a
                    names: {zh: 甲, en: A}
                    items:
                      - {key: x, names: {zh: 一, en: One}, type: YES_NO, maxPoints: 1}
                  - key: a
                    names: {zh: 乙, en: B}
                    items:
                      - {key: y, names: {zh: 二, en: Two}, type: YES_NO, maxPoints: 1}
                      - {key: x, names: {zh: 三, en: Three}, type: YES_NO, maxPoints: 1}
                """;
        assertEquals(List.of("sections[1].key duplicate-key", "sections[1].items[1].key duplicate-key"), errors(yaml));
    }

    @Test
    void levelRulesAreCheckedWithTheirPaths() {
        String yaml = oneItem("""
                - key: lv
                  names: {zh: 档, en: Lv}
                  type: LEVELS
                  maxPoints: 8
                  levels:
                    - {points: 10, description: {zh: 高, en: High}}
                    - {points: 4, description: {zh: 中, en: Mid}}
                    - {points: 4, description: {zh: 重, en: Again}}
                    - {points: -1, description: {zh: 负, en: Negative}}
                """);
        assertEquals(List.of("sections[0].items[0].levels[0].points level-above-max",
                "sections[0].items[0].levels[2].points level-duplicate",
                "sections[0].items[0].levels[3].points negative"), errors(yaml));
    }

    @Test
    void maxPointsMustMatchTheHighestLevel() {
        String yaml = oneItem("""
                - key: lv
                  names: {zh: 档, en: Lv}
                  type: LEVELS
                  maxPoints: 8
                  levels:
                    - {points: 6, description: {zh: 高, en: High}}
                    - {points: 0, description: {zh: 低, en: Low}}
                """);
        assertEquals(List.of("sections[0].items[0].maxPoints max-mismatch"), errors(yaml));
    }

    @Test
    void unknownTypeUnknownFieldAndMissingLanguageAreAllReported() {
        String yaml = oneItem("""
                - key: t
                  names: {zh: 类型}
                  type: STARS
                  maxPoint: 5
                """);
        assertEquals(List.of("sections[0].items[0].maxPoint unknown-field",
                "sections[0].items[0].names.en missing-language",
                "sections[0].items[0].type unknown-value",
                "sections[0].items[0].maxPoints required"), errors(yaml));
    }

    @Test
    void emptySectionsAndMissingTopLevelFields() {
        String yaml = """
                key: Bad Key
                names: {zh: 空, en: ''}
                appliesTo: [CALL, CALL, PHONE]
                sections:
                  - key: empty
                    names: {zh: 空, en: Empty}
                    items: []
                """;
        assertEquals(List.of("key bad-key", "names.en missing-language", "appliesTo[1] duplicate",
                "appliesTo[2] unknown-value", "sections[0].items empty-section"), errors(yaml));
        assertEquals(List.of("key required", "names required", "appliesTo required", "sections required"),
                errors("description: {zh: 只有描述, en: Only a description}"));
    }

    @Test
    void weightsAreAllOrNoneAndPositive() {
        String yaml = """
                key: weights
                names: {zh: 权, en: W}
                appliesTo: [CALL]
                sections:
                  - key: a
                    names: {zh: 甲, en: A}
                    weight: 0
                    items: [{key: x, names: {zh: 一, en: One}, type: YES_NO, maxPoints: 1}]
                  - key: b
                    names: {zh: 乙, en: B}
                    items: [{key: y, names: {zh: 二, en: Two}, type: YES_NO, maxPoints: 1}]
                """;
        assertEquals(List.of("sections[0].weight weight-positive", "sections weights-all-or-none"), errors(yaml));
    }

    @Test
    void criticalItemsNeedFailingAnswersFromTheirOwnDomain() {
        String yaml = oneItem("""
                - key: c1
                  names: {zh: 关键, en: Critical}
                  type: YES_NO
                  maxPoints: 1
                  critical: FORM
                - key: c2
                  names: {zh: 关键二, en: Critical 2}
                  type: LEVELS
                  maxPoints: 2
                  critical: SECTION
                  failingAnswers: [1, maybe]
                  levels:
                    - {points: 2, description: {zh: 好, en: Good}}
                    - {points: 0, description: {zh: 差, en: Bad}}
                - key: c3
                  names: {zh: 关键三, en: Critical 3}
                  type: POINTS
                  maxPoints: 0
                  critical: BLOCKER
                """);
        assertEquals(List.of("sections[0].items[0].failingAnswers failing-required",
                "sections[0].items[1].failingAnswers[0] failing-not-in-domain",
                "sections[0].items[1].failingAnswers[1] failing-not-in-domain",
                "sections[0].items[2].critical unknown-value",
                "sections[0].items[2].maxPoints points-positive"), errors(yaml));
    }

    @Test
    void scaleAndLevelsBelongToTheirTypes() {
        String yaml = oneItem("""
                - key: s1
                  names: {zh: 量, en: Scale}
                  type: SCALE
                  maxPoints: 10
                  scale: {min: 5, max: 5}
                - key: s2
                  names: {zh: 量二, en: Scale 2}
                  type: SCALE
                  maxPoints: 10
                - key: yn
                  names: {zh: 是否, en: YN}
                  type: YES_NO
                  maxPoints: 1
                  scale: {min: 1, max: 2}
                  levels: [{points: 1, description: {zh: 是, en: Yes}}]
                """);
        assertEquals(List.of("sections[0].items[0].scale scale-range", "sections[0].items[1].scale required",
                "sections[0].items[2].levels levels-not-allowed", "sections[0].items[2].scale scale-not-allowed"),
                errors(yaml));
    }

    @Test
    void wrongValueTypesAreReported() {
        String yaml = oneItem("""
                - key: w
                  names: {zh: 型, en: Types}
                  type: YES_NO
                  maxPoints: five
                  allowNa: sometimes
                  tags: soft-skill
                """);
        assertEquals(List.of("sections[0].items[0].maxPoints not-number", "sections[0].items[0].allowNa not-boolean",
                "sections[0].items[0].tags not-list"), errors(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"key: [unclosed", "key: a\n  bad: indent\n: :", "\"just a string\"", "- a\n- b", ""})
    void malformedOrNonMappingDocumentsGiveOneClearError(String yaml) {
        ScorecardYaml.ReadResult result = ScorecardYaml.read(yaml);
        assertFalse(result.ok());
        assertNull(result.scorecard());
        assertEquals(1, result.errors().size());
        assertTrue(List.of("yaml-syntax", "not-mapping").contains(result.errors().get(0).code()),
                result.errors().get(0).code());
    }

    @Test
    void duplicateMappingKeysAreASyntaxError() {
        ScorecardYaml.ReadResult result = ScorecardYaml.read("key: a\nkey: b\n");
        assertEquals("yaml-syntax", result.errors().get(0).code());
    }

    @Test
    void everyMistakeInAutoRulesIsLocated() {
        String yaml = oneItem("""
                - key: a
                  names: {zh: 甲, en: A}
                  type: LEVELS
                  maxPoints: 8
                  levels:
                    - {points: 8, description: {zh: 好, en: Good}}
                    - {points: 0, description: {zh: 差, en: Poor}}
                  auto:
                    - answer: 5
                    - answer: NA
                    - answer: 8
                      when: {heard: [您好]}
                    - answer: 8
                      when: {said: [您好], metric: {name: agentSpeechRate, min: 1}}
                    - answer: 8
                      when: {said: [], by: BOSS, first: soon}
                    - answer: 8
                      when: {said: [您好], first: 10s, last: 5s}
                    - answer: 8
                      when: {metric: {name: loudness, min: 1}}
                    - answer: 8
                      when: {metric: {name: agentSpeechRate}}
                    - answer: 8
                      when: {field: {name: colour, missing: true}}
                    - answer: 8
                      when: {field: {name: region, missing: true, oneOf: [华北]}}
                    - answer: 8
                      when: {field: {name: region, matches: '([a-'}}
                    - answer: 8
                      when: {within: {from: created_at, to: answered_at}}
                    - answer: 8
                      when: {allOf: []}
                    - answer: 8
                      when: {not: {anyOf: [{said: 好, color: red}]}}
                    - when: {said: [好]}
                - key: b
                  names: {zh: 乙, en: B}
                  type: YES_NO
                  maxPoints: 1
                  auto: {said: [好]}
                """);
        String at = "sections[0].items[0].auto";
        assertEquals(List.of(at + "[0].answer auto-answer-not-in-item", at + "[1].answer auto-answer-not-in-item",
                at + "[2].when auto-condition", at + "[3].when auto-condition", at + "[4].when.said auto-phrases",
                at + "[4].when.by auto-by", at + "[4].when.first auto-duration", at + "[5].when.last auto-first-and-last",
                at + "[6].when.metric.name auto-unknown-metric", at + "[7].when.metric auto-metric-bounds",
                at + "[8].when.field.name auto-unknown-field", at + "[9].when.field auto-field-test",
                at + "[10].when.field.matches auto-bad-regex", at + "[11].when.within.to auto-unknown-time",
                at + "[11].when.within.max required", at + "[12].when.allOf empty-list",
                at + "[13].when.not.anyOf[0].color unknown-field", at + "[14].answer required",
                "sections[0].items[1].auto not-list"), errors(yaml));
    }

    @Test
    void autoRulesWriteBackCanonically() {
        String yaml = oneItem("""
                - key: a
                  names: {zh: 甲, en: A}
                  type: YES_NO
                  maxPoints: 1
                  allowNa: true
                  auto:
                    - answer: No
                      when: {said: 不知道, by: customer, last: 120}
                    - answer: n/a
                      when: {within: {from: created_at, to: feedback_at, max: 5400s}}
                """);
        Scorecard card = Fixtures.parse(yaml);
        String written = ScorecardYaml.write(card);
        assertTrue(written.contains("answer: \"no\""), written);
        assertTrue(written.contains("by: CUSTOMER"), written);
        assertTrue(written.contains("last: 2m"), written);
        assertTrue(written.contains("max: 90m"), written);
        assertTrue(written.contains("answer: NA"), written);
        assertEquals(card, Fixtures.parse(written));
    }
}
