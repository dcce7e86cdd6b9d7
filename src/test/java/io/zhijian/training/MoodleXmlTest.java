package io.zhijian.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoodleXmlTest {

    /** Moodle XML has no difficulty field; everything else survives GIFT → XML → questions. */
    private static Question comparable(Question q) {
        return new Question(q.category(), q.idNumber(), q.tags(), null, q.title(), q.format(), q.text(), q.textAfter(),
                q.type(), q.answers(), q.pairs(), q.correct(), q.feedbackWrong(), q.feedbackRight(),
                q.generalFeedback(), 0);
    }

    @Test
    void everyTypeSurvivesAnXmlRoundTrip() {
        List<Question> original = GiftParser.parse(GiftParserTest.EVERY_TYPE).questions();
        String xml = MoodleXml.write(original);
        GiftParser.Result read = MoodleXml.read(xml);
        assertEquals(List.of(), read.errors());
        assertEquals(original.stream().map(MoodleXmlTest::comparable).toList(),
                read.questions().stream().map(MoodleXmlTest::comparable).toList());
        assertTrue(xml.contains("<question type=\"matching\">"));
    }

    @Test
    void markupCharactersInTextsSurviveTheRoundTrip() {
        List<Question> original = GiftParser.parse("""
                $CATEGORY: 特殊/<&"'>

                ::A & B <c>::是否 "5 > 3" 且 ']]>' 不是结束？{TRUE#对 & 错 <b>}
                """).questions();
        assertEquals(1, original.size());
        String xml = MoodleXml.write(original);
        GiftParser.Result read = MoodleXml.read(xml);
        assertEquals(List.of(), read.errors());
        assertEquals(original.stream().map(MoodleXmlTest::comparable).toList(),
                read.questions().stream().map(MoodleXmlTest::comparable).toList());
    }

    @Test
    void readsAHandWrittenMoodleFile() {
        GiftParser.Result read = MoodleXml.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/话术</text></category></question>
                  <question type="multichoice">
                    <name><text>致歉</text></name>
                    <questiontext format="html"><text><![CDATA[<p>让客户等待后应说？</p>]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text>对不起，让您久等了</text><feedback><text>对</text></feedback></answer>
                    <answer fraction="0"><text>好了</text></answer>
                    <tags><tag><text>call-quality/standard-language</text></tag></tags>
                  </question>
                  <question type="truefalse">
                    <questiontext format="moodle_auto_format"><text>可以与客户争辩。</text></questiontext>
                    <answer fraction="0"><text>true</text><feedback><text>错</text></feedback></answer>
                    <answer fraction="100"><text>false</text><feedback><text>对</text></feedback></answer>
                  </question>
                </quiz>
                """);
        assertEquals(List.of(), read.errors());
        Question first = read.questions().get(0);
        assertEquals("话术", first.category());
        assertEquals(Question.Format.HTML, first.format());
        assertEquals("<p>让客户等待后应说？</p>", first.text());
        assertEquals(QuestionType.SINGLE_CHOICE, first.type());
        assertEquals(List.of("call-quality/standard-language"), first.tags());
        Question second = read.questions().get(1);
        assertEquals(Boolean.FALSE, second.correct());
        assertEquals("错", second.feedbackWrong());
        assertEquals("对", second.feedbackRight());
        assertEquals(12, second.line());
    }

    @Test
    void problemsAreReportedWithTheirLine() {
        GiftParser.Result read = MoodleXml.read("""
                <quiz>
                  <question type="cloze"><questiontext><text>完形</text></questiontext></question>
                  <question type="numerical"><questiontext><text>几？</text></questiontext>
                    <answer fraction="100"><text>abc</text></answer></question>
                </quiz>
                """);
        assertEquals(List.of("2 xml-unknown-type", "3 xml-bad-answer"),
                read.errors().stream().map(e -> e.line() + " " + e.code()).toList());
        assertEquals("4 xml-syntax", MoodleXml.read("<quiz>\n<question>\n\n</quiz>").errors().stream()
                .map(e -> e.line() + " " + e.code()).findFirst().orElseThrow());
        assertEquals("xml-not-quiz", MoodleXml.read("<html/>").errors().get(0).code());
    }

    @Test
    void dtdsAndExternalEntitiesAreRefused() {
        GiftParser.Result read = MoodleXml.read("""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz><question type="essay"><questiontext><text>&xxe;</text></questiontext></question></quiz>
                """);
        assertTrue(read.questions().isEmpty());
        assertEquals("xml-syntax", read.errors().get(0).code());
    }
}
