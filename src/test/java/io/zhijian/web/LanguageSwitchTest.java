package io.zhijian.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSwitchTest {

    @ParameterizedTest
    @CsvSource({"/,/", "/admin/users,/admin/users", "/admin/users?saved=x,/admin/users?saved=x"})
    void keepsLocalPaths(String path, String expected) {
        assertEquals(expected, LanguageSwitch.safeLocalPath(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "\\\\evil", "/\\evil", "javascript:alert(1)",
            "/a\nb", "/a b<"})
    void refusesAnythingThatCouldLeaveTheSite(String path) {
        assertEquals("/", LanguageSwitch.safeLocalPath(path));
    }
}
