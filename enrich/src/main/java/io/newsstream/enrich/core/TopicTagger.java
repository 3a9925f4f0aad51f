package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns IPTC Media Topics (top level) from the {@link TopicLexicon}'s keywords. Every keyword hit
 * adds its weight to its topics (title hits count {@value #TITLE_FACTOR} times; one word counts at
 * most {@value #MAX_HITS_PER_WORD} times); a topic's score is its share of all the evidence. The
 * result holds the best topic whenever any keyword hit, plus up to {@value #MAX_TOPICS} in all whose
 * score reaches {@value #MIN_SCORE}, best first. Immutable and thread-safe.
 */
public final class TopicTagger {
    static final double TITLE_FACTOR = 2.0;
    static final int MAX_HITS_PER_WORD = 3;
    static final double MIN_SCORE = 0.2;
    static final int MAX_TOPICS = 3;

    private final TopicLexicon lexicon;

    public TopicTagger(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Topic> tag(String title, String body) {
        Map<String, Double> evidence = new HashMap<>();
        Map<String, Integer> hitsPerWord = new HashMap<>();
        collect(Tokens.of(title), TITLE_FACTOR, evidence, hitsPerWord);
        collect(Tokens.of(body), 1.0, evidence, hitsPerWord);
        double total = evidence.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return List.of();
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort((a, b) -> {
            int byScore = Double.compare(b.getValue(), a.getValue());
            return byScore != 0 ? byScore : a.getKey().compareTo(b.getKey());
        });
        List<Topic> topics = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            double score = Math.round(e.getValue() / total * 10_000) / 10_000.0;
            if (!topics.isEmpty() && (score < MIN_SCORE || topics.size() >= MAX_TOPICS)) {
                break;
            }
            topics.add(Topic.newBuilder().setCode(e.getKey()).setLabel(lexicon.labels().get(e.getKey()))
                    .setScore(score).build());
        }
        return topics;
    }

    private void collect(Tokens t, double factor, Map<String, Double> evidence, Map<String, Integer> hitsPerWord) {
        for (int i = 0; i < t.size(); i++) {
            if (i + 1 < t.size()) {
                String pair = t.key(i) + " " + t.key(i + 1);
                Map<String, Integer> w = lexicon.word(pair);
                if (w != null) {
                    add(pair, w, null, factor, evidence, hitsPerWord);
                    i++;
                    continue;
                }
            }
            String key = t.key(i);
            if (Character.isDigit(key.charAt(0))) {
                continue;
            }
            add(key, lexicon.word(key), lexicon.longestStem(key), factor, evidence, hitsPerWord);
        }
    }

    private static void add(String key, Map<String, Integer> word, Map<String, Integer> stem, double factor,
                            Map<String, Double> evidence, Map<String, Integer> hitsPerWord) {
        if (word == null && stem == null) {
            return;
        }
        if (hitsPerWord.merge(key, 1, Integer::sum) > MAX_HITS_PER_WORD) {
            return;
        }
        Map<String, Integer> merged = new HashMap<>();
        if (word != null) {
            merged.putAll(word);
        }
        if (stem != null) {
            stem.forEach((code, w) -> merged.merge(code, w, Math::max));
        }
        merged.forEach((code, w) -> evidence.merge(code, w * factor, Double::sum));
    }
}
