package io.zhijian.search;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query syntax, read into Lucene queries; and what it refuses, with where. */
class SearchQueryParserTest {

    private static String read(String q) throws InvalidQuery {
        return SearchQueryParser.read(q).toString();
    }

    /** The same alternatives in the customer's (and tickets') fields, then in the agent's. */
    private static String anySide(String alternatives) {
        return alternatives + " " + agentSide(alternatives);
    }

    private static String agentSide(String alternatives) {
        return alternatives.replaceAll("\\b(zh2?|en):", "$1_agent:");
    }

    @Test
    void chineseWordsAllMustMatchInOneLanguageField() throws InvalidQuery {
        assertEquals(anySide("(+zh:快递 +zh:员 +zh:投诉) (+zh2:快递 +zh2:递员 +zh2:员投 +zh2:投诉)"), read("快递员投诉"));
        assertEquals("+(" + anySide("zh:快递 zh2:快递") + ") +(" + anySide("zh:投诉 zh2:投诉") + ")",
                read("快递 投诉"));
    }

    @Test
    void englishIsStemmedAndLowercased() throws InvalidQuery {
        assertEquals("+(" + anySide("zh:parcel zh2:parcels en:parcel") + ") +(" + anySide("zh:deliv zh2:delivered en:deliv") + ")",
                read("Parcels Delivered"));
    }

    @Test
    void phrasesUseWordsWithPositionsNotCharacterPairs() throws InvalidQuery {
        assertEquals(anySide("zh:\"快递 员 投诉\"~5"), read("\"快递员 投诉\"~5"));
        assertEquals(anySide("zh:\"登记 投诉\""), read("\"登记投诉\""));
        // One word in quotes is no phrase: its character pair still counts.
        assertEquals(anySide("zh:\"上 门\" zh2:上门"), read("\"上门\""));
    }

    @Test
    void aRequiredSpeakerNarrowsTheWordsOfItsGroupToThatSide() throws InvalidQuery {
        String complaint = "zh:投诉 zh2:投诉";
        assertEquals("+speaker:AGENT +(" + agentSide(complaint) + ")", read("speaker:agent 投诉"));
        assertEquals("+(" + complaint + ") +speaker:CUSTOMER", read("投诉 AND speaker:customer"));
        assertEquals("+speaker:AGENT -(" + agentSide(complaint) + ")", read("speaker:agent NOT 投诉"));
        assertEquals("+(+speaker:AGENT +(" + agentSide("zh:抱歉 zh2:抱歉") + ")) +(" + complaint + ")",
                read("(speaker:agent 抱歉) AND speaker:customer AND 投诉").replace(" +speaker:CUSTOMER", ""));
        // Optional, or two sides at once: the speaker is only a filter and words stay on both sides.
        assertEquals("speaker:AGENT (" + anySide(complaint) + ")", read("speaker:agent OR 投诉"));
        assertEquals("+speaker:AGENT +speaker:CUSTOMER +(" + anySide(complaint) + ")",
                read("speaker:agent speaker:customer 投诉"));
        assertEquals("+speaker:BOT +(" + anySide(complaint) + ")", read("speaker:bot 投诉"));
    }

    @Test
    void patternsSearchWordsOnBothSides() throws InvalidQuery {
        assertEquals(anySide("zh:投*"), read("投*"));
        assertEquals(anySide("zh:parc* en:parc*"), read("parc*"));
        // Latin words may stand in Chinese text too (EMS, 5G): they are looked for in both languages.
        assertEquals(anySide("zh:em zh2:ems en:em"), read("EMS"));
        assertEquals("+speaker:AGENT +en_agent:parcel~2", read("speaker:agent en:parcel~").replace("zh_agent:parcel~2 ", ""));
    }

    @Test
    void booleans() throws InvalidQuery {
        String either = "(" + anySide("zh:投诉 zh2:投诉") + ")";
        String praise = "(" + anySide("zh:表扬 zh2:表扬") + ")";
        assertEquals(either + " " + praise, read("投诉 OR 表扬"));
        assertEquals("+" + either + " -" + praise, read("投诉 NOT 表扬"));
        assertEquals("+" + either + " -" + praise, read("+投诉 -表扬"));
        assertTrue(read("(alpha OR bravo) AND charlie").matches("\\+\\(\\(.*alpha.*\\) \\(.*bravo.*\\)\\) \\+\\(.*charli.*\\)"),
                read("(alpha OR bravo) AND charlie"));
    }

    @Test
    void fieldFiltersAreExactAndNormalised() throws InvalidQuery {
        assertEquals("speaker:AGENT", read("speaker:agent"));
        assertEquals("channel:TICKET", read("channel:ticket"));
        assertEquals("agent:agent1", read("agent:agent1"));
        assertEquals("team:A组", read("team:A组"));
        assertEquals("type:协查", read("type:协查"));
        assertEquals("team:A 组", read("team:\"A 组\""));
        assertEquals("+(zh:投诉 zh2:投诉) +speaker:CUSTOMER", read("投诉 speaker:customer"));
        assertEquals("channel:CALL", read("channel:call"));
    }

