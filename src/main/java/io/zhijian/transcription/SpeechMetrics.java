package io.zhijian.transcription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Speech metrics of one call, from its speaker turns. Speech = the union of a speaker's turns (first
 * word's start to last word's end). Silences are the gaps where nobody speaks between the first and the
 * last speech of the call (lead-in and tail are not "dead air"). An interruption by the agent is an
 * agent turn starting while a customer turn is in progress.
 *
 * @param talkRatio       agent talk ÷ customer talk; null when the customer never speaks (or mono)
 * @param agentSpeechRate characters per minute (zh) or words per minute (other languages) over agent
 *                        talk time; null without agent speech
 */
public record SpeechMetrics(double agentTalkSeconds, double customerTalkSeconds, double unknownTalkSeconds,
                            Double talkRatio, double silenceSeconds, double longestSilenceSeconds,
                            int silencesOver3s, int overlapCount, double overlapSeconds, int agentInterruptions,
                            Double agentSpeechRate, String speechRateUnit) {

    static final double LONG_SILENCE = 3.0;
    private static final double EPSILON = 1e-9;

    public static SpeechMetrics of(List<Segment> segments, String language) {
        List<double[]> agent = union(spans(segments, Speaker.AGENT));
        List<double[]> customer = union(spans(segments, Speaker.CUSTOMER));
        List<double[]> unknown = union(spans(segments, Speaker.UNKNOWN));
        List<double[]> all = new ArrayList<>();
        segments.forEach(s -> all.add(new double[]{s.start(), s.end()}));
        List<double[]> speech = union(all);
        double silence = 0;
        double longest = 0;
        int longSilences = 0;
        for (int i = 1; i < speech.size(); i++) {
            double gap = speech.get(i)[0] - speech.get(i - 1)[1];
            silence += gap;
            longest = Math.max(longest, gap);
            if (gap >= LONG_SILENCE - EPSILON) {
                longSilences++;
            }
        }
        List<double[]> overlaps = intersect(agent, customer);
        int interruptions = 0;
        for (Segment a : segments) {
            if (a.speaker() != Speaker.AGENT) {
                continue;
            }
            for (Segment c : segments) {
                if (c.speaker() == Speaker.CUSTOMER && c.start() < a.start() - EPSILON && a.start() < c.end() - EPSILON) {
                    interruptions++;
                    break;
                }
            }
        }
        double agentTalk = length(agent);
        double customerTalk = length(customer);
        boolean zh = "zh".equals(language);
        Double rate = null;
        if (agentTalk > 0) {
            long units = segments.stream().filter(s -> s.speaker() == Speaker.AGENT)
                    .mapToLong(s -> zh ? characters(s.text()) : s.words().size()).sum();
            rate = round(units / (agentTalk / 60));
        }
        return new SpeechMetrics(round(agentTalk), round(customerTalk), round(length(unknown)),
                customerTalk > 0 ? round(agentTalk / customerTalk) : null, round(silence), round(longest),
                longSilences, overlaps.size(), round(length(overlaps)), interruptions, rate,
                zh ? "chars/min" : "words/min");
    }

    private static List<double[]> spans(List<Segment> segments, Speaker speaker) {
        List<double[]> spans = new ArrayList<>();
        segments.stream().filter(s -> s.speaker() == speaker).forEach(s -> spans.add(new double[]{s.start(), s.end()}));
        return spans;
    }

    /** Sorted, merged intervals (touching ones join). */
    static List<double[]> union(List<double[]> spans) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : sorted) {
            if (s[1] <= s[0]) {
                continue;
            }
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1] + EPSILON) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new double[]{s[0], s[1]});
            }
        }
        return merged;
    }

    /** Intersections of two merged interval lists, each of positive length. */
    static List<double[]> intersect(List<double[]> a, List<double[]> b) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            double start = Math.max(a.get(i)[0], b.get(j)[0]);
            double end = Math.min(a.get(i)[1], b.get(j)[1]);
            if (end > start + EPSILON) {
                out.add(new double[]{start, end});
            }
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private static double length(List<double[]> spans) {
        return spans.stream().mapToDouble(s -> s[1] - s[0]).sum();
    }

    private static long characters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
