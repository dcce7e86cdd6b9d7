package io.zhijian.search;

import io.zhijian.interaction.ChatMessage;
import io.zhijian.interaction.ChatService;
import io.zhijian.platform.Pii;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * A chat conversation as one document, like a call: each message is one value of its side's text field (the
 * agent's messages in the agent fields, the customer's in the plain ones, so {@code speaker:customer} narrows words
 * to what the customer wrote); SYSTEM notices are not indexed.
 */
final class ChatDocument {

    static final String CHAT = "CHAT";

    private ChatDocument() {
    }

    static Document of(ChatService.IndexableChat chat, Double score, io.zhijian.autoqa.AutoQaService.Flags auto) {
        String language = language(chat);
        LocalDate day = chat.startedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        Document d = new Document();
        d.add(new StringField(SearchFields.CHAT_ID, Long.toString(chat.id()), Field.Store.NO));
        // Only chats have this doc value: it is how a hit is known to be a chat (a field's kind of doc values must be
        // the same in every document, so the channel field, indexed only in calls and tickets, cannot carry it).
        d.add(new NumericDocValuesField(SearchFields.CHAT_ID, chat.id()));
        d.add(new NumericDocValuesField(SearchFields.KEY, chat.id()));
        d.add(new StringField(SearchFields.CHANNEL, CHAT, Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.TYPE_FACET, new BytesRef(CHAT)));
        CallIndexer.keyword(d, SearchFields.AGENT, chat.agent());
        if (chat.team() != null) {
            CallIndexer.keyword(d, SearchFields.TEAM, chat.team());
        }
        d.add(new StringField(SearchFields.LANGUAGE, language, Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.LANGUAGE, new BytesRef(language)));
        CallIndexer.day(d, day);
        d.add(new SortedDocValuesField(SearchFields.MONTH, new BytesRef(day.toString().substring(0, 7))));
        CallIndexer.score(d, score);
        CallIndexer.autoQa(d, auto);
        boolean zh = "zh".equals(language);
        Set<String> speakers = new HashSet<>();
        for (ChatMessage message : chat.messages()) {
            if (message.from() == ChatMessage.Sender.SYSTEM) {
                continue;
            }
            boolean agent = message.from() == ChatMessage.Sender.AGENT;
            if (speakers.add(message.from().name())) {
                d.add(new StringField(SearchFields.SPEAKER, message.from().name(), Field.Store.NO));
            }
            String masked = Pii.maskText(message.text());
            d.add(new TextField(SearchFields.wordsField(language, agent), masked, Field.Store.NO));
            if (zh) {
                d.add(new Field(agent ? SearchFields.AGENT_ZH_BIGRAMS : SearchFields.ZH_BIGRAMS, masked, SearchFields.BIGRAMS));
            }
        }
        return d;
    }

    /** Chinese when any message has a Chinese character (smartcn reads the Latin words in it too), else English. */
    static String language(ChatService.IndexableChat chat) {
        for (ChatMessage message : chat.messages()) {
            if (message.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return "zh";
            }
        }
        return "en";
    }
}
