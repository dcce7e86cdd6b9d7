package io.zhijian.training;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed question banks reward the source's KPI formulas (8.8.1) and tag items that exist. */
class SeedBankSourceTest {

    static Question question(String file, String id) throws IOException {
        GiftParser.Result result = GiftParser.parse(Files.readString(Path.of("question-banks", file)));
        assertTrue(result.ok(), result.errors().toString());
        return result.questions().stream().filter(q -> id.equals(q.idNumber())).findFirst().orElseThrow();
    }

    static int choice(Question q, String text) {
        List<String> texts = q.answers().stream().map(Question.Answer::text).toList();
        return texts.indexOf(text);
    }

    @Test
    void attendanceIsPresentDaysOverTheMonthsWorkingDays() throws IOException {
        Question q = question("online-service.gift", "os-023");
        assertEquals(1.0, Grader.fraction(q, "当月工作天数"));
        assertEquals(1.0, Grader.fraction(q, "工作天数"));
        assertEquals(0.5, Grader.fraction(q, "应出勤天数"));
        Question matching = question("online-service.gift", "os-024");
        assertTrue(matching.pairs().stream().anyMatch(p -> p.question().equals("出勤率")
                && p.answer().equals("出勤天数 ÷ 当月工作天数")), matching.pairs().toString());
    }

    @Test
    void ahtIsOverTheCallsTheSystemReceived() throws IOException {
        Question q = question("ticket-service.gift", "ts-024");
        assertEquals(1.0, Grader.fraction(q, choice(q, "系统接入电话数")));
        assertEquals(0.0, Grader.fraction(q, choice(q, "接听量")));
        assertEquals(0.0, Grader.fraction(q, choice(q, "外呼量")));
    }

    @Test
    void summarisingIsAnItemOfTheCallMonitoringSheet() throws IOException {
        Question q = question("scripts.gift", "sc-024");
        assertEquals(List.of("call-monitoring/summarising"), q.tags());
    }
}
