package io.zhijian.identity;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an audit entry's recorded values read on the audit page. */
@TemplateExtension(namespace = "audit")
public final class AuditTemplateExtensions {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private AuditTemplateExtensions() {
    }

    /** The recorded JSON with its instants (stored as ISO UTC) shown as local date and time, as everywhere else. */
    static String details(String json) {
        if (json == null) {
            return "";
        }
        Matcher m = INSTANT.matcher(json);
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = SHOWN.format(Instant.parse(m.group()));
            } catch (DateTimeParseException e) {
                replacement = m.group();
            }
            m.appendReplacement(shown, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(shown);
        return shown.toString();
    }
}
