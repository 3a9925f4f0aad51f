package io.newsstream.app;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.eval.RegionEvaluator;
import io.newsstream.enrich.core.eval.RegionScores;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "regions", mixinStandardHelpOptions = true,
        description = {"Runs the batch enrich path over ARTICLES and scores mentions, regions and focusCountry "
                + "against GOLD: recognition P/R/F1 (span overlap, one-to-one), country-set F1 (macro), "
                + "focus accuracy, country accuracy of recognised gold toponyms; per article language too when "
                + "the articles have several.",
                "Exit code 1 when a --fail-below floor is not reached."})
final class EvalRegionsCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "RawArticle JSONL (body = the gold's text).")
    Path articles;

    @Option(names = "--gold", required = true, description = "Gold JSONL: {id, toponyms, countries, focus}.")
    Path gold;

    @Option(names = "--name", description = "Label printed with the figures (default: the articles file name).")
    String name;

    @Option(names = "--fail-below", description = "Floor FIGURE=VALUE (recognition-f1, precision, recall, "
            + "country-f1, focus, country-accuracy); repeatable.")
    Map<String, Double> floors = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        EnrichmentCore core = EnrichmentCore.load();
        RegionEvaluator.Report report;
        try (BatchProgress progress = new BatchProgress()) {
            report = new RegionEvaluator(core).report(articles, gold, progress);
        }
        RegionScores scores = report.all();
        String label = name != null ? name : articles.getFileName().toString();
        System.out.println(scores.format(label));
        if (report.byLanguage().size() > 1) {
            report.byLanguage().forEach((language, s) -> System.out.println(s.formatLine(label + " " + language)));
        }
        int failed = Floors.missed(floors, scores::get);
        return failed == 0 ? 0 : 1;
    }
}
