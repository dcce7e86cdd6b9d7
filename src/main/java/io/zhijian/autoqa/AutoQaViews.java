package io.zhijian.autoqa;

import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** Results as a page shows them: scorecard and item names and answers in the reader's language, never keys. */
@ApplicationScoped
public class AutoQaViews {

    public record ShownItem(String itemKey, String itemName, String answer, String answerLabel, int rule,
                            List<AutoQaEngine.Evidence> evidence) {
    }

    public record ShownResult(String scorecardName, int version, String total, List<ShownItem> items) {
    }

    @Inject
    ScorecardService scorecards;

    public List<ShownResult> shown(AutoQaService.Results results, String lang) {
        List<ShownResult> shown = new ArrayList<>();
        for (AutoQaService.ResultView result : results.results()) {
            Scorecard card = scorecards.definition(result.scorecardKey(), result.scorecardVersion());
            List<ShownItem> items = new ArrayList<>();
            for (AutoQaEngine.Suggestion s : result.items()) {
                items.add(item(card, s, lang));
            }
            shown.add(new ShownResult(card.names().in(lang), result.scorecardVersion(),
                    AutoQaTemplateExtensions.shownTotal(result), items));
        }
        return shown;
    }

    public ShownItem item(Scorecard card, AutoQaEngine.Suggestion s, String lang) {
        return new ShownItem(s.itemKey(), card.itemName(s.itemKey(), lang), s.answer(),
                io.zhijian.scorecard.AnswerLabels.of(card.item(s.itemKey()).orElse(null), s.answer(), lang), s.rule(), s.evidence());
    }
}
