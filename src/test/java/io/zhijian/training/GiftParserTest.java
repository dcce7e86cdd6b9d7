package io.zhijian.training;

import io.zhijian.training.Question.Answer;
import io.zhijian.training.Question.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class GiftParserTest {

    public static final String EVERY_TYPE = """
            // A bank with every type. This comment is ignored.
            $CATEGORY: $course$/在线客服/服务规范

            // [id:greet-1]
            // [tag:call-quality/opening-closing-script] [tag:entry-level]
            // [difficulty:2]
            ::开头语::接听电话时标准开头语是哪一句？{
              =您好，很高兴为您服务！#正确
              ~喂，什么事？#不规范
              ~%-50%说吧。#禁用语
            ####十字服务用语：您好、请、谢谢、对不起、再见。}

            ::多选::下列哪些属于十字服务用语？{
              ~%50%您好
              ~%50%谢谢
              ~%-100%不知道#这是服务禁用语
            }

            ::判断::客服可以与客户争辩。{FALSE#错：任何情况下都不能与客户争辩。#对。}

            ::简答::协查工单回访时首先应核对客户的什么信息？{=姓名 =%50%电话#部分正确}

            ::数值::坐席应提前几分钟到岗？{#10}

            ::误差::直派调度的反馈时限是几小时？{#2:0.5}

            ::范围::一次及时解决率的合格范围（%）是？{#80..100}

            ::多数值::圆周率约等于？{#
              =3.14159:0.0005#很精确
              =%50%3.14:0.01#基本正确
              ~#再想想
            }

            ::匹配::将工单类型与处理要求配对。{
              =协查 -> 在时限内派发责任单位并回访
              =主导 -> 办结并判定责任
              =直派 -> 审核责任单位反馈
              = -> 干扰项
            }

            ::论述::[markdown]请描述**受理投诉**的完整流程。{}

            服务禁用语包括"不知道"、"不归我们管"等。

            中国邮政客服热线是{=11185 ~12345 ~10086}号，全国统一。

            [html]工单的<b>保存</b>要点{=及时 =%50%准确} 见制度。

            ::转义::特殊字符 \\~ \\= \\# \\{ \\} \\: 和反斜杠 \\\\ 都能写出来\\n第二行{=是 \\= 等号 ~否}
            """;

    static List<Question> parse(String gift) {
        GiftParser.Result result = GiftParser.parse(gift);
        assertTrue(result.ok(), () -> result.errors().stream().map(e -> e.line() + " " + e.code()).toList().toString());
        return result.questions();
    }

    static Map<String, Question> byTitle(List<Question> questions) {
        return questions.stream().filter(q -> q.title() != null)
                .collect(Collectors.toMap(Question::title, Function.identity()));
    }

    @Test
    void everyTypeIsRecognised() {
        List<Question> questions = parse(EVERY_TYPE);
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.NUMERICAL, QuestionType.NUMERICAL,
                QuestionType.NUMERICAL, QuestionType.MATCHING, QuestionType.ESSAY, QuestionType.DESCRIPTION,
                QuestionType.MISSING_WORD, QuestionType.MISSING_WORD, QuestionType.SINGLE_CHOICE),
                questions.stream().map(Question::type).toList());
        questions.forEach(q -> assertEquals("在线客服/服务规范", q.category()));
    }

    @Test
    void singleChoiceHasWeightsFeedbackGeneralFeedbackIdAndTags() {
        Question q = byTitle(parse(EVERY_TYPE)).get("开头语");
        assertEquals("接听电话时标准开头语是哪一句？", q.text());
        assertEquals(List.of(Answer.choice("您好，很高兴为您服务！", 100, "正确"), Answer.choice("喂，什么事？", 0, "不规范"),
                Answer.choice("说吧。", -50, "禁用语")), q.answers());
        assertEquals("十字服务用语：您好、请、谢谢、对不起、再见。", q.generalFeedback());
        assertEquals("greet-1", q.idNumber());
        assertEquals(List.of("call-quality/opening-closing-script", "entry-level"), q.tags());
        assertEquals(Integer.valueOf(2), q.difficulty());
        assertEquals(7, q.line());
    }

    @Test
    void theOtherTypesCarryWhatTheyNeed() {
        Map<String, Question> q = byTitle(parse(EVERY_TYPE));
        assertEquals(List.of(50.0, 50.0, -100.0), q.get("多选").answers().stream().map(Answer::fraction).toList());
        Question tf = q.get("判断");
        assertEquals(Boolean.FALSE, tf.correct());
        assertEquals("错：任何情况下都不能与客户争辩。", tf.feedbackWrong());
        assertEquals("对。", tf.feedbackRight());
        assertEquals(List.of(Answer.choice("姓名", 100, null), Answer.choice("电话", 50, "部分正确")),
                q.get("简答").answers());
        assertEquals(List.of(Answer.number(10, 0, 100, null)), q.get("数值").answers());
        assertEquals(List.of(Answer.number(2, 0.5, 100, null)), q.get("误差").answers());
        assertEquals(List.of(Answer.number(90, 10, 100, null)), q.get("范围").answers());
        assertEquals(List.of(Answer.number(3.14159, 0.0005, 100, "很精确"), Answer.number(3.14, 0.01, 50, "基本正确"),
                new Answer(null, 0, "再想想", null, null)), q.get("多数值").answers());
        assertEquals(List.of(new Pair("协查", "在时限内派发责任单位并回访"), new Pair("主导", "办结并判定责任"),
                new Pair("直派", "审核责任单位反馈"), new Pair("", "干扰项")), q.get("匹配").pairs());
        assertEquals(Question.Format.MARKDOWN, q.get("论述").format());
        assertEquals("请描述**受理投诉**的完整流程。", q.get("论述").text());
        assertEquals("特殊字符 ~ = # { } : 和反斜杠 \\ 都能写出来\n第二行", q.get("转义").text());
        assertEquals("是 = 等号", q.get("转义").answers().get(0).text());
    }

    @Test
    void missingWordKeepsTheTextAroundTheBlank() {
        List<Question> questions = parse(EVERY_TYPE);
        Question hotline = questions.get(11);
        assertEquals("中国邮政客服热线是", hotline.text());
        assertEquals("号，全国统一。", hotline.textAfter());
        assertEquals(List.of("11185", "12345", "10086"), hotline.answers().stream().map(Answer::text).toList());
        Question html = questions.get(12);
        assertEquals(Question.Format.HTML, html.format());
        assertEquals("见制度。", html.textAfter());
        assertEquals(List.of(100.0, 50.0), html.answers().stream().map(Answer::fraction).toList());
        Question description = questions.get(10);
        assertNull(description.title());
        assertTrue(description.answers().isEmpty());
    }

    @Test
    void exportThenImportGivesTheSameBank() {
        List<Question> original = parse(EVERY_TYPE);
        String exported = GiftWriter.write(original);
        List<Question> again = parse(exported);
        assertEquals(original.stream().map(Question::withoutLine).toList(),
                again.stream().map(Question::withoutLine).toList());
        assertEquals(exported, GiftWriter.write(again));
    }

    @Test
    void questionsWithoutACategoryAndWindowsLineEndings() {
        List<Question> questions = parse("\uFEFF问题一{T}\r\n\r\n问题二{F#错#对}\r\n");
        assertEquals(2, questions.size());
        assertEquals("", questions.get(0).category());
        assertEquals(Boolean.TRUE, questions.get(0).correct());
        assertEquals("对", questions.get(1).feedbackRight());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "问题{=对 ~错|1|unclosed-brace",
            "\\n\\n第一行\\n第二行 {=a ~b|4|unclosed-brace",
            "问题 } 多了|1|unopened-brace",
            "::标题没有结束 问题{=a ~b}|1|unclosed-title",
            "配对{=a -> 1}|1|matching-pairs",
            "配对{=a -> 1 =b 2}|1|matching-arrow",
            "权重{~%45%a ~%55%b}|1|unknown-weight",
            "权重{~%abc%a =b}|1|unknown-weight",
            "多选{~%50%a ~%25%b ~c}|1|weights-sum",
            "选择{~只有一个}|1|too-few-choices",
            "数值{#abc}|1|bad-number",
            "数值{#5..1}|1|bad-number",
            "{=没有题干 ~b}|1|no-text",
            "// [difficulty:9]\\n问题{T}|1|bad-difficulty"})
    void malformedQuestionsAreReportedWithTheirLine(String gift, int line, String code) {
        GiftParser.Result result = GiftParser.parse(gift.replace("\\n", "\n"));
        assertFalse(result.ok());
        assertEquals(List.of(line + " " + code),
                result.errors().stream().map(e -> e.line() + " " + e.code()).toList());
        assertTrue(result.questions().isEmpty());
    }

    @Test
    void oneBadQuestionDoesNotHideTheOthersOrTheirErrors() {
        GiftParser.Result result = GiftParser.parse("好{=a ~b}\n\n坏{=a ~b\n\n也坏{~%7%a ~b}\n\n好二{T}");
        assertEquals(List.of("3 unclosed-brace", "5 unknown-weight"),
                result.errors().stream().map(e -> e.line() + " " + e.code()).toList());
        assertEquals(2, result.questions().size());
    }
}
