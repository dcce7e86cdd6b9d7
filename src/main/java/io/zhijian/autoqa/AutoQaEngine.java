package io.zhijian.autoqa;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zhijian.scorecard.AutoRule;
import io.zhijian.scorecard.AutoRule.AllOf;
import io.zhijian.scorecard.AutoRule.AnyOf;
import io.zhijian.scorecard.AutoRule.By;
import io.zhijian.scorecard.AutoRule.Condition;
import io.zhijian.scorecard.AutoRule.Field;
import io.zhijian.scorecard.AutoRule.Metric;
import io.zhijian.scorecard.AutoRule.Not;
import io.zhijian.scorecard.AutoRule.Said;
import io.zhijian.scorecard.AutoRule.Within;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScoringEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a scorecard's {@code auto} rules over one interaction. Pure: the same scorecard and subject give the
 * same result. An item's rules are tried in order and the first that holds gives its suggestion; a rule that
 * cannot be answered for this interaction (a ticket field on a call, a speaker on a mono call, a metric the
 * interaction does not have) ends the item without a suggestion rather than letting a later rule guess.
 */
public final class AutoQaEngine {

    /** What justifies a suggestion: a turn's words and times, a metric's value, or a ticket field's value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String speaker, Double start, Double end, String text, Integer message,
                           List<String> missing, String metric, String field, Object value) {

        static Evidence speech(String speaker, double start, double end, String text, Integer message) {
            return new Evidence(speaker, start, end, text, message, null, null, null, null);
        }

        static Evidence window(String speaker, double start, double end, List<String> phrases) {
            return new Evidence(speaker, start, end, null, null, phrases, null, null, null);
        }

        static Evidence metric(String name, Double value) {
            return new Evidence(null, null, null, null, null, null, name, null, value);
        }

        static Evidence field(String name, Object value) {
            return new Evidence(null, null, null, null, null, null, null, name, value);
        }
    }

    /** One item's suggestion: the answer of its {@code rule}-th rule (from 1) and why. */
    public record Suggestion(String itemKey, String answer, int rule, List<Evidence> evidence) {
    }

    /**
     * A scorecard's suggestions for one interaction; {@code total} scores the suggested items only (null when
     * there are none), {@code lost} names the items whose suggestion loses points or fails a critical rule.
     */
    public record Result(String scorecardKey, int scorecardVersion, Double total, List<Suggestion> items,
                         List<String> lost) {
    }

    private static final int MAX_EVIDENCE = 3;
    private static final double EPSILON = 1e-9;

    private enum Truth { TRUE, FALSE, UNKNOWN }

    private record Outcome(Truth truth, List<Evidence> evidence) {
        static Outcome unknown() {
            return new Outcome(Truth.UNKNOWN, List.of());
        }
    }

    /** A scorecard's rules made ready to run: all its phrases in one automaton, its patterns compiled. */
    public static final class Compiled {
        final Scorecard card;
        final int version;
        final PhraseMatcher matcher;
        final Map<List<String>, int[]> phraseIds = new HashMap<>();
        final Map<String, Pattern> patterns = new HashMap<>();

        public Compiled(Scorecard card, int version) {
            this.card = card;
            this.version = version;
            List<String> phrases = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            for (Scorecard.Item item : card.items()) {
                for (AutoRule rule : item.auto()) {
                    collect(rule.when(), phrases, ids);
                }
            }
            matcher = new PhraseMatcher(phrases);
        }

        private void collect(Condition condition, List<String> phrases, Map<String, Integer> ids) {
            if (condition instanceof Said said) {
                int[] own = new int[said.phrases().size()];
                for (int i = 0; i < own.length; i++) {
                    String normalized = PhraseMatcher.normalize(said.phrases().get(i));
                    own[i] = ids.computeIfAbsent(normalized, p -> {
                        phrases.add(p);
                        return phrases.size() - 1;
                    });
                }
                phraseIds.put(said.phrases(), own);
            } else if (condition instanceof Field field && field.matches() != null) {
                patterns.put(field.matches(), Pattern.compile(field.matches()));
            } else if (condition instanceof AllOf all) {
                all.conditions().forEach(c -> collect(c, phrases, ids));
            } else if (condition instanceof AnyOf any) {
                any.conditions().forEach(c -> collect(c, phrases, ids));
            } else if (condition instanceof Not not) {
                collect(not.condition(), phrases, ids);
            }
        }

        public Scorecard scorecard() {
            return card;
        }

        public int version() {
            return version;
        }

        public boolean hasRules() {
            return card.items().stream().anyMatch(i -> !i.auto().isEmpty());
        }
    }

    /** A turn's normalized text and, per character, the word it came from (-1: no word times). */
    private record PreparedTurn(AutoQaSubject.Turn turn, String text, int[] wordOf) {
    }

    /** The subject's turns normalized once, whatever number of scorecards then run over it. */
    public static final class Prepared {
        final AutoQaSubject subject;
        final List<PreparedTurn> turns;

        public Prepared(AutoQaSubject subject) {
            this.subject = subject;
            this.turns = new ArrayList<>();
            if (subject.turns() != null) {
                subject.turns().forEach(t -> turns.add(prepare(t)));
            }
        }
    }

