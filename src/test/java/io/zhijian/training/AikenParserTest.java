package io.zhijian.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AikenParserTest {

    @Test
    void readsQuestionsWithEitherOptionStyle() {
        GiftParser.Result result = AikenParser.parse("""
                坐席应提前多少分钟到岗？
                A. 5 分钟
                B. 10 分钟
                C) 15 分钟
                ANSWER: B
                下列哪项是服务禁用语？
                A) 您好
                B) 不知道
                ANSWER: B
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(2, result.questions().size());
        Question first = result.questions().get(0);
        assertEquals("坐席应提前多少分钟到岗？", first.text());
        assertEquals(QuestionType.SINGLE_CHOICE, first.type());
        assertEquals(List.of(0.0, 100.0, 0.0), first.answers().stream().map(Question.Answer::fraction).toList());
        assertEquals("15 分钟", first.answers().get(2).text());
        assertEquals(6, result.questions().get(1).line());
    }

    @Test
    void reportsEachProblemWithItsLine() {
        GiftParser.Result result = AikenParser.parse("""
                问题一
                A. 甲
                B. 乙
                ANSWER: D

                问题二
                A. 只有一个
                ANSWER: A

                问题三
                A. 甲
                这一行不是选项
                B. 乙
                ANSWER: a

                问题四
                A. 甲
                B. 乙
                """);
        assertEquals(List.of("4 aiken-answer-letter", "6 too-few-choices", "12 aiken-line", "14 aiken-line",
                        "10 aiken-no-answer", "16 aiken-no-answer"),
                result.errors().stream().map(e -> e.line() + " " + e.code()).toList());
        assertEquals(List.of(), result.questions());
    }
}
