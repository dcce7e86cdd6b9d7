package io.zhijian.evaluation;

import io.zhijian.autoqa.AutoQaService;
import io.zhijian.interaction.Interactions;
import io.zhijian.scorecard.AutoAgreement;
import io.zhijian.scorecard.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The auto-QA agreement of a scorecard: per interaction, the newest submitted evaluation of the scorecard (not a
 * calibration one) against the stored suggestions for it; per item, the pairs where both gave an answer.
 */
@ApplicationScoped
public class AutoAgreementService implements AutoAgreement.Source {

    @Inject
    EntityManager entities;

    @Inject
    AutoQaService autoQa;

    @Override
    @Transactional
    public AutoAgreement of(Scorecard card) {
        // interaction type → interaction id → the inspector's answers (newest submission wins)
        Map<Interactions.Type, Map<Long, Map<String, Object>>> inspected = new HashMap<>();
        entities.createQuery("select e.interactionType, e.interactionId, e.answersJson from Evaluation e "
                        + "where e.scorecardKey = ?1 and e.status = ?2 and " + Evaluation.notCalibration("e") + " order by e.submittedAt",
                        Object[].class).setParameter(1, card.key()).setParameter(2, Evaluation.Status.SUBMITTED)
                .getResultList().forEach(row -> inspected.computeIfAbsent((Interactions.Type) row[0], t -> new HashMap<>())
                        .put((Long) row[1], EvaluationJson.answers((String) row[2])));
        Map<String, List<String>> suggested = new LinkedHashMap<>();
        Map<String, List<String>> answered = new LinkedHashMap<>();
        card.items().stream().filter(item -> !item.auto().isEmpty()).forEach(item -> {
            suggested.put(item.key(), new ArrayList<>());
            answered.put(item.key(), new ArrayList<>());
        });
        inspected.forEach((type, byId) -> {
            Map<Long, Map<String, String>> auto = autoQa.answers(Scorecard.Channel.valueOf(type.name()), card.key(),
                    new ArrayList<>(byId.keySet()));
            auto.forEach((id, suggestions) -> suggestions.forEach((item, answer) -> {
                Object given = byId.get(id).get(item);
                if (given != null && suggested.containsKey(item)) {
                    suggested.get(item).add(answer);
                    answered.get(item).add(String.valueOf(given));
                }
            }));
        });
        List<AutoAgreement.ItemAgreement> items = new ArrayList<>();
        suggested.forEach((item, rules) -> {
            List<String> people = answered.get(item);
            TreeSet<String> categories = new TreeSet<>(AutoAgreementService::byValue);
            categories.addAll(rules);
            categories.addAll(people);
            List<String> order = List.copyOf(categories);
            List<List<Long>> confusion = new ArrayList<>();
            order.forEach(c -> confusion.add(new ArrayList<>(java.util.Collections.nCopies(order.size(), 0L))));
            long agreed = 0;
            for (int i = 0; i < rules.size(); i++) {
                List<Long> row = confusion.get(order.indexOf(rules.get(i)));
                int column = order.indexOf(people.get(i));
                row.set(column, row.get(column) + 1);
                agreed += rules.get(i).equals(people.get(i)) ? 1 : 0;
            }
            items.add(new AutoAgreement.ItemAgreement(item, rules.size(), agreed,
                    rules.isEmpty() ? null : Agreement.cohensKappa(rules, people), order,
                    confusion.stream().map(List::copyOf).toList()));
        });
        return new AutoAgreement(card.key(), items);
    }

    /** Points from high to low, then yes, no, N/A: the order the form lists answers in. */
    private static int byValue(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(y, x);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String answer) {
        return switch (answer) {
            case "yes" -> 0;
            case "no" -> 1;
            case "NA" -> 2;
            default -> 3;
        };
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
