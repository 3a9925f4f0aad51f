package io.newsstream.app;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.topics.TopicExplanation;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "The best topics of one article with the model features and lexicon keywords that drove them.")
final class ExplainTopicsCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "One RawArticle as JSON (a file holding one object).")
    Path in;

    @picocli.CommandLine.Mixin
    TopicsModelOption model;

    @Option(names = "--top", defaultValue = "3", description = "Topics to explain (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--features", defaultValue = "10", description = "Features listed per topic (default ${DEFAULT-VALUE}).")
    int features;

    @Override
    public Integer call() throws Exception {
        EnrichmentCore core = EnrichmentCore.load(model.resolve());
        String json = Files.readString(in, StandardCharsets.UTF_8).trim();
        PreparedArticle p = core.prepare(ArticleJson.readRaw(json), System.currentTimeMillis());
        System.out.printf("%s%n", p.getTitle() == null ? "(no title)" : p.getTitle());
        for (TopicExplanation e : core.topicTagger().explain(p.getTitle(), p.getBody(), top, features)) {
            System.out.printf("%n%s  %s  p=%.4f%n", e.code(), e.label(), e.probability());
            if (e.broader() != null) {
                System.out.printf("  narrower topic of %s: keyword evidence %.1f, %.0f%% of the evidence of the topics "
                        + "under it; p = broader p x keyword calibration%n", e.broader(), e.keywordEvidence(),
                        100 * e.siblingShare());
            } else if (Double.isNaN(e.margin())) {
                System.out.printf("  no training examples: scored by the keyword prior alone (evidence %.1f)%n",
                        e.keywordEvidence());
            } else {
                System.out.printf("  model margin %.3f (%d training examples), keyword evidence %.1f%n", e.margin(),
                        e.trainingExamples(), e.keywordEvidence());
                System.out.println("  features (contribution to the log-odds):");
                e.features().forEach(f -> System.out.printf("    %+.3f  %s%n", f.logOdds(), f.feature()));
            }
            if (!e.keywords().isEmpty()) {
                System.out.println("  lexicon keywords (evidence):");
                e.keywords().forEach(f -> System.out.printf("    %5.1f  %s%n", f.logOdds(), f.feature()));
            }
        }
        return 0;
    }
}