    private AutoQaEngine() {
    }

    public static Result run(Compiled rules, AutoQaSubject subject) {
        return run(rules, new Prepared(subject));
    }

    public static Result run(Compiled rules, Prepared prepared) {
        Run run = new Run(rules, prepared);
        List<Suggestion> suggestions = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Scorecard.Item item : rules.card.items()) {
            List<AutoRule> auto = item.auto();
            for (int r = 0; r < auto.size(); r++) {
                AutoRule rule = auto.get(r);
                Outcome outcome = rule.when() == null ? new Outcome(Truth.TRUE, List.of()) : run.evaluate(rule.when());
                if (outcome.truth() == Truth.UNKNOWN) {
                    break;
                }
                if (outcome.truth() == Truth.TRUE) {
                    suggestions.add(new Suggestion(item.key(), rule.answer(), r + 1, outcome.evidence()));
                    answers.put(item.key(), rule.answer());
                    break;
                }
            }
        }
        if (answers.isEmpty()) {
            return new Result(rules.card.key(), rules.version, null, List.copyOf(suggestions), List.of());
        }
        ScoringEngine.Result scored = ScoringEngine.score(rules.card, answers, true);
        List<String> lost = new ArrayList<>();
        scored.sections().forEach(section -> section.items().forEach(i -> {
            if (i.answer() != null && i.applicable() && (i.points() < i.possiblePoints() - EPSILON || i.criticalFailure()
                    || rules.card.item(i.key()).map(x -> x.failingAnswers().contains(i.answer())).orElse(false))) {
                lost.add(i.key());
            }
        }));
        return new Result(rules.card.key(), rules.version, scored.total(), List.copyOf(suggestions), List.copyOf(lost));
    }

    /** One run: the phrase matches of the subject, found once and read by every condition. */
    private static final class Run {
        private final Compiled rules;
        private final Prepared prepared;
        private final AutoQaSubject subject;
        private final List<List<TurnMatch>> matchesByPhrase = new ArrayList<>();

        private record TurnMatch(int turn, double start, double end) {
        }

        Run(Compiled rules, Prepared prepared) {
            this.rules = rules;
            this.prepared = prepared;
            this.subject = prepared.subject;
            List<PhraseMatcher.Match> found = new ArrayList<>();
            for (int t = 0; t < prepared.turns.size(); t++) {
                PreparedTurn turn = prepared.turns.get(t);
                found.clear();
                rules.matcher.find(turn.text(), found);
                for (PhraseMatcher.Match match : found) {
                    while (matchesByPhrase.size() <= match.phrase()) {
                        matchesByPhrase.add(new ArrayList<>());
                    }
                    matchesByPhrase.get(match.phrase()).add(new TurnMatch(t, time(turn, match.start(), true),
                            time(turn, match.end() - 1, false)));
                }
            }
        }

        private static double time(PreparedTurn turn, int index, boolean start) {
            int word = turn.wordOf()[index];
            if (word < 0) {
                return start ? turn.turn().start() : turn.turn().end();
            }
            AutoQaSubject.Word w = turn.turn().words().get(word);
            return start ? w.start() : w.end();
        }

        Outcome evaluate(Condition condition) {
            if (condition instanceof Said said) {
                return said(said);
            }
            if (condition instanceof Metric metric) {
                return metric(metric);
            }
            if (condition instanceof Field field) {
                return field(field);
            }
            if (condition instanceof Within within) {
                return within(within);
            }
            if (condition instanceof Not not) {
                Outcome inner = evaluate(not.condition());
                return switch (inner.truth()) {
                    case TRUE -> new Outcome(Truth.FALSE, inner.evidence());
                    case FALSE -> new Outcome(Truth.TRUE, inner.evidence());
                    default -> inner;
                };
            }
            boolean all = condition instanceof AllOf;
            List<Condition> parts = all ? ((AllOf) condition).conditions() : ((AnyOf) condition).conditions();
            List<Evidence> evidence = new ArrayList<>();
            boolean unknown = false;
            for (Condition part : parts) {
                Outcome outcome = evaluate(part);
                if (outcome.truth() == Truth.UNKNOWN) {
                    unknown = true;
                } else if (all && outcome.truth() == Truth.FALSE) {
                    return new Outcome(Truth.FALSE, List.of());
                } else if (!all && outcome.truth() == Truth.TRUE) {
                    return outcome;
                } else if (all) {
                    evidence.addAll(outcome.evidence());
                }
            }
            if (unknown) {
                return Outcome.unknown();
            }
            return all ? new Outcome(Truth.TRUE, List.copyOf(evidence)) : new Outcome(Truth.FALSE, List.of());
        }

        private Outcome said(Said said) {
            if (subject.turns() == null) {
                return Outcome.unknown();
            }
            boolean sidesKnown = subject.turns().stream().anyMatch(t -> !"UNKNOWN".equals(t.speaker()));
            if (said.by() != By.ANY && !sidesKnown && !subject.turns().isEmpty()) {
                // A mono recording: nobody can tell who said it.
                return Outcome.unknown();
            }
            double duration = subject.durationSeconds();
            double from = said.lastSeconds() == null ? 0 : Math.max(0, duration - said.lastSeconds());
            double to = said.firstSeconds() == null ? duration : Math.min(duration, said.firstSeconds());
            // The earliest match in each turn, turns in time order.
            Map<Integer, TurnMatch> earliest = new java.util.TreeMap<>();
            for (int id : rules.phraseIds.get(said.phrases())) {
                if (id >= matchesByPhrase.size()) {
                    continue;
                }
                for (TurnMatch match : matchesByPhrase.get(id)) {
                    AutoQaSubject.Turn turn = subject.turns().get(match.turn());
                    boolean speakerOk = said.by() == By.ANY || said.by().name().equals(turn.speaker());
                    boolean inWindow = (said.firstSeconds() == null || match.start() < said.firstSeconds() + EPSILON)
                            && (said.lastSeconds() == null || match.end() > duration - said.lastSeconds() - EPSILON);
                    if (speakerOk && inWindow) {
                        earliest.merge(match.turn(), match, (a, b) -> a.start() <= b.start() ? a : b);
                    }
                }
            }
            List<Evidence> evidence = new ArrayList<>();
            for (TurnMatch match : earliest.values()) {
                if (evidence.size() == MAX_EVIDENCE) {
                    break;
                }
                AutoQaSubject.Turn turn = subject.turns().get(match.turn());
                evidence.add(Evidence.speech(turn.speaker(), match.start(), match.end(), turn.text(), turn.message()));
            }
            boolean found = !evidence.isEmpty();
            if (said.present()) {
                return found ? new Outcome(Truth.TRUE, evidence) : new Outcome(Truth.FALSE,
                        List.of(Evidence.window(said.by().name(), from, to, said.phrases())));
            }
            return found ? new Outcome(Truth.FALSE, evidence)
                    : new Outcome(Truth.TRUE, List.of(Evidence.window(said.by().name(), from, to, said.phrases())));
        }

        private Outcome metric(Metric metric) {
            Double value = subject.metrics() == null ? null : subject.metrics().get(metric.name());
            if (value == null) {
                return Outcome.unknown();
            }
            boolean holds = (metric.min() == null || value >= metric.min() - EPSILON)
                    && (metric.max() == null || value <= metric.max() + EPSILON);
            return new Outcome(holds ? Truth.TRUE : Truth.FALSE, List.of(Evidence.metric(metric.name(), value)));
        }

        private Outcome field(Field field) {
            if (subject.fields() == null) {
                return Outcome.unknown();
            }
            String value = subject.fields().get(field.name());
            boolean blank = value == null || value.isBlank();
            boolean holds;
            if (field.missing() != null) {
                holds = blank == field.missing();
            } else if (field.matches() != null) {
                holds = !blank && rules.patterns.get(field.matches()).matcher(value.trim()).find();
            } else {
                holds = !blank && field.oneOf().contains(value.trim());
            }
            return new Outcome(holds ? Truth.TRUE : Truth.FALSE, List.of(Evidence.field(field.name(), blank ? null : value)));
        }

        private Outcome within(Within within) {
            if (subject.times() == null) {
                return Outcome.unknown();
            }
            Instant from = subject.times().get(within.from());
            Instant to = subject.times().get(within.to());
            List<Evidence> evidence = List.of(Evidence.field(within.from(), from == null ? null : from.toString()),
                    Evidence.field(within.to(), to == null ? null : to.toString()));
            if (from == null || to == null) {
                return new Outcome(Truth.FALSE, evidence);
            }
            double seconds = Duration.between(from, to).toMillis() / 1000.0;
            return new Outcome(seconds >= 0 && seconds <= within.maxSeconds() + EPSILON ? Truth.TRUE : Truth.FALSE, evidence);
        }
    }

    /** The turn's text as matched: from its words when it has them, so a match maps back to word times. */
    private static PreparedTurn prepare(AutoQaSubject.Turn turn) {
        if (turn.words() == null || turn.words().isEmpty()) {
            String text = PhraseMatcher.normalize(turn.text() == null ? "" : turn.text());
            int[] wordOf = new int[text.length()];
            java.util.Arrays.fill(wordOf, -1);
            return new PreparedTurn(turn, text, wordOf);
        }
        StringBuilder text = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (int w = 0; w < turn.words().size(); w++) {
            String word = PhraseMatcher.normalize(turn.words().get(w).text());
            if (word.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && !PhraseMatcher.cjk(text.charAt(text.length() - 1))
                    && !PhraseMatcher.cjk(word.charAt(0))) {
                text.append(' ');
                owners.add(w);
            }
            for (int c = 0; c < word.length(); c++) {
                text.append(word.charAt(c));
                owners.add(w);
            }
        }
        int[] wordOf = new int[owners.size()];
        for (int i = 0; i < wordOf.length; i++) {
            wordOf[i] = owners.get(i);
        }
        return new PreparedTurn(turn, text.toString(), wordOf);
    }
}
