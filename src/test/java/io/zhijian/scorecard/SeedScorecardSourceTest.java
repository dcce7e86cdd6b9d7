package io.zhijian.scorecard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed scorecards read side by side with the source (9.1.1, 9.1.2, 5.4.4): its order and its own texts. */
class SeedScorecardSourceTest {

    static Scorecard card(String file) throws IOException {
        ScorecardYaml.ReadResult read = ScorecardYaml.read(Files.readString(Path.of("scorecards", file)));
        assertTrue(read.ok(), read.errors().toString());
        return read.scorecard();
    }

    static Map<String, Scorecard.Item> items(Scorecard card) {
        return card.sections().stream().flatMap(s -> s.items().stream())
                .collect(Collectors.toMap(Scorecard.Item::key, i -> i));
    }

    static String level(Scorecard.Item item, double points) {
        return item.levels().stream().filter(l -> l.points() == points).findFirst().orElseThrow().description().zh();
    }

    @Test
    void callQualityFollowsTheSourceOrderAndTexts() throws IOException {
        Scorecard card = card("call-quality.yaml");
        List<String> order = card.sections().stream().flatMap(s -> s.items().stream()).map(Scorecard.Item::key).toList();
        assertEquals(List.of("opening-closing-script", "articulation", "standard-language", "speech-rate", "tone",
                "patience", "emotion-control", "listening", "expression", "responsiveness", "guidance",
                "product-knowledge", "process-fluency", "independent-handling", "call-acceptance",
                "operating-procedure"), order);
        Map<String, Scorecard.Item> items = items(card);
        assertEquals("较全面掌握规范用语，可以较灵活地运用，\"十字服务用语\"运用较少，没有服务禁用语，但出现不恰当言辞",
                level(items.get("standard-language"), 3));
        assertTrue(level(items.get("process-fluency"), 0).startsWith("未掌握各项业务和处理流程，未及时答复，或导致"));
        assertTrue(level(items.get("call-acceptance"), 0).contains("或话务受理不规范"));
        assertTrue(level(items.get("call-acceptance"), 5).contains("及时接听"));
        assertTrue(level(items.get("operating-procedure"), 0).contains("推诿"));
        assertTrue(level(items.get("patience"), 5).contains("无打断客户讲话和主动"));
        assertEquals(List.of("standard-language", "patience", "emotion-control"), order.stream()
                .filter(k -> items.get(k).tags().contains("attitude")).toList());
        assertEquals(100.0, items.values().stream().mapToDouble(Scorecard.Item::maxPoints).sum());
    }

    @Test
    void callQualityCommentsEveryTextThatFillsAGap() throws IOException {
        String file = Files.readString(Path.of("scorecards", "call-quality.yaml"));
        for (String item : List.of("speech-rate", "tone", "process-fluency", "independent-handling")) {
            String block = file.substring(file.lastIndexOf("\n", file.indexOf("- key: " + item) - 1) - 300,
                    file.indexOf("- key: " + item) + 1200);
            assertTrue(block.contains("cut off") || block.contains("lost in the scrape"), item);
        }
    }

    @Test
    void aWrongResponsibleUnitZeroesTheTicketOnlyWhenItAffectedHandling() throws IOException {
        Map<String, Scorecard.Item> items = items(card("ticket-quality.yaml"));
        assertTrue(items.get("classification").levels().stream()
                .anyMatch(l -> l.points() > 0 && l.description().zh().contains("责任单位错误，但未影响")));
        assertTrue(items.get("responsible-unit-correct").names().zh().contains("影响处理"));
    }

    @Test
    void colloquialSpeechIsNotRudeLanguage() throws IOException {
        Map<String, Scorecard.Item> items = items(card("call-monitoring.yaml"));
        String zh = items.get("prohibited-phrases").description().zh();
        assertTrue(zh.contains("口语") && !zh.contains("不文明"), zh);
        assertTrue(items.containsKey("summarising"));
    }
}
