package io.newsstream.enrich.core.topics;

import io.newsstream.enrich.core.text.Tokens;
import io.newsstream.schemas.avro.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns the 17 top-level IPTC Media Topics with calibrated probabilities: the {@link TopicModel}'s
 * linear margins (of the whole article and of its snippet-sized {@link TopicWindows}) combined with the {@link TopicLexicon}'s keyword evidence (the prior) by the
 * model's logistic calibration; topics the model has no training examples of are scored from the
 * keyword evidence alone, times the chance that no trained topic applies. The result holds the best topic of every non-empty text plus the others
 * whose probability reaches the model's threshold, at most {@value #MAX_TOPICS}, best first; then the
 * {@link NarrowerTopics} that the evidence supports under them (none for a closed-set model).
 * Immutable and thread-safe.
 */
public final class TopicTagger {
    static final int MAX_TOPICS = 3;

    private final TopicLexicon lexicon;
    private final TopicModel model;
    private final NarrowerTopics narrower;
    private final PrefixFilter stems;
    private final int[] modelIndex;

    /** A tagger with the shipped narrower topics. */
    public TopicTagger(TopicLexicon lexicon, TopicModel model) {
        this(lexicon, model, NarrowerTopics.loadDefault());
    }

    /** @param narrower second-level topics to add under the emitted ones, or null for top-level topics only */
    public TopicTagger(TopicLexicon lexicon, TopicModel model, NarrowerTopics narrower) {
        this.lexicon = lexicon;
        this.model = model;
        this.narrower = model.closedSet() ? null : narrower;
        this.stems = this.narrower == null ? lexicon.termFilter()
                : PrefixFilter.union(lexicon.termFilter(), this.narrower.termFilter());
        this.modelIndex = lexicon.codes().stream().mapToInt(model.codes()::indexOf).toArray();
        for (String code : model.codes()) {
            if (!lexicon.labels().containsKey(code)) {
                throw new IllegalArgumentException("topic model class " + code + " is not a top-level topic");
            }
        }
    }

    /**
     * The emitted top-level topics, best first, then the emitted narrower topics (grouped under their
     * broader topics in that order, best first within a group).
     */
    public List<Topic> tag(String title, String body) {
        return tag(title, body, null);
    }

    /**
     * As {@link #tag(String, String)} for an article in {@code language}: none for a language the model was not
     * trained on (a known ISO 639-1 code outside {@link TopicModel#languages()}); null, blank or {@code none}
     * (no language detected) is scored.
     */
    public List<Topic> tag(String title, String body, String language) {
        if (!speaks(language)) {
            return List.of();
        }
        TopicTokens t = TopicTokens.of(title, stems);
        TopicTokens b = TopicTokens.of(body, stems);
        if (t.size() + b.size() == 0) {
            return List.of();
        }
        double[] p = probabilities(t, b);
        List<Topic> topics = new ArrayList<>();
        Map<String, Double> emitted = new HashMap<>();
        for (int j : ranked(p)) {
            if (!topics.isEmpty() && (p[j] < model.threshold() || topics.size() >= MAX_TOPICS)) {
                break;
            }
            String code = lexicon.codes().get(j);
            topics.add(topic(code, lexicon.labels().get(code), p[j]));
            emitted.put(code, p[j]);
        }
        for (NarrowerTopics.Scored s : narrower(t, b, emitted, false)) {
            topics.add(topic(s.code(), s.label(), s.probability()));
        }
        return topics;
    }

    /** Whether articles in {@code language} are scored (see {@link #tag(String, String, String)}). */
    public boolean speaks(String language) {
        return language == null || language.isBlank() || language.equals("none") || model.languages().contains(language);
    }

    /** Probability per top-level topic in {@link TopicLexicon#codes()} order, or null for a text without words. */
    public double[] probabilities(String title, String body) {
        TopicTokens t = TopicTokens.of(title, stems);
        TopicTokens b = TopicTokens.of(body, stems);
        return t.size() + b.size() == 0 ? null : probabilities(t, b);
    }

    private double[] probabilities(TopicTokens t, TopicTokens b) {
        return probabilities(model.margins(TopicWindows.vector(model, t, b)), lexicon.evidence(t, b, null));
    }

    private List<NarrowerTopics.Scored> narrower(TopicTokens t, TopicTokens b, Map<String, Double> emitted,
                                                 boolean keywords) {
        boolean confident = emitted.entrySet().stream()
                .anyMatch(e -> e.getValue() >= model.threshold() && narrower != null && narrower.refines(e.getKey()));
        if (!confident) {
            return List.of();
        }
        return narrower.assign(t, b, emitted, model, keywords);
    }

    private static Topic topic(String code, String label, double p) {
        return Topic.newBuilder().setCode(code).setLabel(label).setScore(Math.round(p * 10_000) / 10_000.0).build();
    }

