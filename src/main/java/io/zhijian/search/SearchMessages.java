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

    @Message
    String srRebuildRunning();

    @Message
    String srPage();

    @Message
    String srSize(int max);

    @Message
    String srTooDeep(int max);

    @Message
    String srEmpty();

    @Message
    String srInvalid(String reason);

    @Message
    String srInvalidAt(int column, String reason);

    @Message
    String srUnclosedQuote();

    @Message
    String srEndsEarly();

    @Message
    String srMisplacedOperator();

    @Message
    String srStrayBracket();

    @Message
    String srLeadingWildcard();

    @Message
    String srUnknownField(String field);

    @Message
    String srNotADate(String value);

    @Message
    String srNotANumber(String value);

    @Message
    String srNotARange(String field);

    @Message
    String srNumber(String name);

    @Message
    String searchChat(long id);

    @Message
    String searchTypeValue(String code);
}
