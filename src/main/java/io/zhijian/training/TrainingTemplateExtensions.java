package io.zhijian.training;

import io.quarkus.qute.TemplateExtension;

import java.util.Collection;

/** Computed values for the exam pages. */
@TemplateExtension
public final class TrainingTemplateExtensions {

    private TrainingTemplateExtensions() {
    }

    /** Whether the saved response picks this choice (one index, or one of several). */
    static boolean picked(ExamService.SlotView slot, int choiceId) {
        Object response = slot.response();
        if (response instanceof Number number) {
            return number.intValue() == choiceId;
        }
        return response instanceof Collection<?> many
                && many.stream().anyMatch(r -> r instanceof Number n && n.intValue() == choiceId);
    }

    /** Marks as people write them: 2, 1.5. */
    static String marksShown(ExamService.SlotView slot) {
        return Gift.number(slot.marks());
    }

    /** The saved answer to a matching left item, or "". */
    static String matched(ExamService.SlotView slot, String left) {
        return slot.response() instanceof java.util.Map<?, ?> map && map.get(left) != null ? map.get(left).toString() : "";
    }
}
