package io.newsstream.enrich.core.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    private final Map<String, String> labels;
    private final List<String> codes;
    private final Map<String, Group> byBroader;
    private final PrefixFilter stems;

    private NarrowerTopics(Map<String, String> labels, List<String> broader, List<String[]> rows) {
        this.labels = Map.copyOf(labels);
        this.codes = List.copyOf(labels.keySet());
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            members.computeIfAbsent(broader.get(i), k -> new ArrayList<>()).add(codes.get(i));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        members.forEach((parent, codesUnder) -> {
            Map<String, String> groupLabels = new LinkedHashMap<>();
            codesUnder.forEach(c -> groupLabels.put(c, labels.get(c)));
            List<String[]> groupRows = rows.stream().filter(r -> groupLabels.containsKey(r[0])).toList();
            groups.put(parent, new Group(parent, TopicLexicon.of(groupLabels, groupRows)));
        });
        this.byBroader = groups;
        this.stems = PrefixFilter.union(groups.values().stream().map(g -> g.lexicon().termFilter())
                .toArray(PrefixFilter[]::new));
    }

    public static NarrowerTopics loadDefault() {
        try (InputStream t = LexiconFiles.resource(TOPICS_RESOURCE);
             InputStream x = LexiconFiles.resource(LEXICON_RESOURCE)) {
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
        List<String[]> topics = LexiconFiles.rows(topicsIn, 4);
        for (String[] f : topics) {
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
        for (String[] f : LexiconFiles.rows(lexiconIn, 3)) {
            if (!labels.containsKey(f[0])) {
                throw new IllegalArgumentException("lexicon names unknown narrower topic " + f[0]);
            }
            rows.add(f);
        }
        return new NarrowerTopics(labels, broader, rows);
    }

    /** QCodes of the narrower topics, broader topics before narrower ones. */
    public List<String> codes() {
        return codes;
    }

    public String label(String code) {
        return labels.get(code);
    }

    /** A filter covering the stems of every group's lexicon, for {@link PrefixFilter#union}. */
    PrefixFilter termFilter() {
        return stems;
    }

    /** Whether some narrower topic has this broader topic. */
    boolean refines(String code) {
        return byBroader.containsKey(code);
    }

    /**
     * The narrower topics to emit, broader topics' groups in order, best first within a group. Only the
     * groups under emitted topics read the text.
     *
     * @param emitted  probability of each emitted topic (QCode → p); receives the emitted narrower topics
     * @param keywords whether to list the keywords that hit each emitted topic
     */
    List<Scored> assign(TopicTokens title, TopicTokens body, Map<String, Double> emitted, TopicModel calibration,
                        boolean keywords) {
        List<Scored> out = new ArrayList<>();
        for (Group group : byBroader.values()) {
            Double parent = emitted.get(group.broader());
            if (parent == null || parent < calibration.threshold()) {
                continue;
            }
            Map<String, double[]> hits = keywords ? new HashMap<>() : null;
            double[] evidence = group.lexicon().evidence(title, body, hits);
            double total = 0;
            for (double e : evidence) {
                total += e;
            }
            List<Scored> candidates = new ArrayList<>();
            for (int i = 0; i < evidence.length; i++) {
                double e = evidence[i];
                if (e >= MIN_EVIDENCE) {
                    double share = e / total;
                    double p = parent * LogisticFit.sigmoid(calibration.priorLogOdds(share, Math.log1p(e)));
                    if (p >= calibration.threshold()) {
                        String code = group.lexicon().codes().get(i);
                        candidates.add(new Scored(code, label(code), group.broader(), p, e, share,
                                keywords ? keywords(hits, i) : List.of()));
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

    private static List<TopicExplanation.Contribution> keywords(Map<String, double[]> hits, int i) {
        return hits.entrySet().stream().filter(e -> e.getValue()[i] > 0)
                .map(e -> new TopicExplanation.Contribution(e.getKey(), e.getValue()[i]))
                .sorted(Comparator.comparingDouble((TopicExplanation.Contribution x) -> -x.logOdds())).toList();
    }

    /** The narrower topics of one broader topic, with their own lexicon. */
    private record Group(String broader, TopicLexicon lexicon) {}

    /**
     * A narrower topic with its probability, keyword evidence, share of its siblings' evidence and
     * (if asked) the keywords that hit it, most evidence first.
     */
    record Scored(String code, String label, String broader, double probability, double evidence, double share,
                  List<TopicExplanation.Contribution> keywords) {}
}
