package io.zhijian.scorecard;

import io.zhijian.scorecard.ScoringEngine.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringEngineTest {

    private static final Scorecard CALL = Fixtures.seed("call-quality");
    private static final Scorecard TICKET = Fixtures.seed("ticket-quality");
    private static final Scorecard EVERY = Fixtures.parse(Fixtures.EVERY_FEATURE);

    static Map<String, Object> fullMarks(Scorecard card) {
        Map<String, Object> answers = new HashMap<>();
        for (Scorecard.Item item : card.items()) {
            answers.put(item.key(), switch (item.type()) {
                case YES_NO -> "yes";
                case SCALE -> item.scale().max();
                default -> item.maxPoints();
            });
        }
        return answers;
    }

    private static List<String> errorCodes(Scorecard card, Map<String, ?> answers, boolean partial) {
        return assertThrows(ScoringEngine.InvalidAnswers.class, () -> ScoringEngine.score(card, answers, partial))
                .errors().stream().map(e -> e.itemKey() + " " + e.code()).toList();
    }

    @Test
    void fullMarksAreOneHundredEverywhere() {
        Result result = ScoringEngine.score(CALL, fullMarks(CALL), false);
        assertEquals(100.0, result.total());
        assertEquals(100.0, result.awardedPoints());
        assertEquals(100.0, result.possiblePoints());
        assertEquals(Map.of("soft-skill", 100.0, "technical", 100.0, "attitude", 100.0), result.tags());
        assertTrue(result.criticalFailures().isEmpty());
        result.sections().forEach(section -> assertEquals(100.0, section.score()));
    }

    @Test
    void levelPointsAddUpAndTagsSplitSoftAndTechnical() {
        Map<String, Object> answers = fullMarks(CALL);
        answers.put("opening-closing-script", 4);   // soft  -4
        answers.put("standard-language", 0);        // soft  -6
        answers.put("product-knowledge", 5);        // tech  -5
        Result result = ScoringEngine.score(CALL, answers, false);
        assertEquals(85.0, result.total());
        assertEquals(85.0, result.awardedPoints());
        // soft-skill items are worth 54 points (8+6+5+5+6+5+5+5+5+5 − 1… computed from the file), see below
        double softPossible = CALL.items().stream().filter(i -> i.tags().contains("soft-skill"))
                .mapToDouble(Scorecard.Item::maxPoints).sum();
        double techPossible = 100 - softPossible;
        assertEquals(ScoringEngine.round(100 * (softPossible - 10) / softPossible), result.tags().get("soft-skill"));
        assertEquals(ScoringEngine.round(100 * (techPossible - 5) / techPossible), result.tags().get("technical"));
        assertEquals(50.0, section(result, "opening-closing").score());
        assertEquals(8.0, section(result, "opening-closing").possiblePoints());
    }

    @Test
    void naLeavesAnItemOutOfBothAwardedAndPossible() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("levels", "NA");
        answers.put("scale", 3);                     // 10 × (3−1)/(5−1) = 5 of 10
        answers.put("points", 2.5);
        Result result = ScoringEngine.score(EVERY, answers, false);
        ScoringEngine.SectionResult first = section(result, "first");
        assertEquals(2.0, first.possiblePoints());
        assertEquals(100.0, first.score());
        ScoringEngine.SectionResult second = section(result, "second");
        assertEquals(7.5, second.awardedPoints());
        assertEquals(15.0, second.possiblePoints());
        assertEquals(50.0, second.score());
        // weighted: (3 × 100 + 1 × 50) / 4
        assertEquals(87.5, result.total());
        assertEquals("NA", first.items().get(0).answer());
        assertFalse(first.items().get(0).applicable());
    }

    @Test
    void aSectionWithNothingApplicableHasNoScoreAndItsWeightDropsOut() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("scale", "NA");
        answers.put("points", "n/a");
        answers.put("yes_no", "yes");
        answers.put("levels", 4);
        Result result = ScoringEngine.score(EVERY, answers, false);
        assertNull(section(result, "second").score());
        assertEquals(0.0, section(result, "second").possiblePoints());
        assertEquals(60.0, result.total(), "only the first section counts: 6 of 10");
    }

    @Test
    void aScorecardWithNothingApplicableHasNoScoreNotZeroOrHundred() {
        Scorecard card = Fixtures.parse("""
                key: all-na
                names: {zh: 全不适用, en: All N/A}
                appliesTo: [CALL]
                sections:
                  - key: s
                    names: {zh: 段, en: S}
                    items:
                      - {key: a, names: {zh: 甲, en: A}, type: YES_NO, maxPoints: 5, allowNa: true}
                      - {key: b, names: {zh: 乙, en: B}, type: POINTS, maxPoints: 5, allowNa: true}
                """);
        Result result = ScoringEngine.score(card, Map.of("a", "NA", "b", "NA"), false);
        assertNull(result.total());
        assertFalse(result.hasScore());
        assertEquals(0.0, result.possiblePoints());
        assertNull(result.sections().get(0).score());
        assertTrue(result.tags().isEmpty());
    }

    @Test
    void aSectionCriticalFailureZeroesOnlyItsSection() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("yes_no", "no");
        Result result = ScoringEngine.score(EVERY, answers, false);
        assertEquals(List.of("yes_no"), result.criticalFailures());
        ScoringEngine.SectionResult first = section(result, "first");
        assertTrue(first.zeroed());
        assertEquals(0.0, first.score());
        assertEquals(0.0, first.awardedPoints());
        assertEquals(10.0, first.possiblePoints());
        assertEquals(8.0, first.items().get(0).points(), "the item keeps what it earned, shown as zeroed");
        assertTrue(first.items().get(0).zeroed());
        assertEquals(100.0, section(result, "second").score());
        assertEquals(25.0, result.total(), "(3 × 0 + 1 × 100) / 4");
        assertEquals(ScoringEngine.round(100.0 * 10 / 18), result.tags().get("soft-skill"), "levels zeroed: 0+10 of 8+10");
    }

    @Test
    void aFormCriticalFailureZeroesTheWholeScorecard() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("points", 0);
        Result result = ScoringEngine.score(EVERY, answers, false);
        assertEquals(0.0, result.total());
        assertEquals(0.0, result.awardedPoints());
        assertEquals(List.of("points"), result.criticalFailures());
        result.sections().forEach(section -> {
            assertTrue(section.zeroed());
            assertEquals(0.0, section.score());
        });
    }

    @Test
    void aFailedZeroPointGateZeroesTheTicket() {
        Map<String, Object> answers = fullMarks(TICKET);
        assertEquals(100.0, ScoringEngine.score(TICKET, answers, false).total());
        answers.put("procedure-followed", "no");
        answers.put("responsible-unit-correct", "NA");
        Result result = ScoringEngine.score(TICKET, answers, false);
        assertEquals(0.0, result.total());
        assertEquals(List.of("procedure-followed"), result.criticalFailures());
        assertEquals(0.0, section(result, "critical-rules").score());
        assertEquals(100.0, result.possiblePoints());
    }

    @Test
    void twoCriticalFailuresAreBothListed() {
        Map<String, Object> answers = fullMarks(TICKET);
        answers.put("feedback-matches", "no");
        answers.put("responsible-unit-correct", false);
        assertEquals(List.of("feedback-matches", "responsible-unit-correct"),
                ScoringEngine.score(TICKET, answers, false).criticalFailures());
    }

    @Test
    void answersOutsideTheDomainAreRejectedNamingEveryItem() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("levels", 7);
        answers.put("yes_no", "maybe");
        answers.put("scale", 2.5);
        answers.put("points", 6);
        assertEquals(List.of("levels out-of-domain", "yes_no out-of-domain", "scale out-of-domain",
                "points out-of-domain"), errorCodes(EVERY, answers, false));
    }

    @Test
    void unknownItemsNaWhereNotAllowedAndUnansweredItemsAreErrors() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("ghost", 1);
        answers.put("yes_no", "NA");
        answers.remove("scale");
        assertEquals(List.of("ghost unknown-item", "yes_no na-not-allowed", "scale unanswered"),
                errorCodes(EVERY, answers, false));
    }

    @Test
    void aPartialScoringLeavesUnansweredItemsOutAndListsThem() {
        Result result = ScoringEngine.score(EVERY, Map.of("levels", 8, "yes_no", "yes"), true);
        assertEquals(List.of("scale", "points"), result.unanswered());
        assertEquals(100.0, result.total());
        assertNull(section(result, "second").score());
        Result nothing = ScoringEngine.score(EVERY, Map.of(), true);
        assertNull(nothing.total());
        assertEquals(4, nothing.unanswered().size());
    }

    @ParameterizedTest
    @CsvSource({"1,0.0", "2,2.5", "3,5.0", "4,7.5", "5,10.0"})
    void scaleAnswersMapLinearlyOntoThePoints(int value, double points) {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("scale", value);
        assertEquals(points, section(ScoringEngine.score(EVERY, answers, false), "second").items().get(0).points());
    }

    @ParameterizedTest
    @CsvSource({"yes,2.0", "YES,2.0", "no,0.0", "true,2.0", "false,0.0"})
    void yesNoAcceptsWordsAndBooleans(String answer, double points) {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("yes_no", answer.startsWith("t") || answer.startsWith("f") ? Boolean.valueOf(answer) : answer);
        assertEquals(points, section(ScoringEngine.score(EVERY, answers, false), "first").items().get(1).points());
    }

    @Test
    void numericStringsAreAcceptedAndInvalidNumbersAreNot() {
        Map<String, Object> answers = fullMarks(EVERY);
        answers.put("levels", "4");
        answers.put("points", " 2.5 ");
        Result result = ScoringEngine.score(EVERY, answers, false);
        assertEquals("4", section(result, "first").items().get(0).answer());
        answers.put("levels", "NaN");
        answers.put("points", Double.POSITIVE_INFINITY);
        assertEquals(List.of("levels out-of-domain", "points out-of-domain"), errorCodes(EVERY, answers, false));
    }

    @Test
    void totalsAreRoundedToTwoDecimals() {
        Scorecard card = Fixtures.parse("""
                key: thirds
                names: {zh: 三分之一, en: Thirds}
                appliesTo: [TICKET]
                sections:
                  - key: s
                    names: {zh: 段, en: S}
                    items:
                      - {key: a, names: {zh: 甲, en: A}, type: YES_NO, maxPoints: 1}
                      - {key: b, names: {zh: 乙, en: B}, type: YES_NO, maxPoints: 1}
                      - {key: c, names: {zh: 丙, en: C}, type: YES_NO, maxPoints: 1}
                """);
        assertEquals(33.33, ScoringEngine.score(card, Map.of("a", "yes", "b", "no", "c", "no"), false).total());
        assertEquals(66.67, ScoringEngine.score(card, Map.of("a", "yes", "b", "yes", "c", "no"), false).total());
    }

    @Test
    void theEngineNeverChangesItsInputs() {
        Map<String, Object> answers = fullMarks(CALL);
        Map<String, Object> copy = new HashMap<>(answers);
        ScoringEngine.score(CALL, answers, false);
        assertEquals(copy, answers);
        assertEquals(CALL, Fixtures.seed("call-quality"));
    }

    private static ScoringEngine.SectionResult section(Result result, String key) {
        return result.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
