package io.zhijian.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;
import java.util.Set;

/** The index's fields and their analysis: Chinese text with smartcn, English with stemming, the rest as keywords. */
public final class SearchFields {

    static final String ID = "id";
    /** Doc values grouping hits: a call's id, or minus a ticket's id. */
    static final String KEY = "key";
    static final String TICKET_ID = "ticketId";
    static final String TICKET_NO = "ticket";
    static final String SUBTYPE = "subtype";
    static final String UNIT = "unit";
    static final String REGION = "region";
    static final String CALL_ID = "callId";
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
    static final String START = "start";
    static final String SCORE = "score";
    static final String ZH = "zh";
    /**
     * Chinese text again as overlapping character pairs: word segmentation depends on context (smartcn reads
     * "时间上门取件" without the word 上门), so a query word also matches where its characters stand together.
     */
    static final String ZH_BIGRAMS = "zh2";
    static final String EN = "en";

    /** Fields a query may name with {@code field:value}, matched exactly (after normalising case where it has one). */
    static final Set<String> KEYWORDS = Set.of(CHANNEL, TYPE, SPEAKER, AGENT, TEAM, LANGUAGE, DIRECTION, TICKET_NO,
            SUBTYPE, UNIT, REGION);

    private SearchFields() {
    }

    /** Analyzers are thread-safe and smartcn's is costly to build: one for the whole application. */
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
            Map.of(ZH, new SmartChineseAnalyzer(), ZH_BIGRAMS, new CJKAnalyzer(CharArraySet.EMPTY_SET), EN, new EnglishAnalyzer()));

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    static String textField(String language) {
        return "zh".equals(language) ? ZH : EN;
    }
}
