package io.newsstream.app;

import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.topics.LabelledArticle;
import io.newsstream.enrich.core.topics.Calibration;
import io.newsstream.enrich.core.topics.TopicEvaluation;
import io.newsstream.enrich.core.topics.TopicLexicon;
import io.newsstream.enrich.core.topics.TopicModel;
import io.newsstream.enrich.core.topics.TopicTagger;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.avro.Topic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Topic accuracy (best topic in the gold set), macro-F1 over the gold classes present and the",
                "confusion matrix, on the text as the enrich stage cleans it. Exits 3 when a floor is not reached."})
final class EvalTopicsCommand implements Callable<Integer> {
    @Mixin
    LabelledInput input;

    @picocli.CommandLine.Mixin
    TopicsModelOption model;

    @Option(names = "--min-accuracy", defaultValue = "0", description = "Fail below this accuracy (0..1).")
    double minAccuracy;

    @Option(names = "--min-macro-f1", defaultValue = "0", description = "Fail below this macro-F1 (0..1).")
    double minMacroF1;

    @Option(names = "--max-ece", defaultValue = "1", description = "Fail above this expected calibration error of the best topic's probability (0..1).")
    double maxEce;

    @Override
    public Integer call() {
        TopicLexicon lexicon = TopicLexicon.loadDefault();
        Path modelPath = model.resolve();
        TopicTagger tagger = new TopicTagger(lexicon,
                modelPath == null ? TopicModel.loadDefault() : TopicModel.load(modelPath));
        TextCleaner cleaner = new TextCleaner();
        TopicEvaluation eval = new TopicEvaluation();
        Calibration calibration = new Calibration();
        Map<String, Integer> narrower = new java.util.TreeMap<>();
        List<List<LabelledArticle>> sets = input.sets();
        long started;
        try (ProgressBar bar = ProgressBars.forCount("eval topics", sets.stream().mapToLong(List::size).sum(), "articles")) {
            started = System.nanoTime();
            for (List<LabelledArticle> set : sets) {
                for (LabelledArticle raw : set) {
                    LabelledArticle a = raw.cleaned(cleaner);
                    List<Topic> topics = tagger.tag(a.title(), a.body());
                    List<String> codes = topics.stream().map(Topic::getCode).toList();
                    List<String> predicted = codes.stream().filter(lexicon.labels()::containsKey).toList();
                    if (!predicted.isEmpty()) {
                        calibration.add(topics.get(0).getScore(), raw.topics().contains(predicted.get(0)));
                    }
                    codes.stream().filter(c -> !lexicon.labels().containsKey(c)).forEach(c -> narrower.merge(c, 1, Integer::sum));
                    eval.add(raw.topics(), predicted);
                    bar.step();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(eval, lexicon.labels(), modelPath, seconds);
        printCalibration(calibration);
        System.out.printf("narrower topics emitted (not scored; code: articles): %s%n", narrower);
        boolean pass = eval.accuracy() >= minAccuracy && eval.macroF1() >= minMacroF1
                && calibration.expectedError() <= maxEce;
        if (!pass) {
            System.out.printf("FAIL: below the floor (accuracy >= %.4f, macro-F1 >= %.4f, ECE <= %.4f)%n", minAccuracy,
                    minMacroF1, maxEce);
        }
        return pass ? 0 : 3;
    }

    private static void print(TopicEvaluation eval, Map<String, String> labels, Path model, double seconds) {
        System.out.printf("model: %s%n", model == null ? "shipped (" + TopicModel.DEFAULT_RESOURCE + ")" : model);
        System.out.printf("articles: %d   accuracy: %.4f   macro-F1: %.4f (over %d gold classes)   %.1f s%n",
                eval.articles(), eval.accuracy(), eval.macroF1(), eval.goldClasses().size(), seconds);
        System.out.printf("topics per article: %s; answered %d of %d (%.1f %%), accuracy when answered %.4f%n",
                eval.topicsPerArticle(), eval.answered(), eval.articles(), 100.0 * eval.answered() / Math.max(1, eval.articles()),
                eval.answeredAccuracy());
        List<String> classes = eval.matrixClasses();
        System.out.println("confusion (rows: gold, columns: best predicted topic; codes without medtop:; precision, recall"
                + " and F1 of the best topic per gold class):");
        StringBuilder head = new StringBuilder(String.format("%-10s", "gold\\pred"));
        classes.forEach(c -> head.append(String.format("%6s", shortCode(c))));
        System.out.println(head.append("       P       R      F1  label"));
        for (String g : classes) {
            if (!eval.goldClasses().contains(g)) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format("%-10s", shortCode(g)));
            classes.forEach(p -> row.append(String.format("%6d", eval.count(g, p))));
            row.append(String.format("  %.4f  %.4f  %.4f  %s", eval.precision(g), eval.recall(g), eval.f1(g),
                    labels.getOrDefault(g, "")));
            System.out.println(row);
        }
    }

    private static void printCalibration(Calibration c) {
        System.out.printf("calibration of the best topic's probability (%d articles with a topic): ECE %.4f%n",
                c.predictions(), c.expectedError());
        for (Calibration.Bin b : c.bins()) {
            System.out.printf("  p in [%.1f, %.1f): %5d articles, mean p %.3f, right %.3f%n", b.from(), b.to(),
                    b.predictions(), b.meanProbability(), b.accuracy());
        }
    }

    private static String shortCode(String code) {
        return code.startsWith("medtop:") ? code.substring(7, 9) : code;
    }
}
