package io.zhijian.evaluation;

import io.zhijian.interaction.Interactions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Picks interactions for a plan. Pure and reproducible: the same candidates, count and seed give the
 * same picks, whatever order the candidates arrive in.
 */
final class Sampler {

    record Pick(String agent, Interactions.Type type, long id, String inspector) {
    }

    private static final Comparator<Interactions.Key> ORDER = Comparator.comparing(Interactions.Key::type)
            .thenComparingLong(Interactions.Key::id);

    private Sampler() {
    }

    /**
     * Up to {@code perAgent} random candidates of every agent (all of them if they have fewer), dealt
     * to the inspectors in turn so that their counts differ by at most one. An agent's draw depends
     * only on the seed and the agent, so adding another agent does not change anyone else's picks.
     */
    static List<Pick> sample(List<Interactions.Key> candidates, int perAgent, long seed, List<String> inspectors) {
        return sample(candidates, perAgent, seed, inspectors, c -> false, 0);
    }

    /**
     * As above, but {@code flaggedShare} of each agent's picks (rounded) come from their auto-flagged candidates
     * first, as far as they have them; the rest are drawn at random from all their other candidates. Still only
     * a function of the seed and the agent, and with no flagged share the draw is the one above.
     */
    static List<Pick> sample(List<Interactions.Key> candidates, int perAgent, long seed, List<String> inspectors,
                             java.util.function.Predicate<Interactions.Key> flagged, double flaggedShare) {
        if (inspectors.isEmpty()) {
            throw new IllegalArgumentException("no inspectors");
        }
        Map<String, List<Interactions.Key>> byAgent = new TreeMap<>();
        candidates.forEach(c -> byAgent.computeIfAbsent(c.agent(), a -> new ArrayList<>()).add(c));
        List<Pick> picks = new ArrayList<>();
        int next = 0;
        for (Map.Entry<String, List<Interactions.Key>> agent : byAgent.entrySet()) {
            List<Interactions.Key> own = new ArrayList<>(agent.getValue());
            own.sort(ORDER);
            List<Interactions.Key> chosen = new ArrayList<>();
            int fromFlags = (int) Math.round(perAgent * flaggedShare);
            if (fromFlags > 0) {
                List<Interactions.Key> flags = new ArrayList<>(own.stream().filter(flagged).toList());
                Collections.shuffle(flags, new Random(seed * 37 + agent.getKey().hashCode()));
                chosen.addAll(flags.subList(0, Math.min(fromFlags, flags.size())));
                own.removeAll(chosen);
            }
            Collections.shuffle(own, new Random(seed * 31 + agent.getKey().hashCode()));
            chosen.addAll(own.subList(0, Math.min(perAgent - chosen.size(), own.size())));
            chosen.sort(ORDER);
            for (Interactions.Key c : chosen) {
                String inspector = inspectors.get(next % inspectors.size());
                if (inspector.equals(c.agent()) && inspectors.size() > 1) {
                    // Nobody evaluates their own work: this one goes to the next inspector.
                    next++;
                    inspector = inspectors.get(next % inspectors.size());
                }
                picks.add(new Pick(c.agent(), c.type(), c.id(), inspector));
                next++;
            }
        }
        return picks;
    }
}
