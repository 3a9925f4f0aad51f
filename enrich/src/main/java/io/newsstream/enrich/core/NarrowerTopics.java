package io.newsstream.enrich.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-level (and a few third-level) IPTC Media Topics, scored under an emitted broader topic from
 * keyword evidence: the labels of each topic and of the topics under it in the IPTC vocabulary
 * ({@code topics/subtopics.tsv}, CC BY 4.0) plus a hand-written lexicon ({@code topics/sublexicon.tsv}).
 * A narrower topic's probability is its broader topic's probability times the keyword calibration the
 * topic model fitted for topics without examples, applied to the topic's evidence and its share of
 * the evidence of its siblings. It is emitted only under a broader topic that passed the model's
 * threshold, with at least {@value #MIN_EVIDENCE} evidence and a probability that passes the
 * threshold too; at most {@value #MAX_PER_BROADER} under one broader topic. Immutable and thread-safe.
 */
public final class NarrowerTopics {
    public static final String TOPICS_RESOURCE = "/io/newsstream/enrich/topics/subtopics.tsv";
    public static final String LEXICON_RESOURCE = "/io/newsstream/enrich/topics/sublexicon.tsv";
    static final double MIN_EVIDENCE = 3.0;
    static final int MAX_PER_BROADER = 2;

    private final TopicLexicon lexicon;
    private final List<String> codes;
    private final String[] broader;
    private final Map<String, int[]> byBroader;

    private NarrowerTopics(TopicLexicon lexicon, String[] broader) {
        this.lexicon = lexicon;
        this.codes = lexicon.codes();
        this.broader = broader;
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (int i = 0; i < broader.length; i++) {
            int[] members = groups.getOrDefault(broader[i], new int[0]);
            members = Arrays.copyOf(members, members.length + 1);
            members[members.length - 1] = i;
            groups.put(broader[i], members);
        }
        this.byBroader = groups;
    }

    public static NarrowerTopics loadDefault() {
        try (InputStream t = TopicLexicon.resource(TOPICS_RESOURCE);
             InputStream x = TopicLexicon.resource(LEXICON_RESOURCE)) {
            return load(t, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the topics (QCode, broader QCode, label, vocabulary terms; broader topics before narrower
     * ones) and the hand-written lexicon rows (QCode, weight, terms).
     */
    public static NarrowerTopics load(InputStream topicsIn, InputStream lexiconIn) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> broader = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String[] f : TopicLexicon.rows(topicsIn, 4)) {
            if (labels.put(f[0], f[2]) != null) {
                throw new IllegalArgumentException("narrower topic listed twice: " + f[0]);
            }
            if (broader.contains(f[0])) {
                throw new IllegalArgumentException("narrower topic listed after a topic under it: " + f[0]);
            }
            broader.add(f[1]);
            if (!f[3].equals("-")) {
                rows.add(new String[] {f[0], "1", f[3]});
            }
        }
        rows.addAll(TopicLexicon.rows(lexiconIn, 3));
        return new NarrowerTopics(TopicLexicon.of(labels, rows), broader.toArray(new String[0]));
    }

    /** QCodes of the narrower topics, in {@link #evidence} order. */
    public List<String> codes() {
        return codes;
    }

    public String label(String code) {
        return lexicon.labels().get(code);
    }

    PrefixFilter stemFilter() {
        return lexicon.stemFilter();
    }

    /** Keyword evidence per narrower topic, as {@link TopicLexicon#evidence} counts it. */
    double[] evidence(TopicTokens title, TopicTokens body, Map<String, double[]> hits) {
        return lexicon.evidence(title, body, hits);
    }

    /** Whether some narrower topic has this broader topic. */
    boolean refines(String code) {
        return byBroader.containsKey(code);
    }

    /**
     * The narrower topics to emit, broader topics' groups in order, best first within a group.
     *
     * @param emitted probability of each emitted topic (QCode → p); receives the emitted narrower topics
     */
    List<Scored> assign(double[] evidence, Map<String, Double> emitted, TopicModel calibration) {
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<String, int[]> group : byBroader.entrySet()) {
            Double parent = emitted.get(group.getKey());
            if (parent == null || parent < calibration.threshold()) {
                continue;
            }
            double total = 0;
            for (int i : group.getValue()) {
                total += evidence[i];
            }
            List<Scored> candidates = new ArrayList<>();
            for (int i : group.getValue()) {
                double e = evidence[i];
                if (e >= MIN_EVIDENCE) {
                    double share = e / total;
                    double p = parent * LogisticFit.sigmoid(calibration.priorLogOdds(share, Math.log1p(e)));
                    if (p >= calibration.threshold()) {
                        candidates.add(new Scored(codes.get(i), label(codes.get(i)), broader[i], p, e, share));
                    }
                }
            }
            candidates.sort((a, b) -> Double.compare(b.probability(), a.probability()));
            for (Scored s : candidates.subList(0, Math.min(MAX_PER_BROADER, candidates.size()))) {
                out.add(s);
                emitted.put(s.code(), s.probability());
            }
        }
        return out;
    }

    /** A narrower topic with its probability, keyword evidence and share of its siblings' evidence. */
    record Scored(String code, String label, String broader, double probability, double evidence, double share) {}
}
