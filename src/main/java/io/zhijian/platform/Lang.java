package io.zhijian.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two UI languages and how a request's preferences map onto them. */
public final class Lang {

    public static final String EN = "en";
    public static final String ZH = "zh";
    public static final List<String> SUPPORTED = List.of(EN, ZH);
    public static final String COOKIE = "zhijian-lang";

    private Lang() {
    }

    /** "zh", "zh-CN", "ZH_tw" → "zh"; unknown or blank → empty. */
    public static Optional<String> normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_;]", 2)[0].toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(primary) ? Optional.of(primary) : Optional.empty();
    }

    /** Best supported language of an Accept-Language header, honouring q-values; else empty. */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> normalize(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }
}
