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
}
