package io.zhijian.platform;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LangTest {

    @ParameterizedTest
    @CsvSource({"zh,zh", "zh-CN,zh", "ZH_tw,zh", "en,en", "en-GB,en", "'  en ',en"})
    void normalizesSupportedTags(String tag, String expected) {
        assertEquals(Optional.of(expected), Lang.normalize(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "fr", "de-DE", "x", "*"})
    void rejectsUnsupportedTags(String tag) {
        assertEquals(Optional.empty(), Lang.normalize(tag));
    }

    @Test
    void nullIsNoLanguage() {
        assertEquals(Optional.empty(), Lang.normalize(null));
        assertEquals(Optional.empty(), Lang.fromAcceptLanguage(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9,en;q=0.8|zh",
            "en-US,en;q=0.9,zh;q=0.8|en",
            "fr-FR,fr;q=0.9,zh;q=0.5|zh",
            "en;q=0.1,zh;q=0.9|zh",
            "zh;q=0,en;q=0.5|en"})
    void acceptLanguagePicksTheBestSupportedByWeight(String header, String expected) {
        assertEquals(Optional.of(expected), Lang.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR,de;q=0.5", ";;;q=abc", "zh;q=2"})
    void acceptLanguageWithNothingUsableOrMalformedIsEmpty(String header) {
        assertEquals(Optional.empty(), Lang.fromAcceptLanguage(header));
    }
}
