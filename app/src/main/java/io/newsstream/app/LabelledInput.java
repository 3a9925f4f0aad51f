package io.newsstream.app;

import io.newsstream.enrich.core.topics.HoldoutSplit;
import io.newsstream.enrich.core.topics.LabelledArticle;
import io.newsstream.enrich.core.topics.LabelledArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options naming labelled articles (JSONL with topics, or article + gold file pairs) and the split part to use. */
final class LabelledInput {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", description = "JSONL lines {\"id\"?, \"title\"?, \"body\", \"topics\": [QCodes]} (repeatable).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--articles", description = "Article JSONL (repeatable; the n-th pairs with the n-th --gold).")
    List<Path> articles = new ArrayList<>();

    @Option(names = "--gold", description = "Gold JSONL {\"id\", \"topics\": [QCodes]} for the n-th --articles.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--part", defaultValue = "ALL",
            description = "Which part of the id-hash split to use: ALL, TRAIN or TEST (default ${DEFAULT-VALUE}).")
    HoldoutSplit.Part part;

    @Option(names = "--test-percent", defaultValue = "20",
            description = "Share of ids in the TEST part (SHA-256 of the id mod 100; default ${DEFAULT-VALUE}).")
    int testPercent;

    /** Every named set, each restricted to the chosen part. */
    List<List<LabelledArticle>> sets() {
        if (articles.size() != gold.size()) {
            throw new ParameterException(spec.commandLine(), "give one --gold file per --articles file");
        }
        if (data.isEmpty() && articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --data or --articles with --gold");
        }
        List<List<LabelledArticle>> out = new ArrayList<>();
        data.forEach(d -> out.add(HoldoutSplit.select(LabelledArticles.read(d), part, testPercent)));
        for (int i = 0; i < articles.size(); i++) {
            out.add(HoldoutSplit.select(LabelledArticles.read(articles.get(i), gold.get(i)), part, testPercent));
        }
        return out;
    }
}
