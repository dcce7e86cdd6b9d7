package io.zhijian.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit page never shows a raw ISO instant: recorded instants read as local date and time. */
class AuditDetailsTest {

    @Test
    void instantsInRecordedValuesReadAsLocalTimes() {
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
                .format(Instant.parse("2026-11-30T00:27:15.123456Z"));
        assertEquals("{\"username\":\"a\",\"createdAt\":\"" + local + "\"}",
                AuditTemplateExtensions.details("{\"username\":\"a\",\"createdAt\":\"2026-11-30T00:27:15.123456Z\"}"));
        assertEquals("{\"reason\":\"2026-11 月度考核\"}", AuditTemplateExtensions.details("{\"reason\":\"2026-11 月度考核\"}"));
        assertEquals("", AuditTemplateExtensions.details(null));
    }
}
