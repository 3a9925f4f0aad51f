package io.newsstream.app;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.BatchEnricher;
import io.newsstream.enrich.core.BatchSummary;
import io.newsstream.enrich.core.EnrichmentCore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Batch mode without Kafka: the same clean + dedup + enrich core over a JSONL file.",
                "Writes one EnrichedArticle JSON line per valid input line, in input order; duplicates carry duplicateOf."})
final class EnrichBatchCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "RawArticle JSONL input, or - for stdin.")
    String in;

    @Option(names = "--out", required = true, description = "EnrichedArticle JSONL output, or - for stdout.")
    String out;

    @picocli.CommandLine.Mixin
    TopicsModelOption model;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(java.util.List.of(Path.of(in)));
        EnrichmentCore core = EnrichmentCore.load(model.resolve(),
                EnrichConfig.load(java.util.Map.of()).articleLimits());
        try (BufferedReader reader = in.equals("-")
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
                BufferedWriter writer = out.equals("-")
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
                BatchProgress progress = new BatchProgress()) {
            BatchSummary summary = new BatchEnricher(core).run(reader, writer, progress);
            writer.flush();
            progress.close();
            System.err.printf("read %d line(s): enriched %d (of which %d duplicates), rejected %d%n",
                    summary.read(), summary.enriched(), summary.duplicates(), summary.rejected());
            summary.rejections().forEach(r -> System.err.println("  " + r));
            return summary.rejected() == 0 ? 0 : 2;
        }
    }

    /** The model file of {@code enrich.topics.model} (env {@code NEWSSTREAM_ENRICH_TOPICS_MODEL}), or null. */
}
