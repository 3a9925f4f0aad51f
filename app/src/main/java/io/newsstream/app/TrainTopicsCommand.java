package io.newsstream.app;

import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.topics.LabelledArticle;
import io.newsstream.enrich.core.topics.TopicLexicon;
import io.newsstream.enrich.core.topics.TopicModel;
import io.newsstream.enrich.core.topics.TopicModelTrainer;
import io.newsstream.enrich.core.topics.TopicTrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Train the IPTC Media Topics model (linear SVMs over word and word-pair features, calibrated",
                "with the keyword lexicon as prior) and write it for `enrich --topics-model` / enrich.topics.model."})
final class TrainTopicsCommand implements Callable<Integer> {
    @Mixin
    LabelledInput input;

    @Option(names = "--out", required = true, description = "Model file to write.")
    Path out;

    @Option(names = "--cost", defaultValue = "0.5", description = "SVM regularisation constant C (default ${DEFAULT-VALUE}).")
    double cost;

    @Option(names = "--min-df", defaultValue = "2", description = "Drop features seen in fewer articles (default ${DEFAULT-VALUE}).")
    int minDf;

    @Option(names = "--concat", defaultValue = "0",
            description = "Also train on synthetic long articles of N same-topic items; for snippet data (default ${DEFAULT-VALUE}: off).")
    int concat;

    @Option(names = "--threshold", defaultValue = "0.5",
            description = "Probability for a topic beside the best one to be emitted (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--balance", defaultValue = "1",
            description = "Class weighting power: 1 weighs every topic equally, 0 keeps the training mix as prior (default ${DEFAULT-VALUE}).")
    double balance;

    @Option(names = "--window", defaultValue = "-1",
            description = "Score an article longer than 1.5 windows as windows of N body tokens, the first with the title "
                    + "(0: whole articles; default: max(1, concat) x the median training body length).")
    int window;

    @Option(names = "--closed-set",
            description = "The training topics are all the topics wanted: never emit topics without examples "
                    + "(default: the keyword prior scores them).")
    boolean closedSet;

    @Option(names = "--languages", defaultValue = "en", split = ",",
            description = "Languages of the training texts (ISO 639-1, comma-separated; default ${DEFAULT-VALUE}): "
                    + "articles whose language is another get no topics.")
    List<String> languages;

    @Override
    public Integer call() {
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--languages takes ISO 639-1 codes such as en or de, not '" + language + "'");
            }
        }
        List<LabelledArticle> articles = new ArrayList<>();
        TextCleaner cleaner = new TextCleaner();
        input.sets().forEach(set -> set.forEach(a -> articles.add(a.cleaned(cleaner))));
        TopicTrainingOptions options = TopicTrainingOptions.defaults().withCost(cost).withMinDf(minDf)
                .withConcat(concat).withThreshold(threshold).withClosedSet(closedSet).withBalance(balance)
                .withWindow(window).withLanguages(languages);
        long started = System.nanoTime();
        TopicModelTrainer.Result result;
        try (TrainingProgressBar progress = new TrainingProgressBar()) {
            result = new TopicModelTrainer(TopicLexicon.loadDefault(), options).train(articles, progress);
        }
        TopicModel model = result.model();
        model.save(out);
        System.err.printf("trained on %d articles in %.1f s: %d classes, %d features; wrote %s (%.1f MB)%n",
                articles.size(), (System.nanoTime() - started) / 1e9, model.codes().size(), model.featureCount(), out,
                sizeMb(out));
        System.err.printf("cross-validated accuracy of the SVM margins: %.4f; scoring window: %s%n",
                result.crossValidatedAccuracy(), model.window() > 0 ? model.window() + " body tokens" : "whole articles");
        for (int c = 0; c < model.codes().size(); c++) {
            System.err.printf("  %s  %d examples%n", model.codes().get(c), model.examples(c));
        }
        return 0;
    }

    private static double sizeMb(Path p) {
        try {
            return Files.size(p) / 1e6;
        } catch (java.io.IOException e) {
            return Double.NaN;
        }
    }
}
