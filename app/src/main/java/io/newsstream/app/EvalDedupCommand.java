package io.newsstream.app;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.stream.StreamDedupRun;
import io.newsstream.enrich.core.eval.DedupEvaluator;
import io.newsstream.enrich.core.eval.DedupScores;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Runs the batch path over a labelled article stream and scores duplicateOf: pairwise "
                + "precision/recall/F1 after the transitive closure, recall per copy kind, hard negatives merged.",
                "Exit code 1 when a --fail-below floor (or --max-hard-negatives-merged) is not met."})
final class EvalDedupCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "RawArticle JSONL in arrival order.")
    Path articles;

    @Option(names = "--gold", required = true, description = "Gold JSONL: {id, cluster, kind}.")
    Path gold;

    @Option(names = "--hard-negatives", description = "JSONL of {a, b} pairs that must stay apart.")
    Path hardNegatives;

    @Option(names = "--fail-below", description = "Floor FIGURE=VALUE (precision, recall, f1); repeatable.")
    Map<String, Double> floors = new LinkedHashMap<>();

    @Option(names = "--max-hard-negatives-merged", defaultValue = "-1", description = "Fail above this many (default: no check).")
    int maxHardNegativesMerged;

    @Option(names = "--stream", description = "Score the stream path: the real enrich topology (sharded index, fan-in) "
            + "in Kafka's test driver, instead of the batch path.")
    boolean stream;

    @Override
    public Integer call() throws Exception {
        DedupScores scores;
        if (stream) {
            Path state = java.nio.file.Files.createTempDirectory("newsstream-eval-dedup");
            try (me.tongfei.progressbar.ProgressBar bar = io.newsstream.ingest.ProgressBars.forCount("stream", -1, "articles")) {
                scores = DedupEvaluator.score(StreamDedupRun.links(articles, EnrichmentCore.load(), state, n -> bar.step()),
                        gold, hardNegatives);
            } finally {
                try (var paths = java.nio.file.Files.walk(state)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } else {
            try (BatchProgress progress = new BatchProgress()) {
                scores = new DedupEvaluator(EnrichmentCore.load()).evaluate(articles, gold, hardNegatives, progress);
            }
        }
        System.out.print(scores.format(articles.getFileName().toString() + (stream ? " (stream topology)" : "")));
        int failed = Floors.missed(floors, scores::get);
        if (maxHardNegativesMerged >= 0 && scores.hardNegativesMerged() > maxHardNegativesMerged) {
            System.out.printf(Locale.ROOT, "  FAIL %d hard negatives merged (at most %d)%n", scores.hardNegativesMerged(), maxHardNegativesMerged);
            failed++;
        }
        return failed == 0 ? 0 : 1;
    }
}
