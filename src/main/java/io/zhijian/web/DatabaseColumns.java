package io.zhijian.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The field a database refusal names: H2 says {@code Value too long for column "TIME_LIMIT CHARACTER VARYING(20)"}. */
final class DatabaseColumns {

    private static final Pattern COLUMN = Pattern.compile("(?i)for column \\\\?\"([A-Za-z0-9_.]+)");

    private DatabaseColumns() {
    }

    /** The column as the API names fields ({@code time_limit} → {@code timeLimit}), or null when not said. */
    static String named(String message) {
        Matcher m = message == null ? null : COLUMN.matcher(message);
        if (m == null || !m.find()) {
            return null;
        }
        String column = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
        String[] parts = column.toLowerCase(Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return field.toString();
    }
}
