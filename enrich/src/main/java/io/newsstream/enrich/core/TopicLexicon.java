package io.newsstream.enrich.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPTC Media Topics top-level labels and the hand-written keyword lexicon that is the
 * {@link TopicTagger}'s prior: whole words, two-word phrases and stems, each with a weight per topic.
 * Loaded from {@code topics/mediatopics.tsv} (IPTC, CC BY 4.0) and {@code topics/lexicon.tsv};
 * immutable and thread-safe once loaded.
 */
public final class TopicLexicon {
    public static final String LABELS_RESOURCE = "/io/newsstream/enrich/topics/mediatopics.tsv";
    public static final String LEXICON_RESOURCE = "/io/newsstream/enrich/topics/lexicon.tsv";
    static final int MIN_STEM = 3;
    static final double TITLE_FACTOR = 2.0;
    static final int MAX_HITS_PER_WORD = 3;
    private static final float[] NO_WEIGHTS = new float[0];

    private final Map<String, String> labels;
    private final Map<String, Map<String, Integer>> words;
    private final Map<String, Map<String, Integer>> stems;
    private final int maxStem;
    private final List<String> codes;
    private final Map<String, float[]> wordVectors;
    private final Map<String, float[]> stemVectors;
    private final Map<String, float[]> pairStarts;
    private final long[] stemFilter = new long[1 << 10];

    private TopicLexicon(Map<String, String> labels, Map<String, Map<String, Integer>> words,
                         Map<String, Map<String, Integer>> stems) {
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.words = copy(words);
        this.stems = copy(stems);
        this.maxStem = stems.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.codes = List.copyOf(labels.keySet());
        this.wordVectors = vectors(words);
        this.stemVectors = vectors(stems);
        Map<String, float[]> starts = new HashMap<>();
        words.keySet().stream().filter(w -> w.indexOf(' ') > 0).map(w -> w.substring(0, w.indexOf(' ')))
                .forEach(w -> starts.put(w, wordVectors.getOrDefault(w, NO_WEIGHTS)));
        this.pairStarts = Collections.unmodifiableMap(starts);
        stems.keySet().forEach(stem -> stemFilter[(stem.hashCode() >>> 6) & 1023] |= 1L << stem.hashCode());
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

    /** QCode → label of the top-level topics, in QCode order. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The top-level QCodes in the order of {@link #evidence} arrays. */
    public List<String> codes() {
        return codes;
    }

    /**
     * Keyword evidence per topic ({@link #codes()} order): the summed weights of the lexicon hits,
     * title hits counted {@value #TITLE_FACTOR} times, one word or phrase at most
     * {@value #MAX_HITS_PER_WORD} times; a phrase takes precedence over its words.
     *
     * @param hits if not null, receives each matched term's summed evidence per topic
     */
    public double[] evidence(String title, String body, Map<String, double[]> hits) {
        return evidence(Tokens.of(title), Tokens.of(body), hits);
    }

    public double[] evidence(Tokens title, Tokens body, Map<String, double[]> hits) {
        double[] e = new double[codes.size()];
        Map<String, Integer> seen = new HashMap<>();
        collect(title, TITLE_FACTOR, e, seen, hits);
        collect(body, 1.0, e, seen, hits);
        return e;
    }

    private void collect(Tokens t, double factor, double[] e, Map<String, Integer> seen, Map<String, double[]> hits) {
        for (int i = 0; i < t.size(); i++) {
            String key = t.key(i);
            float[] word = pairStarts.get(key);
            if (word != null) {
                if (i + 1 < t.size()) {
                    String pair = key + " " + t.key(i + 1);
                    float[] w = wordVectors.get(pair);
                    if (w != null) {
                        add(pair, w, null, factor, e, seen, hits);
                        i++;
                        continue;
                    }
                }
                word = word.length == 0 ? null : word;
            } else {
                word = wordVectors.get(key);
            }
            if (Character.isDigit(key.charAt(0))) {
                continue;
            }
            float[] stem = stemOf(key);
            if (word != null || stem != null) {
                add(key, word, stem, factor, e, seen, hits);
            }
        }
    }

    private static void add(String key, float[] word, float[] stem, double factor, double[] e,
                            Map<String, Integer> seen, Map<String, double[]> hits) {
        if (seen.merge(key, 1, Integer::sum) > MAX_HITS_PER_WORD) {
            return;
        }
        for (int c = 0; c < e.length; c++) {
            double w = Math.max(word == null ? 0 : word[c], stem == null ? 0 : stem[c]) * factor;
            if (w > 0) {
                e[c] += w;
                if (hits != null) {
                    hits.computeIfAbsent(key, k -> new double[e.length])[c] += w;
                }
            }
        }
    }

    private float[] stemOf(String word) {
        int h = 0;
        float[] best = null;
        int limit = Math.min(maxStem, word.length());
        for (int len = 0; len < limit; len++) {
            h = 31 * h + word.charAt(len);
            if (len + 1 >= MIN_STEM && (stemFilter[(h >>> 6) & 1023] & (1L << h)) != 0) {
                float[] w = stemVectors.get(word.substring(0, len + 1));
                if (w != null) {
                    best = w;
                }
            }
        }
        return best;
    }

    private Map<String, float[]> vectors(Map<String, Map<String, Integer>> terms) {
        Map<String, float[]> out = new HashMap<>();
        terms.forEach((term, byCode) -> {
            float[] v = new float[codes.size()];
            byCode.forEach((code, w) -> v[codes.indexOf(code)] = w);
            out.put(term, v);
        });
        return Collections.unmodifiableMap(out);
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