    @Test
    void datesBecomeDayRanges() throws InvalidQuery {
        long jan1 = LocalDate.parse("2026-01-01").toEpochDay();
        long jan31 = LocalDate.parse("2026-01-31").toEpochDay();
        assertEquals("day:[" + jan1 + " TO " + jan31 + "]", read("date:[2026-01-01 TO 2026-01-31]"));
        assertEquals("day:[" + jan1 + " TO " + jan31 + "]", read("date:2026-01"));
        assertEquals("day:[" + jan1 + " TO " + jan1 + "]", read("date:2026-01-01"));
        assertEquals("day:[" + (jan1 + 1) + " TO " + (jan31 - 1) + "]", read("date:{2026-01-01 TO 2026-01-31}"));
        assertEquals("day:[" + jan1 + " TO " + Long.MAX_VALUE + "]", read("date:[2026-01-01 TO *]"));
        assertEquals("day:[" + (jan31 + 1) + " TO " + Long.MAX_VALUE + "]", read("date:>2026-01"));
    }

    @ParameterizedTest
    @CsvSource({"score:<60,score:[* TO 60}", "score:<=60,score:[* TO 60]", "score:>60,score:{60 TO *]",
            "score:>=59.5,score:[59.5 TO *]", "投诉 score:<60,投诉 score:[* TO 60}"})
    void comparisonsBecomeRanges(String typed, String rewritten) throws InvalidQuery {
        assertEquals(rewritten, SearchQueryParser.comparisons(typed));
        assertNotNull(SearchQueryParser.read(typed));
    }

    @Test
    void scoreRangesAreNumeric() throws InvalidQuery {
        Query q = SearchQueryParser.read("score:<60");
        assertTrue(q.toString().startsWith("score:[-Infinity TO 59.99"), q.toString());
    }

    @Test
    void malformedQueriesSayWhatAndWhere() {
        InvalidQuery unclosed = assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("投诉 \"快递员"));
        assertNotNull(unclosed.column());
        InvalidQuery bracket = assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("(投诉 AND"));
        assertNotNull(bracket.reason());
        assertTrue(assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("colour:red")).reason().contains("colour"));
        assertTrue(assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("date:[2026-13-01 TO 2026-12-31]"))
                .reason().contains("2026-13-01"));
        assertTrue(assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("score:[low TO high]")).reason()
                .contains("low"));
        assertTrue(assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("agent:[a TO b]")).reason()
                .contains("agent"));
        assertEquals("empty", assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("  ")).reason());
        assertThrows(InvalidQuery.class, () -> SearchQueryParser.read(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "投诉 \"快递员         | UNCLOSED_QUOTE     | 8",
            "\"                   | UNCLOSED_QUOTE     | 2",
            "(投诉 AND            | ENDS_EARLY         | 8",
            "(投诉                | ENDS_EARLY         | 4",
            "agent:              | ENDS_EARLY         | 7",
            "投诉 AND             | ENDS_EARLY         | 7",
            "a^b                 | ENDS_EARLY         | 4",
            "\\                  | ENDS_EARLY         | 2",
            "AND                 | MISPLACED_OPERATOR | 1",
            "快递 OR OR            | MISPLACED_OPERATOR | 7",
            "投诉)                | STRAY_BRACKET      | 3",
            ")                   | STRAY_BRACKET      | 1",
            "*投诉                | LEADING_WILDCARD   |",
            "colour:red          | UNKNOWN_FIELD      |",
            "date:2026-13        | NOT_A_DATE         |",
            "score:[low TO 60]   | NOT_A_NUMBER       |",
            "agent:[a TO b]      | NOT_A_RANGE        |"})
    void malformedQueriesAreSortedIntoWhatAPersonDidWithOneBasedColumns(String query, InvalidQuery.Kind kind,
                                                                         Integer column) {
        InvalidQuery invalid = assertThrows(InvalidQuery.class, () -> SearchQueryParser.read(query));
        assertEquals(kind, invalid.kind(), invalid.reason());
        assertEquals(column, invalid.column(), invalid.reason());
    }

    @Test
    void theValueAtFaultIsKeptForTheMessage() {
        assertEquals("colour", assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("colour:red")).value());
        assertEquals("2026-13", assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("date:2026-13")).value());
        assertEquals("low", assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("score:[low TO 60]")).value());
        assertEquals("agent", assertThrows(InvalidQuery.class, () -> SearchQueryParser.read("agent:[a TO b]")).value());
        assertEquals(InvalidQuery.Kind.EMPTY, assertThrows(InvalidQuery.class, () -> SearchQueryParser.read(" ")).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "OR OR", "*投诉", "?x", "\"", "(", ")", "[", "agent:", "投诉~x", "a^b", "a:b:c", "\\"})
    void neverAnythingButInvalidQueryForGarbage(String q) {
        try {
            SearchQueryParser.read(q);
        } catch (InvalidQuery expected) {
            assertNotNull(expected.reason());
        }
    }
}
