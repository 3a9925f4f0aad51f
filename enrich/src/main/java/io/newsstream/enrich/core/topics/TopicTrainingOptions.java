package io.newsstream.enrich.core.topics;

/**
 * Settings of {@link TopicModelTrainer}.
 *
 * @param hashBits  feature hash space is 2^hashBits
 * @param cost      SVM regularisation constant C
 * @param minDf     features in fewer training articles are dropped
 * @param folds     cross-validation folds for the out-of-fold margins the calibration is fitted on
 * @param concat    if above 1, also train on synthetic long articles made of this many same-topic items
 *                  (for short-snippet training data that the model will apply to full articles)
 * @param threshold probability above which a topic beside the best one is emitted
 * @param seed      seed of every random choice (training is deterministic)
 * @param balance   class weighting: positives of a topic with n_c of n examples weigh (n / (K n_c))^balance,
 *                  in the SVMs and in the calibration (0: the training mix is the prior; 1: all topics equal)
 * @param closedSet the training topics are all the topics wanted: topics without examples are never
 *                  emitted (otherwise the keyword prior scores them)
 * @param window    body tokens per scoring window of a long article ({@link TopicWindows}); 0: score whole
 *                  articles; {@value #AUTO_WINDOW}: max(1, concat) × the median body length of the training items
 * @param languages the languages of the training texts (ISO 639-1): articles in another language get no topics
 */
public record TopicTrainingOptions(int hashBits, double cost, int minDf, int folds, int concat, double threshold,
                                   long seed, boolean closedSet, double balance, int window,
                                   java.util.List<String> languages) {
    public static final int AUTO_WINDOW = -1;

    public static TopicTrainingOptions defaults() {
        return new TopicTrainingOptions(18, 0.5, 2, 5, 0, 0.5, 42, false, 1, AUTO_WINDOW, java.util.List.of("en"));
    }

    public TopicTrainingOptions withWindow(int tokens) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, concat, threshold, seed, closedSet, balance, tokens, languages);
    }

    public TopicTrainingOptions withBalance(double power) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, concat, threshold, seed, closedSet, power, window, languages);
    }

    public TopicTrainingOptions withClosedSet(boolean closed) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, concat, threshold, seed, closed, balance, window, languages);
    }

    public TopicTrainingOptions withConcat(int n) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, n, threshold, seed, closedSet, balance, window, languages);
    }

    public TopicTrainingOptions withCost(double c) {
        return new TopicTrainingOptions(hashBits, c, minDf, folds, concat, threshold, seed, closedSet, balance, window, languages);
    }

    public TopicTrainingOptions withMinDf(int df) {
        return new TopicTrainingOptions(hashBits, cost, df, folds, concat, threshold, seed, closedSet, balance, window, languages);
    }

    public TopicTrainingOptions withLanguages(java.util.List<String> codes) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, concat, threshold, seed, closedSet, balance, window,
                java.util.List.copyOf(codes));
    }

    public TopicTrainingOptions withThreshold(double t) {
        return new TopicTrainingOptions(hashBits, cost, minDf, folds, concat, t, seed, closedSet, balance, window, languages);
    }
}
