package io.newsstream.enrich.core.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates topic predictions against gold topic sets. Accuracy: the best predicted topic is in the
 * gold set. Macro-F1 over the gold classes present, on the best topic: a correct best topic is a true
 * positive of itself; a wrong one a false positive of itself and a false negative of the article's
 * first gold topic (any gold topic is right when there are several). The confusion matrix counts
 * (the matched or first gold topic, the best topic). Also counts how many topics articles received.
 * Not thread-safe.
 */
public final class TopicEvaluation {
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final Map<Integer, Integer> topicsPerArticle = new TreeMap<>();
    private final Set<String> goldClasses = new TreeSet<>();
    private int articles;
    private int correct;
    private int answered;

    /**
     * @param gold      the gold topics, primary first (iteration order matters for the false negative)
     * @param predicted the predicted topics, best first (may be empty)
     */
    public void add(Collection<String> gold, List<String> predicted) {
        String first = gold.iterator().next();
        String best = predicted.isEmpty() ? "(none)" : predicted.get(0);
        boolean hit = gold.contains(best);
        goldClasses.addAll(gold);
        articles++;
        correct += hit ? 1 : 0;
        answered += predicted.isEmpty() ? 0 : 1;
        confusion.computeIfAbsent(hit ? best : first, k -> new TreeMap<>()).merge(best, 1, Integer::sum);
        topicsPerArticle.merge(predicted.size(), 1, Integer::sum);
    }

    public int articles() {
        return articles;
    }

    /** Articles that got at least one topic (the others abstained: counted as wrong by {@link #accuracy()}). */
    public int answered() {
        return answered;
    }

    /** Accuracy over the articles that got a topic. */
    public double answeredAccuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    public double accuracy() {
        return articles == 0 ? 0 : (double) correct / articles;
    }

    /** Mean F1 over the gold classes present. */
    public double macroF1() {
        double sum = 0;
        for (String c : goldClasses) {
            sum += f1(c);
        }
        return goldClasses.isEmpty() ? 0 : sum / goldClasses.size();
    }

    public double f1(String c) {
        int tp = count(c, c);
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + falsePositives(c) + falseNegatives(c));
    }

    /** Of the articles whose best topic is {@code c}, the share where it was right (0 when none). */
    public double precision(String c) {
        int tp = count(c, c);
        return tp == 0 ? 0 : (double) tp / (tp + falsePositives(c));
    }

    /** Of the articles whose (matched or first) gold topic is {@code c}, the share whose best topic was {@code c}. */
    public double recall(String c) {
        int tp = count(c, c);
        return tp == 0 ? 0 : (double) tp / (tp + falseNegatives(c));
    }

    private int falsePositives(String c) {
        return confusion.entrySet().stream().filter(e -> !e.getKey().equals(c))
                .mapToInt(e -> e.getValue().getOrDefault(c, 0)).sum();
    }

    private int falseNegatives(String c) {
        return confusion.getOrDefault(c, Map.of()).entrySet().stream().filter(e -> !e.getKey().equals(c))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public Set<String> goldClasses() {
        return goldClasses;
    }

    /** Row: gold topic; column: best predicted topic. */
    public int count(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** Every topic that occurs as a row or a column of the confusion matrix, sorted. */
    public List<String> matrixClasses() {
        Set<String> all = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(m -> all.addAll(m.keySet()));
        return new ArrayList<>(all);
    }

    /** Number of predicted topics → number of articles. */
    public Map<Integer, Integer> topicsPerArticle() {
        return topicsPerArticle;
    }
}
