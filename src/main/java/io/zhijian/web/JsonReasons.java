package io.zhijian.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.zhijian.platform.AppMessages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON request body, in the caller's language and the API's own words: Jackson's messages name
 * Java classes and parser tokens, which say nothing to an API client and show the server's insides.
 */
final class JsonReasons {

    private static final int MAX_VALUE_CHARS = 80;

    private JsonReasons() {
    }

    static String reason(JsonProcessingException e, AppMessages messages) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            String value = shown(format.getValue());
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return messages.jsonNotOneOf(value, allowed(target));
            }
            return messages.jsonNotA(value, kind(target, messages));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return messages.jsonExpected(kind(mismatch.getTargetType(), messages));
        }
        return messages.jsonSyntax();
    }

    static String kind(Class<?> type, AppMessages messages) {
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return messages.jsonKindText();
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return messages.jsonKindNumber();
        }
        if (type == Boolean.class || type == boolean.class) {
            return messages.jsonKindBoolean();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return messages.jsonKindList();
        }
        if (type == LocalDate.class) {
            return messages.jsonKindDate();
        }
        if (type == YearMonth.class) {
            return messages.jsonKindMonth();
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return messages.jsonKindInstant();
        }
        if (type == LocalTime.class) {
            return messages.jsonKindTimeOfDay();
        }
        if (type.isEnum()) {
            return messages.jsonKindOneOf(allowed(type));
        }
        return messages.jsonKindObject();
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
