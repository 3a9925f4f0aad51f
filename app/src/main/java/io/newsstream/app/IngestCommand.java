package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.ingest.FileIngestor;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish RawArticle JSON lines, or the HTML pages of WARC files, to the raw topic (idempotent producer, acks=all).",
                "Bad lines (records) are reported with their number and sent to the dead-letter topic."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL files (.jsonl or .jsonl.gz), WARC files (.warc or .warc.gz: HTML pages of HTTP 200 responses), or - for JSONL on stdin.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(files);
        IngestConfig config = IngestConfig.load(KafkaOptions.withAll(kafka.ingestOverrides(), Map.of(IngestConfig.BOOTSTRAP_SERVERS, kafka.requireBootstrap(),
                IngestConfig.TOPIC_PREFIX, kafka.topics().prefix())));
        PrometheusMeterRegistry registry = Metrics.registry("ingest-cli");
        boolean clean = true;
        try (ArticlePublisher publisher = ArticlePublisher.create(config)) {
            FileIngestor ingestor = new FileIngestor(publisher, registry, true);
            for (Path file : files) {
                IngestSummary summary = ingestor.ingest(file);
                System.out.print(file + ": " + summary.render());
                clean &= summary.clean();
            }
        }
        return clean ? 0 : 2;
    }
}
