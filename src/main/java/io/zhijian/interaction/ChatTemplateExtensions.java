package io.zhijian.interaction;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Computed values for the chat pages. */
@TemplateExtension
public class ChatTemplateExtensions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int SHORT = 40;

    /** A message's time in a timeline whose day is shown once: "09:30:12". */
    static String timeOfDay(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The start of a message, to pick it from a list. */
    static String abbreviated(String text) {
        return text == null || text.length() <= SHORT ? text : text.substring(0, SHORT) + "…";
    }
}
