package io.zhijian.training;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GraderTest {

    static final Map<String, Question> Q = GiftParserTest.byTitle(GiftParser.parse(GiftParserTest.EVERY_TYPE).questions());

    private static double grade(String title, Object response) {
        return Grader.fraction(Q.get(title), response);
    }

    @Test
    void singleChoiceTakesTheChosenAnswersFractionNeverBelowZero() {
        assertEquals(1.0, grade("开头语", 0));
        assertEquals(0.0, grade("开头语", 1));
        assertEquals(0.0, grade("开头语", 2), "−50% is floored at 0");
        assertEquals(0.0, grade("开头语", 7));
        assertEquals(0.0, grade("开头语", "0"));
        assertEquals(0.0, grade("开头语", null));
    }

    @Test
    void multipleAnswersAddUpAndAreClamped() {
        assertEquals(1.0, grade("多选", List.of(0, 1)));
        assertEquals(0.5, grade("多选", List.of(0)));
        assertEquals(0.0, grade("多选", List.of(0, 2)), "50 − 100 is floored at 0");
        assertEquals(0.5, grade("多选", List.of(0, 0)), "a choice counts once");
        assertEquals(0.0, grade("多选", 0));
    }

    @Test
    void trueFalseShortAnswerNumericalAndMatching() {
        assertEquals(1.0, grade("判断", false));
        assertEquals(0.0, grade("判断", true));
        assertEquals(0.0, grade("判断", "false"));
        assertEquals(1.0, grade("简答", " 姓名 "));
        assertEquals(0.5, grade("简答", "电话"));
        assertEquals(0.0, grade("简答", "地址"));
        assertEquals(1.0, grade("误差", 2.4));
        assertEquals(0.0, grade("误差", 2.6));
        assertEquals(1.0, grade("范围", "85"));
        assertEquals(0.5, grade("多数值", 3.145));
        assertEquals(1.0, grade("多数值", 3.1416));
        assertEquals(0.0, grade("多数值", "abc"));
        assertEquals(1.0, grade("匹配", Map.of("协查", "在时限内派发责任单位并回访", "主导", "办结并判定责任", "直派", "审核责任单位反馈")));
        assertEquals(1.0 / 3, grade("匹配", Map.of("协查", "在时限内派发责任单位并回访", "主导", "干扰项")), 1e-9);
    }

    @Test
    void essaysNeedAPersonAndDescriptionsScoreNothing() {
        assertNull(Grader.fraction(Q.get("论述"), "任何回答"));
        List<Question> all = GiftParser.parse(GiftParserTest.EVERY_TYPE).questions();
        assertEquals(0.0, Grader.fraction(all.get(10), "x"));
        Question hotline = all.get(11);
        assertEquals(1.0, Grader.fraction(hotline, 0));
        Question html = all.get(12);
        assertEquals(0.5, Grader.fraction(html, "准确"), "a missing word without wrong choices is typed");
    }
}
