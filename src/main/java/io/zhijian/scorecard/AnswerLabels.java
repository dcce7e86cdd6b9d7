package io.zhijian.scorecard;

import io.zhijian.platform.Messages;

/** An answer as people read it, in their language: "是", "8 分 · 完整", "不适用" — never the stored form. */
public final class AnswerLabels {

    private AnswerLabels() {
    }

    /** {@code item} may be null (an item the version no longer has): the answer then reads as points or yes/no. */
    public static String of(Scorecard.Item item, String answer, String lang) {
        ScorecardMessages m = Messages.bundle(ScorecardMessages.class, lang);
        switch (answer) {
            case Answers.NA -> {
                return m.scAnswerNa();
            }
            case "yes" -> {
                return m.scAnswerYes();
            }
            case "no" -> {
                return m.scAnswerNo();
            }
            default -> {
                String points = m.scAnswerPoints(answer);
                if (item != null) {
                    for (Scorecard.Level level : item.levels()) {
                        if (Scorecard.points(level.points()).equals(answer)) {
                            return points + " · " + level.description().in(lang);
                        }
                    }
                }
                return points;
            }
        }
    }
}
