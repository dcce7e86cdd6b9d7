package io.zhijian.autoqa;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseMatcherTest {

    static List<PhraseMatcher.Match> find(List<String> phrases, String text) {
        List<PhraseMatcher.Match> out = new ArrayList<>();
        new PhraseMatcher(phrases).find(PhraseMatcher.normalize(text), out);
        return out;
    }

    @Test
    void normalizingDropsVoskSpacesBetweenChineseWordsAndCase() {
        assertEquals("您好请问有什么可以帮您", PhraseMatcher.normalize("您好 请问 有 什么 可以 帮 您"));
        assertEquals("ems快递is late", PhraseMatcher.normalize("  EMS  快递\tis   LATE "));
        assertEquals("", PhraseMatcher.normalize("   "));
    }

    @Test
    void findsEveryPhraseInOnePassIncludingOverlapsAndSuffixes() {
        List<PhraseMatcher.Match> found = find(List.of("不知道", "知道", "我不知道啊", "道"), "我 不 知道 啊");
        // ends at 知道 (index 3): 不知道, 知道, 道; ends at 啊: 我不知道啊
        assertEquals(List.of(new PhraseMatcher.Match(0, 1, 4), new PhraseMatcher.Match(1, 2, 4),
                new PhraseMatcher.Match(3, 3, 4), new PhraseMatcher.Match(2, 0, 5)), found);
    }

    @Test
    void englishPhrasesMatchWholeWordsOnlyAndIgnoreCase() {
        assertEquals(List.of(), find(List.of("no"), "I know nothing"));
        assertEquals(1, find(List.of("no"), "No, thanks").size());
        assertEquals(1, find(List.of("thank you"), "well THANK   you!").size());
        assertEquals(List.of(), find(List.of("thank you"), "thank youth"));
        // A Latin phrase inside Chinese speech has boundaries at the Chinese characters.
        assertEquals(1, find(List.of("ems"), "您的EMS快递").size());
    }

    @Test
    void emptyAndDuplicatePhrasesAreHarmless() {
        assertEquals(List.of(), find(List.of(), "anything"));
        assertEquals(List.of(), find(List.of(""), "anything"));
        assertEquals(2, find(List.of("好", "好"), "好").size());
        assertEquals(List.of(), find(List.of("您好"), ""));
    }

    @Test
    void agreesWithNaiveSearchOnRandomTexts() {
        Random random = new Random(11);
        String alphabet = "您好再见谢谢请ab ";
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                phrases.add(PhraseMatcher.normalize(random(random, alphabet, 1 + random.nextInt(3))));
            }
            String text = PhraseMatcher.normalize(random(random, alphabet, random.nextInt(30)));
            int naive = 0;
            for (String phrase : phrases) {
                if (phrase.isEmpty()) {
                    continue;
                }
                for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
                    boolean startOk = !PhraseMatcher.latin(phrase.charAt(0)) || i == 0 || !PhraseMatcher.latin(text.charAt(i - 1));
                    int end = i + phrase.length();
                    boolean endOk = !PhraseMatcher.latin(phrase.charAt(phrase.length() - 1)) || end == text.length()
                            || !PhraseMatcher.latin(text.charAt(end));
                    naive += startOk && endOk ? 1 : 0;
                }
            }
            List<PhraseMatcher.Match> found = new ArrayList<>();
            new PhraseMatcher(phrases).find(text, found);
            assertEquals(naive, found.size(), phrases + " in \"" + text + "\"");
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
