package io.zhijian.search;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Computed values for the search page. */
@TemplateExtension
public class SearchTemplateExtensions {

    static String urlEncode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    /** The query narrowed to one facet value ({@code month} narrows by date). */
    static String facetQuery(String query, String facet, String value) {
        String filter = switch (facet) {
            case "month" -> "date:" + value;
            // The type facet holds CALL, CHAT, or a ticket's type (协查 …).
            case "type" -> "CALL".equals(value) || "CHAT".equals(value) ? "channel:" + value.toLowerCase(java.util.Locale.ROOT)
                    : "type:\"" + value.replace("\"", "") + "\"";
            default -> facet + ":\"" + value.replace("\"", "") + "\"";
        };
        return "(" + query + ") AND " + filter;
    }
}
