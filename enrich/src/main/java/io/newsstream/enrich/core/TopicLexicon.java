package io.newsstream.enrich.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IPTC Media Topics top-level labels and the hand-written keyword lexicon of the
 * {@link TopicTagger}: whole words, two-word phrases and stems, each with a weight per topic.
 * Loaded from {@code topics/mediatopics.tsv} (IPTC, CC BY 4.0) and {@code topics/lexicon.tsv};
 * immutable and thread-safe once loaded.
 */
public final class TopicLexicon {
    public static final String LABELS_RESOURCE = "/io/newsstream/enrich/topics/mediatopics.tsv";
    public static final String LEXICON_RESOURCE = "/io/newsstream/enrich/topics/lexicon.tsv";
    static final int MIN_STEM = 3;

    private final Map<String, String> labels;
    private final Map<String, Map<String, Integer>> words;
    private final Map<String, Map<String, Integer>> stems;
    private final int maxStem;

    private TopicLexicon(Map<String, String> labels, Map<String, Map<String, Integer>> words,
                         Map<String, Map<String, Integer>> stems) {
        this.labels = Map.copyOf(labels);
        this.words = copy(words);
        this.stems = copy(stems);
        this.maxStem = stems.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static TopicLexicon loadDefault() {
        try (InputStream l = resource(LABELS_RESOURCE); InputStream x = resource(LEXICON_RESOURCE)) {
            return load(l, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicLexicon load(InputStream labelsIn, InputStream lexiconIn) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] f : rows(labelsIn, 2)) {
            labels.put(f[0], f[1]);
        }
        Map<String, Map<String, Integer>> words = new HashMap<>();
        Map<String, Map<String, Integer>> stems = new HashMap<>();
        for (String[] f : rows(lexiconIn, 3)) {
            String code = f[0];
            if (!labels.containsKey(code)) {
                throw new IllegalArgumentException("lexicon names unknown topic " + code);
            }
            int weight = Integer.parseInt(f[1]);
            for (String term : f[2].trim().split("\\s+")) {
                String t = Texts.foldToken(term);
                if (t.endsWith("*")) {
                    String stem = t.substring(0, t.length() - 1);
                    if (stem.length() < MIN_STEM) {
                        throw new IllegalArgumentException("stem too short: " + term);
                    }
                    stems.computeIfAbsent(stem, k -> new HashMap<>()).merge(code, weight, Math::max);
                } else {
                    words.computeIfAbsent(t.replace('_', ' '), k -> new HashMap<>()).merge(code, weight, Math::max);
                }
            }
        }
        return new TopicLexicon(labels, words, stems);
    }

    public Map<String, String> labels() {
        return labels;
    }

    /** Topic weights of a whole word or a two-word phrase ("a b"), or null. */
    Map<String, Integer> word(String key) {
        return words.get(key);
    }

    /** Topic weights of the longest stem that the word starts with, or null. */
    Map<String, Integer> longestStem(String word) {
        for (int len = Math.min(maxStem, word.length()); len >= MIN_STEM; len--) {
            Map<String, Integer> w = stems.get(word.substring(0, len));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static InputStream resource(String name) {
        InputStream in = TopicLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    private static java.util.List<String[]> rows(InputStream in, int fields) throws IOException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IllegalArgumentException("expected " + fields + " tab-separated fields: " + line);
            }
            out.add(f);
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> m) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return Map.copyOf(out);
    }
}
