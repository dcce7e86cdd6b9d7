package io.zhijian.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Marking what a query looks for in text read back from the database. */
class HighlightsTest {

    private static Highlights.Marked mark(String query, String text, String language, boolean agent) throws InvalidQuery {
        return Highlights.of(SearchQueryParser.read(query)).mark(text, language, agent, 1000);
    }

    @Test
    void chineseWordsAreMarkedAcrossTheSpacesVoskWrites() throws InvalidQuery {
        assertEquals("我 要 投诉 你们 的 <mark>快递 员</mark>", mark("快递员", "我 要 投诉 你们 的 快递 员", "zh", false).html());
        assertEquals("非常 抱歉 我 <mark>马上</mark> 为 您", mark("马上", "非常 抱歉 我 马上 为 您", "zh", true).html());
        assertEquals("<mark>投诉</mark> 又 <mark>投诉</mark>", mark("投诉", "投诉 又 投诉", "zh", false).html());
    }

    @Test
    void countsTheWordsFound() throws InvalidQuery {
        assertEquals(2, mark("快递 投诉", "快递 被 投诉", "zh", false).found());
        assertEquals(0, mark("表扬", "快递 被 投诉", "zh", false).found());
    }

    @Test
    void aSpeakerFilterMarksOnlyThatSide() throws InvalidQuery {
        assertEquals(1, mark("投诉 speaker:agent", "我 登记 投诉", "zh", true).found());
        assertEquals("我 要 投诉", mark("投诉 speaker:agent", "我 要 投诉", "zh", false).html());
        assertEquals("我 要 <mark>投诉</mark>", mark("投诉", "我 要 投诉", "zh", true).html());
    }

    @Test
    void wordsUnderNotAreNotMarked() throws InvalidQuery {
        assertEquals("<mark>投诉</mark> 快递员", mark("投诉 NOT 快递员", "投诉 快递员", "zh", false).html());
    }

    @Test
    void englishWordsAreMarkedByTheirStems() throws InvalidQuery {
        assertEquals("the courier <mark>delivered</mark> my <mark>parcels</mark> late",
                mark("deliver parcel", "the courier delivered my parcels late", "en", false).html());
        assertEquals("<mark>Parcel</mark> on its way", mark("parcel", "Parcel on its way", "en", false).html());
        assertEquals("the <mark>courier</mark> <mark>delivered</mark>",
                mark("\"courier delivered\"", "the courier delivered", "en", true).html());
    }

    @Test
    void textsWithoutAnyPieceOfAStemAreNotAnalysed() {
        assertEquals(true, Highlights.mayContain("so happy today", Set.of("happi")));
        assertEquals(true, Highlights.mayContain("Parcels", Set.of("parcel")));
        assertEquals(false, Highlights.mayContain("the courier came", Set.of("parcel", "deliv")));
        assertEquals(false, Highlights.mayContain("anything", Set.of()));
    }

    @Test
    void patternsMarkTheWordsTheyMatch() throws InvalidQuery {
        assertEquals("<mark>parcels</mark> and <mark>parcel</mark> but not pack",
                mark("parc*", "parcels and parcel but not pack", "en", false).html());
        assertEquals("<mark>投诉</mark> 查询", mark("投*", "投诉 查询", "zh", false).html());
    }

    @Test
    void latinInChineseTextIgnoresCase() throws InvalidQuery {
        assertEquals("我的 <mark>EMS</mark> 快递", mark("ems", "我的 EMS 快递", "zh", false).html());
    }

    @Test
    void textIsEscapedAroundTheMarks() throws InvalidQuery {
        assertEquals("&lt;b&gt; <mark>投诉</mark> &amp; &quot;x&quot;", mark("投诉", "<b> 投诉 & \"x\"", "zh", false).html());
    }

    @Test
    void longTextIsCutAroundItsFirstMatch() {
        String text = "甲".repeat(300) + "投诉" + "乙".repeat(300);
        boolean[] marked = new boolean[text.length()];
        Highlights.markSubstrings(text, Set.of("投诉"), marked);
        String excerpt = Highlights.excerpt(text, marked, 100);
        assertEquals("… " + "甲".repeat(20) + "<mark>投诉</mark>" + "乙".repeat(78) + " …", excerpt);
        boolean[] none = new boolean[text.length()];
        assertEquals("甲".repeat(100) + " …", Highlights.excerpt(text, none, 100));
        assertEquals("短", Highlights.excerpt("短", new boolean[1], 100));
    }

    @Test
    void aMatchAtTheVeryEndIsShownWhole() {
        String text = "甲".repeat(300) + "投诉";
        boolean[] marked = new boolean[text.length()];
        Highlights.markSubstrings(text, Set.of("投诉"), marked);
        assertEquals("… " + "甲".repeat(98) + "<mark>投诉</mark>", Highlights.excerpt(text, marked, 100));
    }

    @Test
    void emptyWordsAndTextsAreHarmless() {
        boolean[] marked = new boolean[0];
        assertEquals(0, Highlights.markSubstrings("", Set.of("", "投诉"), marked));
        assertEquals("", Highlights.html("", marked));
    }
}
