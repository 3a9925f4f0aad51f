package io.newsstream.enrich.core.topics;

import io.newsstream.enrich.core.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    private final Map<String, String> labels;
    private final List<String> codes;
    private final TermIndex words;
    private final Weights[] wordVectors;
    private final int[][] pairSeconds;
    private final int[][] pairIds;
    private final String[] pairTerms;
    private final Weights[] pairVectors;
    private final TermIndex stems;
    private final Weights[] stemVectors;
    private final PrefixFilter termFilter;

    private TopicLexicon(Map<String, String> labels, Map<String, Map<String, Integer>> words,
                         Map<String, Map<String, Integer>> stems) {
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.codes = List.copyOf(labels.keySet());
        List<String> pairs = words.keySet().stream().filter(w -> w.indexOf(' ') > 0).sorted().toList();
        Set<String> single = new TreeSet<>();
        words.keySet().stream().filter(w -> w.indexOf(' ') < 0).forEach(single::add);
        pairs.forEach(p -> single.addAll(List.of(p.split(" "))));
        this.words = new TermIndex(List.copyOf(single));
        this.wordVectors = new Weights[single.size()];
        for (int id = 0; id < wordVectors.length; id++) {
            Map<String, Integer> byCode = words.get(this.words.term(id));
            wordVectors[id] = byCode == null ? null : vector(byCode);
        }
        this.pairTerms = pairs.toArray(new String[0]);
        this.pairVectors = new Weights[pairs.size()];
        this.pairSeconds = new int[single.size()][];
        this.pairIds = new int[single.size()][];
        for (int p = 0; p < pairTerms.length; p++) {
            String[] parts = pairTerms[p].split(" ");
            int first = this.words.find(parts[0]);
            pairVectors[p] = vector(words.get(pairTerms[p]));
            pairSeconds[first] = append(pairSeconds[first], this.words.find(parts[1]));
            pairIds[first] = append(pairIds[first], p);
        }
        List<String> stemList = List.copyOf(new TreeSet<>(stems.keySet()));
        this.stems = new TermIndex(stemList);
        this.stemVectors = stemList.stream().map(stem -> vector(stems.get(stem))).toArray(Weights[]::new);
        List<String> filtered = new ArrayList<>(stemList);
        filtered.addAll(single);
        this.termFilter = new PrefixFilter(filtered, 1);
    }

    public static TopicLexicon loadDefault() {
        try (InputStream l = LexiconFiles.resource(LABELS_RESOURCE); InputStream x = LexiconFiles.resource(LEXICON_RESOURCE)) {
            return load(l, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicLexicon load(InputStream labelsIn, InputStream lexiconIn) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] f : LexiconFiles.rows(labelsIn, 2)) {
            labels.put(f[0], f[1]);
        }
        return of(labels, LexiconFiles.rows(lexiconIn, 3));
    }

    /**
     * A lexicon over the given topics (QCode → label, in evidence order) from rows of QCode, weight and
     * space-separated terms ({@code stem*}, {@code a_b} for the pair "a b", or a whole word).
     */
    static TopicLexicon of(Map<String, String> labels, List<String[]> lexiconRows) {
        Map<String, Map<String, Integer>> words = new HashMap<>();
        Map<String, Map<String, Integer>> stems = new HashMap<>();
        for (String[] f : lexiconRows) {
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
        return evidence(tokens(title), tokens(body), hits);
    }

    double[] evidence(TopicTokens title, TopicTokens body, Map<String, double[]> hits) {
        double[] e = new double[codes.size()];
        TermHits seen = new TermHits(words.size() + pairTerms.length);
        collect(title, TITLE_FACTOR, e, seen, hits);
        collect(body, 1.0, e, seen, hits);
        return e;
    }

    private void collect(TopicTokens t, double factor, double[] e, TermHits seen, Map<String, double[]> hits) {
        long[] masks = t.prefixMasks(termFilter);
        for (int i = 0; i < t.size(); i++) {
            long mask = masks == null ? termFilter.mask(t, i) : masks[i];
            if (mask == 0) {
                continue;
            }
            int id = words.find(t, i);
            if (id >= 0 && pairSeconds[id] != null && i + 1 < t.size()) {
                int pair = pairOf(id, words.find(t, i + 1));
                if (pair >= 0) {
                    if (seen.first(words.size() + pair)) {
                        add(pairTerms[pair], pairVectors[pair], null, factor, e, hits);
                    }
                    i++;
                    continue;
                }
            }
            if (t.isNumber(i)) {
                continue;
            }
            Weights word = id >= 0 ? wordVectors[id] : null;
            long stemMask = mask & -(1L << MIN_STEM);
            Weights stem = stemMask == 0 ? null : stemOf(t, i, stemMask);
            if ((word != null || stem != null) && (id >= 0 ? seen.first(id) : seen.first(t, i))) {
                add(hits == null ? null : id >= 0 ? words.term(id) : t.key(i), word, stem, factor, e, hits);
            }
        }
    }

    private int pairOf(int first, int second) {
        int[] seconds = pairSeconds[first];
        for (int k = 0; k < seconds.length; k++) {
            if (seconds[k] == second) {
                return pairIds[first][k];
            }
        }
        return -1;
    }

    private static void add(String key, Weights word, Weights stem, double factor, double[] e,
                            Map<String, double[]> hits) {
        if (word != null && stem != null) {
            for (int c = 0; c < e.length; c++) {
                add(key, c, Math.max(word.byCode[c], stem.byCode[c]) * factor, e, hits);
            }
        } else {
            Weights w = word != null ? word : stem;
            for (int c : w.codes) {
                add(key, c, w.byCode[c] * factor, e, hits);
            }
        }
    }

    private static void add(String key, int c, double w, double[] e, Map<String, double[]> hits) {
        if (w > 0) {
            e[c] += w;
            if (hits != null) {
                hits.computeIfAbsent(key, k -> new double[e.length])[c] += w;
            }
        }
    }

    /** The weights of the longest lexicon stem that token {@code i}'s key starts with, or null. */
    private Weights stemOf(TopicTokens t, int i, long mask) {
        Weights best = null;
        int h = 0;
        for (int len = 1; mask >>> len != 0; len++) {
            h = 31 * h + t.charAt(i, len - 1);
            if ((mask & (1L << len)) != 0) {
                int s = stems.find(t, i, len, h);
                if (s >= 0) {
                    best = stemVectors[s];
                }
            }
        }
        return best;
    }

    /** Tokens of a text with the prefixes that may be the lexicon's stems or words marked, for {@link #evidence(TopicTokens, TopicTokens, Map)}. */
    TopicTokens tokens(String text) {
        return TopicTokens.of(text, termFilter);
    }

    /** The filter of the lexicon's stems and words, for tokens shared with other lexicons ({@link PrefixFilter#union}). */
    PrefixFilter termFilter() {
        return termFilter;
    }

    private Weights vector(Map<String, Integer> byCode) {
        float[] v = new float[codes.size()];
        byCode.forEach((code, w) -> v[codes.indexOf(code)] = w);
        return new Weights(v, java.util.stream.IntStream.range(0, v.length).filter(c -> v[c] != 0).toArray());
    }

    /** A term's weight per topic and the topics where it is not zero, ascending. */
    private record Weights(float[] byCode, int[] codes) {}

    private static int[] append(int[] a, int v) {
        int[] out = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = v;
        return out;
    }

}
