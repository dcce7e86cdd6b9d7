package io.zhijian.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the search pages ({@code search:key}): {@code messages/search_en.properties}, {@code search_zh.properties}. */
@MessageBundle(value = "search", locale = "en")
public interface SearchMessages {

    @Message
    String searchTitle();

    @Message
    String searchPlaceholder();

    @Message
    String searchButton();

    @Message
    String searchHelp();

    @Message
    String searchHelpText();

    @Message
    String searchTotal(long total);

    @Message
    String searchNone();

    @Message
    String searchFacet(String code);

    @Message
    String searchCall(long id);

    @Message
    String searchTicket(String no);

    @Message
    String searchAt(String clock);

    @Message
    String searchPrevious();

    @Message
    String searchNext();

    @Message
    String searchAdminTitle();

    @Message
    String searchAdminHint();

    @Message
    String searchRebuild();

    @Message
    String searchRebuildState(String state, long done, long total);
}
