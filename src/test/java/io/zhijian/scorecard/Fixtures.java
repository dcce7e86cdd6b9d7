package io.zhijian.scorecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class Fixtures {

    private Fixtures() {
    }

    static String seedYaml(String key) {
        try {
            return Files.readString(Path.of("scorecards", key + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scorecard seed(String key) {
        return parse(seedYaml(key));
    }

    static Scorecard parse(String yaml) {
        ScorecardYaml.ReadResult result = ScorecardYaml.read(yaml);
        if (!result.ok()) {
            throw new AssertionError("invalid: " + result.errors().stream()
                    .map(e -> e.path() + " " + e.code()).toList());
        }
        return result.scorecard();
    }

    /** Every item type, N/A, section weights, a scale, an auto block and both critical kinds. */
    static final String EVERY_FEATURE = """
            key: every-feature
            names: {zh: 全功能, en: Every feature}
            appliesTo: [CALL, CHAT]
            sections:
              - key: first
                names: {zh: 第一, en: First}
                weight: 3
                items:
                  - key: levels
                    names: {zh: 档位, en: Levels}
                    type: LEVELS
                    maxPoints: 8
                    allowNa: true
                    tags: [soft-skill]
                    levels:
                      - {points: 8, description: {zh: 好, en: Good}}
                      - {points: 4, description: {zh: 中, en: Fair}}
                      - {points: 0, description: {zh: 差, en: Poor}}
                  - key: yes_no
                    names: {zh: 是否, en: Yes or no}
                    type: YES_NO
                    maxPoints: 2
                    critical: SECTION
                    failingAnswers: ['no']
                    tags: [technical]
              - key: second
                names: {zh: 第二, en: Second}
                weight: 1
                items:
                  - key: scale
                    names: {zh: 量表, en: Scale}
                    description: {zh: 一到五, en: One to five}
                    type: SCALE
                    maxPoints: 10
                    allowNa: true
                    scale: {min: 1, max: 5}
                    tags: [soft-skill, technical]
                  - key: points
                    names: {zh: 分数, en: Points}
                    type: POINTS
                    maxPoints: 5
                    allowNa: true
                    critical: FORM
                    failingAnswers: [0]
                    commentRequiredBelowMax: true
                    auto:
                      - answer: 0
                        when: {said: [不知道, 不归我们管], by: ANY, last: 90s}
                      - answer: 5
                        when:
                          allOf:
                            - {notSaid: 滚, first: 1m}
                            - {metric: {name: agentSpeechRate, min: 180, max: 300}}
                            - anyOf: [{field: {name: customer_phone, missing: true}}, {not: {within: {from: created_at, to: feedback_at, max: 2h}}}]
                            - {field: {name: type, oneOf: [直派, 协查]}}
                            - {field: {name: customer_phone, matches: '^1\\d{10}$'}}
                      - answer: NA
            """;
}
