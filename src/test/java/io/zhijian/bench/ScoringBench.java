package io.zhijian.bench;

import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardYaml;
import io.zhijian.scorecard.ScoringEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scoring-engine benchmark (not a test): scorings per second on one thread of the call-quality
 * scorecard with varied answers (N/A, every level), against the target of 200,000 per second per
 * core. Baseline in the same run: building the answer maps alone.
 * Run as the README says (the test classpath, from the project root).
 */
public final class ScoringBench {

    private static final double TARGET_PER_SECOND = 200_000;

    public static void main(String[] args) throws Exception {
        Scorecard card = ScorecardYaml.read(Files.readString(Path.of("scorecards/call-quality.yaml"))).scorecard();
        List<Map<String, Object>> answerSets = answerSets(card, 4096, new Random(42));
        double checksum = 0;
        for (int warm = 0; warm < 5; warm++) {
            checksum += run(card, answerSets, 500_000);
        }
        int iterations = 2_000_000;
        long start = System.nanoTime();
        checksum += run(card, answerSets, iterations);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = iterations / seconds;
        System.out.printf("call-quality (16 items): %,.0f scorings/s on 1 thread = %.2f× the target of %,.0f/s/core"
                + " (%.2f µs each; checksum %.0f)%n", perSecond, perSecond / TARGET_PER_SECOND, TARGET_PER_SECOND,
                1e6 / perSecond, checksum);
        System.out.printf("a year of 50,000 evaluations re-scored: %.2f s%n", 50_000 / perSecond);
    }

    private static double run(Scorecard card, List<Map<String, Object>> answerSets, int iterations) {
        double sum = 0;
        for (int i = 0; i < iterations; i++) {
            ScoringEngine.Result result = ScoringEngine.score(card, answerSets.get(i & (answerSets.size() - 1)), false);
            sum += result.total() == null ? 0 : result.total();
        }
        return sum;
    }

    private static List<Map<String, Object>> answerSets(Scorecard card, int count, Random random) {
        List<Map<String, Object>> sets = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Map<String, Object> answers = new HashMap<>();
            for (Scorecard.Item item : card.items()) {
                List<Scorecard.Level> levels = item.levels();
                answers.put(item.key(), levels.get(random.nextInt(levels.size())).points());
            }
            sets.add(answers);
        }
        return sets;
    }
}
