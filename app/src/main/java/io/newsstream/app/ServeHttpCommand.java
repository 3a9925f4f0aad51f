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
        description = {"HTTP ingest API: POST /v1/articles (JSON or NDJSON), GET /health, GET /metrics, GET /openapi.json.",
            "With --read-api also GET /v1/articles and /v1/articles/{id} from PostgreSQL (NEWSSTREAM_SINK_JDBC_*)."})
final class ServeHttpCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeHttpCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--port", defaultValue = "${env:NEWSSTREAM_INGEST_HTTP_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--read-api", defaultValue = "${env:NEWSSTREAM_READ_API:-false}",
            description = "Also serve the read API from the sink's PostgreSQL (env NEWSSTREAM_READ_API).")
    boolean readApi;

    @Override
    public Integer call() throws Exception {
        IngestConfig config = IngestConfig.load(KafkaOptions.withAll(kafka.ingestOverrides(), Map.of(IngestConfig.BOOTSTRAP_SERVERS, kafka.requireBootstrap(),
                IngestConfig.TOPIC_PREFIX, kafka.topics().prefix(), IngestConfig.HTTP_PORT, port)));
        try (Lifecycle life = new Lifecycle()) {
            PrometheusMeterRegistry registry = Metrics.registry("ingest");
            ArticlePublisher publisher = life.add(ArticlePublisher.create(config));
            HttpIngestServer server = life.add(new HttpIngestServer(config, publisher, registry));
            if (readApi) {
                ReadRoutes.add(server, life, io.newsstream.sink.SinkConfig.load(Map.of()));
            }
            LOG.info("HTTP ingest listening on port {}", server.start());
            life.awaitShutdown();
        }
        return 0;
    }
}
