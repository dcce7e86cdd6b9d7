package io.zhijian.training;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a trainee reads on the result page and the exam clock: never positions, JSON or raw seconds. */
class ReadableAnswersTest {

    private static final Map<String, Question> Q = GraderTest.Q;

    @Test
    void choicesAreShownByTheirText() {
        assertEquals("您好，很高兴为您服务！", ExamService.responseText(Q.get("开头语"), 0));
        assertEquals("说吧。", ExamService.responseText(Q.get("开头语"), 2));
        assertEquals("您好; 谢谢", ExamService.responseText(Q.get("多选"), List.of(0, 1)));
    }

    @Test
    void pairsNumbersAndTextsAsPeopleWriteThem() {
        assertEquals("协查 → 办结并判定责任", ExamService.responseText(Q.get("匹配"), Map.of("协查", "办结并判定责任")));
        assertEquals("10", ExamService.responseText(Q.get("数值"), 10.0));
        assertEquals("2.5", ExamService.responseText(Q.get("误差"), 2.5));
        assertEquals("姓名", ExamService.responseText(Q.get("简答"), "姓名"));
        assertNull(ExamService.responseText(Q.get("简答"), null));
    }

    @Test
    void malformedStoredResponsesAreShownAsTheyAreRatherThanFailing() {
        assertEquals("7", ExamService.responseText(Q.get("开头语"), 7));
        assertEquals("-1", ExamService.responseText(Q.get("开头语"), -1));
        assertEquals("x", ExamService.responseText(Q.get("开头语"), "x"));
        assertEquals("[a]", ExamService.responseText(Q.get("匹配"), List.of("a")));
    }

    @Test
    void theExamClockShowsMinutesAndSeconds() {
        assertEquals("00:00", TrainingTemplateExtensions.clock(0));
        assertEquals("00:00", TrainingTemplateExtensions.clock(-5));
        assertEquals("00:59", TrainingTemplateExtensions.clock(59));
        assertEquals("09:05", TrainingTemplateExtensions.clock(545));
        assertEquals("59:59", TrainingTemplateExtensions.clock(3599));
        assertEquals("1:00:00", TrainingTemplateExtensions.clock(3600));
        assertEquals("25:00:01", TrainingTemplateExtensions.clock(90001));
        assertEquals(45, TrainingTemplateExtensions.minutes(2700));
        assertEquals(1, TrainingTemplateExtensions.minutes(59));
    }

    @Test
    void aRefusalOfTheApiLandsAtTheFieldOfTheFormRowThatMadeIt() {
        List<Integer> rows = List.of(0, 2);
        assertEquals("title", TrainerExamPages.formField("title", rows));
        assertEquals("count_2", TrainerExamPages.formField("sections[1].count", rows));
        assertEquals("bank_0", TrainerExamPages.formField("sections[0]", rows));
        assertEquals("questions_0", TrainerExamPages.formField("sections[0].questions", rows));
        assertEquals("sections", TrainerExamPages.formField("sections[5].count", rows));
        assertEquals("assignTo", TrainerExamPages.formField("assignTo.users", rows));
        assertNull(TrainerExamPages.formField("gradingMethod", rows));
        assertNull(TrainerExamPages.formField("", rows));
    }
}