    /**
     * Trained topics: the calibrated probability. Untrained topics: the keyword prior's probability
     * times the probability that the article belongs to none of the trained topics (the product of
     * their 1 − p, the one-vs-rest models being independent), as the model knows it belongs to an
     * unseen topic only that far. Zero for a closed-set model.
     */
    private double[] probabilities(double[] margins, double[] evidence) {
        double[] p = new double[evidence.length];
        double none = 1;
        for (int j = 0; j < p.length; j++) {
            p[j] = LogisticFit.sigmoid(logOdds(j, margins, evidence));
            none *= modelIndex[j] >= 0 ? 1 - p[j] : 1;
        }
        for (int j = 0; j < p.length; j++) {
            if (modelIndex[j] < 0) {
                p[j] = model.closedSet() ? 0 : p[j] * none;
            }
        }
        return p;
    }

    /** The {@code topics} best topics with the features and keywords that contributed most to each. */
    public List<TopicExplanation> explain(String title, String body, int topics, int featuresPerTopic) {
        TopicTokens t = TopicTokens.of(title, stems);
        TopicTokens b = TopicTokens.of(body, stems);
        if (t.size() + b.size() == 0) {
            return List.of();
        }
        TopicModel.Vector v = TopicWindows.vector(model, t, b);
        double[] margins = model.margins(v);
        Map<String, double[]> hits = new HashMap<>();
        double[] evidence = lexicon.evidence(t, b, hits);
        double[] p = probabilities(margins, evidence);
        Map<Integer, String> names = featureNames(title, body);
        List<TopicExplanation> out = new ArrayList<>();
        for (int j : ranked(p).subList(0, Math.min(topics, p.length))) {
            String code = lexicon.codes().get(j);
            int c = modelIndex[j];
            List<TopicExplanation.Contribution> features = new ArrayList<>();
            if (c >= 0) {
                for (int i = 0; i < v.rows().length; i++) {
                    double contribution = model.calMargin() * v.values()[i] * model.weight(v.rows()[i], c);
                    String name = names.getOrDefault(model.featureIds[v.rows()[i]], "?");
                    features.add(new TopicExplanation.Contribution(name, contribution));
                }
                features.sort(Comparator.comparingDouble((TopicExplanation.Contribution x) -> -x.logOdds()));
                features = List.copyOf(features.subList(0, Math.min(featuresPerTopic, features.size())));
            }
            List<TopicExplanation.Contribution> keywords = hits.entrySet().stream().filter(e -> e.getValue()[j] > 0)
                    .map(e -> new TopicExplanation.Contribution(e.getKey(), e.getValue()[j]))
                    .sorted(Comparator.comparingDouble((TopicExplanation.Contribution x) -> -x.logOdds()))
                    .limit(featuresPerTopic).toList();
            out.add(new TopicExplanation(code, lexicon.labels().get(code), p[j], c >= 0 ? margins[c] : Double.NaN,
                    c >= 0 ? model.examples(c) : 0, evidence[j], features, keywords, null, Double.NaN));
        }
        out.addAll(explainNarrower(title, body, p, featuresPerTopic));
        return out;
    }

    /** The emitted narrower topics with the keywords that hit them. */
    private List<TopicExplanation> explainNarrower(String title, String body, double[] p, int featuresPerTopic) {
        Map<String, Double> emitted = new HashMap<>();
        int n = 0;
        for (int j : ranked(p)) {
            if (n > 0 && (p[j] < model.threshold() || n >= MAX_TOPICS)) {
                break;
            }
            emitted.put(lexicon.codes().get(j), p[j]);
            n++;
        }
        List<TopicExplanation> out = new ArrayList<>();
        for (NarrowerTopics.Scored s : narrower(TopicTokens.of(title, stems), TopicTokens.of(body, stems), emitted, true)) {
            out.add(new TopicExplanation(s.code(), s.label(), s.probability(), Double.NaN, 0, s.evidence(), List.of(),
                    List.copyOf(s.keywords().subList(0, Math.min(featuresPerTopic, s.keywords().size()))),
                    s.broader(), s.share()));
        }
        return out;
    }

    public TopicModel model() {
        return model;
    }

    /** The second-level topics added under the emitted ones, or null if none are. */
    public NarrowerTopics narrower() {
        return narrower;
    }

    private double logOdds(int j, double[] margins, double[] evidence) {
        double total = 0;
        for (double e : evidence) {
            total += e;
        }
        double share = total > 0 ? evidence[j] / total : 0;
        double logEvidence = Math.log1p(evidence[j]);
        int c = modelIndex[j];
        return c >= 0 ? model.logOdds(c, margins[c], share, logEvidence) : model.priorLogOdds(share, logEvidence);
    }

    private static List<Integer> ranked(double[] p) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < p.length; j++) {
            order.add(j);
        }
        order.sort((a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
        return order;
    }

    private Map<Integer, String> featureNames(String title, String body) {
        Map<Integer, String> names = new HashMap<>();
        for (String text : new String[] {title, body}) {
            Tokens t = Tokens.of(text);
            for (int i = 0; i < t.size(); i++) {
                names.putIfAbsent(model.features().id(t.key(i)), t.key(i));
                if (i > 0) {
                    String pair = t.key(i - 1) + " " + t.key(i);
                    names.putIfAbsent(model.features().id(pair), pair);
                }
            }
        }
        return names;
    }
}
