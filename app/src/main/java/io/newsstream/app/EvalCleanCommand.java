package io.newsstream.app;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.eval.CleanAgreement;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "On a labelled dedup stream: the share of portal copies whose cleaned body is exactly their "
                + "original's (cleaner rules alone, and with per-source learned boilerplate), and originals that lost lines.")
final class EvalCleanCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "RawArticle JSONL in arrival order.")
    Path articles;

    @Option(names = "--gold", required = true, description = "Gold JSONL: {id, cluster, kind}.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        CleanAgreement.Scores scores = new CleanAgreement(EnrichmentCore.load()).evaluate(articles, gold);
        System.out.print(scores.format(articles.getFileName().toString()));
        return 0;
    }
}
