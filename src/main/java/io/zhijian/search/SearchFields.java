package io.zhijian.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import java.util.Map;
import java.util.Set;

/** The index's fields and their analysis: Chinese text with smartcn, English with stemming, the rest as keywords. */
public final class SearchFields {

    static final String ID = "id";
    /** Doc values grouping hits: a call's or chat's id (only a chat has {@link #CHAT_ID} doc values), or minus a ticket's id. */
    static final String KEY = "key";
    static final String TICKET_ID = "ticketId";
    static final String TICKET_NO = "ticket";
    static final String SUBTYPE = "subtype";
    static final String UNIT = "unit";
    static final String REGION = "region";
    static final String CALL_ID = "callId";
    static final String CHAT_ID = "chatId";
    static final String CHANNEL = "channel";
    static final String TYPE = "type";
    /** The "type" facet (CALL, or a ticket's type): doc values only, kept apart from the indexed ticket type. */
    static final String TYPE_FACET = "typeFacet";
    static final String SPEAKER = "speaker";
    static final String AGENT = "agent";
    static final String TEAM = "team";
    static final String LANGUAGE = "language";
    static final String DIRECTION = "direction";
    static final String DAY = "day";
    static final String DATE = "date";
    static final String MONTH = "month";
    static final String SCORE = "score";
    /** Items that lost points in an auto-QA result, and the results' suggested totals. */
    static final String AUTO = "auto";
    static final String AUTO_TOTAL = "autoTotal";
    static final String ZH = "zh";
    /**
     * Chinese text again as overlapping character pairs: word segmentation depends on context (smartcn reads
     * "时间上门取件" without the word 上门), so a query word also matches where its characters stand together.
     */
    static final String ZH_BIGRAMS = "zh2";
    static final String EN = "en";
    /**
     * A call is one document; what its agent said goes into these fields, what the customer said into the
     * plain ones (which also hold a ticket's text), so {@code speaker:agent} can narrow words to one side.
     */
    static final String AGENT_ZH = "zh_agent";
    static final String AGENT_ZH_BIGRAMS = "zh2_agent";
    static final String AGENT_EN = "en_agent";

    /** Fields a query may name with {@code field:value}, matched exactly (after normalising case where it has one). */
    static final Set<String> KEYWORDS = Set.of(CHANNEL, TYPE, SPEAKER, AGENT, TEAM, LANGUAGE, DIRECTION, TICKET_NO,
            SUBTYPE, UNIT, REGION, AUTO);

    private SearchFields() {
    }

    /** Turns of one call are values of one field; the gap keeps a phrase from running across two turns. */
    static final int TURN_GAP = 100;

    /**
     * Character pairs only widen what a word matches, so they are kept without positions or length norms
     * (phrases use smartcn's words): this halves the Chinese postings.
     */
    static final FieldType BIGRAMS;

    static {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        BIGRAMS = type;
    }

    private static final Analyzer KEYWORD = new KeywordAnalyzer();
    /** Analyzers are thread-safe and smartcn's is costly to build: one for the whole application. */
    private static final Map<String, Analyzer> TEXT_ANALYZERS;

    static {
        Analyzer zh = new SmartChineseAnalyzer();
        Analyzer pairs = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer en = new EnglishAnalyzer();
        TEXT_ANALYZERS = Map.of(ZH, zh, AGENT_ZH, zh, ZH_BIGRAMS, pairs, AGENT_ZH_BIGRAMS, pairs, EN, en, AGENT_EN, en);
    }

    private static final Analyzer ANALYZER = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return TEXT_ANALYZERS.getOrDefault(field, KEYWORD);
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return TEXT_ANALYZERS.containsKey(field) ? TURN_GAP : 0;
        }
    };

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The fields holding a text in this language said by this side ({@code agent}: the agent's turns of a call). */
    static String wordsField(String language, boolean agent) {
        boolean zh = "zh".equals(language);
        return agent ? (zh ? AGENT_ZH : AGENT_EN) : (zh ? ZH : EN);
    }
}
