package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.ingest.HttpIngestServer;
import io.newsstream.ingest.IngestConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "http", mixinStandardHelpOptions = true,
        description = "HTTP ingest API: POST /v1/articles (JSON or NDJSON), GET /health, GET /metrics.")
final class ServeHttpCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeHttpCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--port", defaultValue = "${env:NEWSSTREAM_INGEST_HTTP_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        IngestConfig config = IngestConfig.load(KafkaOptions.withAll(kafka.ingestOverrides(), Map.of(IngestConfig.BOOTSTRAP_SERVERS, kafka.requireBootstrap(),
                IngestConfig.TOPIC_PREFIX, kafka.topics().prefix(), IngestConfig.HTTP_PORT, port)));
        try (Lifecycle life = new Lifecycle()) {
            PrometheusMeterRegistry registry = Metrics.registry("ingest");
            ArticlePublisher publisher = life.add(ArticlePublisher.create(config));
            HttpIngestServer server = life.add(new HttpIngestServer(config, publisher, registry));
            LOG.info("HTTP ingest listening on port {}", server.start());
            life.awaitShutdown();
        }
        return 0;
    }
}
