package io.zhijian.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zhijian.platform.AppMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Malformed JSON bodies are explained in the API's words, never with Jackson's Java type names. */
class JsonReasonsTest {

    enum Colour { RED, GREEN }

    record Body(String text, int count, Double ratio, boolean flag, List<String> tags, Colour colour, LocalDate day,
                YearMonth month, Instant at, LocalTime time, Inner inner) {
    }

    record Inner(String name) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** Each message as its name and arguments, so the test sees which one was chosen with what. */
    private static final AppMessages NAMES = (AppMessages) Proxy.newProxyInstance(AppMessages.class.getClassLoader(),
            new Class<?>[]{AppMessages.class}, (proxy, method, args) -> method.getName()
                    + (args == null ? "" : Stream.of(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": [1]}|jsonExpected(jsonKindText)",
            "{\"count\": \"many\"}|jsonNotA(many,jsonKindNumber)",
            "{\"count\": [1]}|jsonExpected(jsonKindNumber)",
            "{\"ratio\": \"half\"}|jsonNotA(half,jsonKindNumber)",
            "{\"flag\": \"perhaps\"}|jsonNotA(perhaps,jsonKindBoolean)",
            "{\"tags\": {\"a\": 1}}|jsonExpected(jsonKindList)",
            "{\"colour\": \"BLUE\"}|jsonNotOneOf(BLUE,RED, GREEN)",
            "{\"colour\": [\"RED\"]}|jsonExpected(jsonKindOneOf(RED, GREEN))",
            "{\"day\": \"30.11.2026\"}|jsonNotA(30.11.2026,jsonKindDate)",
            "{\"month\": \"Nov\"}|jsonNotA(Nov,jsonKindMonth)",
            "{\"at\": \"yesterday\"}|jsonNotA(yesterday,jsonKindInstant)",
            "{\"time\": \"nine\"}|jsonNotA(nine,jsonKindTimeOfDay)",
            "{\"inner\": \"x\"}|jsonExpected(jsonKindObject)",
            "[]|jsonExpected(jsonKindObject)",
            "{\"text\": \"oops\",|jsonSyntax",
            "{bad|jsonSyntax",
            "nul|jsonSyntax",
    })
    void namesWhatWasExpected(String body, String reason) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Body.class));
        assertEquals(reason, JsonReasons.reason(e, NAMES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"count\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"})
    void aLongValueIsShortened(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Body.class));
        assertEquals("jsonNotA(" + "a".repeat(80) + "…,jsonKindNumber)", JsonReasons.reason(e, NAMES));
    }
}
