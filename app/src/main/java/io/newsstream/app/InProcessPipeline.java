package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichService;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.ingest.HttpIngestServer;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.ArticleSink;
import io.newsstream.sink.ConsumerSink;
import io.newsstream.sink.FileSink;
import io.newsstream.sink.SinkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * HTTP ingest, the enrich stage and the PostgreSQL sink (plus the file sink when
 * {@code sink.files.dir} is set) running in this process against a given Kafka and database: what
 * {@code newsstream run} starts, and what end-to-end tests start.
 */
final class InProcessPipeline implements AutoCloseable {
    private final Lifecycle life = new Lifecycle(false);
    private final ArticleSink sink;
    private final FileSink fileSink;
    private final ArticlePublisher publisher;
    private final int httpPort;

    /**
     * @param clientConfig extra Kafka client settings applied to every client
     * @param staticMember when this process owns the broker: the enrich stage joins its group as a static member,
     *        so a run restarted after kill -9 takes over at once instead of waiting out the dead member's session
     */
    InProcessPipeline(String bootstrap, Topics topics, EnrichConfig enrichConfig, SinkConfig sinkConfig, int httpPort,
            Map<String, String> clientConfig, PrometheusMeterRegistry registry, boolean staticMember, ArticleSerdes serdes)
            throws InterruptedException {
        this(bootstrap, topics, enrichConfig, sinkConfig, httpPort, clientConfig, registry,
                EnrichmentCore.load(enrichConfig.topicsModel(), enrichConfig.articleLimits()), staticMember, serdes);
    }

    /** A pipeline on a broker this process does not own (dynamic group membership). */
    InProcessPipeline(String bootstrap, Topics topics, EnrichConfig enrichConfig, SinkConfig sinkConfig, int httpPort,
            Map<String, String> clientConfig, PrometheusMeterRegistry registry) throws InterruptedException {
        this(bootstrap, topics, enrichConfig, sinkConfig, httpPort, clientConfig, registry, false, ArticleSerdes.configured());
    }

    /** The same with an enrichment core loaded (and possibly warmed up) by the caller. */
    InProcessPipeline(String bootstrap, Topics topics, EnrichConfig enrichConfig, SinkConfig sinkConfig, int httpPort,
            Map<String, String> clientConfig, PrometheusMeterRegistry registry, EnrichmentCore core)
            throws InterruptedException {
        this(bootstrap, topics, enrichConfig, sinkConfig, httpPort, clientConfig, registry, core, false, ArticleSerdes.configured());
    }

    private InProcessPipeline(String bootstrap, Topics topics, EnrichConfig enrichConfig, SinkConfig sinkConfig,
            int httpPort, Map<String, String> clientConfig, PrometheusMeterRegistry registry, EnrichmentCore core,
            boolean staticMember, ArticleSerdes serdes) throws InterruptedException {
        try {
            Properties streams = enrichConfig.streamsProperties(bootstrap);
            streams.putAll(clientConfig);
            if (staticMember) {
                streams.put(org.apache.kafka.streams.StreamsConfig.mainConsumerPrefix("group.instance.id"),
                        streams.getProperty(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG) + "-run");
            }
            EnrichService enrich = life.add(new EnrichService(enrichConfig, streams, serdes, core, registry));
            enrich.start(Duration.ofMinutes(2));
            this.sink = ServeSinkCommand.startSink(life, sinkConfig, bootstrap,
                    staticMember ? withInstanceId(clientConfig, "newsstream-sink-run") : clientConfig, registry, serdes);
            this.fileSink = sinkConfig.filesDir().isPresent()
                    ? ServeFilesCommand.startFileSink(life, sinkConfig, bootstrap,
                            staticMember ? withInstanceId(clientConfig, "newsstream-files-run") : clientConfig, registry, serdes)
                    : null;
            Map<String, Object> ingest = new java.util.HashMap<>();
            clientConfig.forEach((k, v) -> ingest.put(IngestConfig.PRODUCER_PREFIX + k, v));
            ingest.put(IngestConfig.BOOTSTRAP_SERVERS, bootstrap);
            ingest.put(IngestConfig.TOPIC_PREFIX, topics.prefix());
            ingest.put(IngestConfig.HTTP_PORT, httpPort);
            IngestConfig ingestConfig = IngestConfig.load(ingest);
            this.publisher = life.add(ArticlePublisher.create(ingestConfig, serdes));
            HttpIngestServer http = life.add(new HttpIngestServer(ingestConfig, publisher, registry));
            ReadRoutes.add(http, life, sinkConfig);
            this.httpPort = http.start();
        } catch (RuntimeException | Error | InterruptedException e) {
            life.close();
            throw e;
        }
    }

    ArticleSink sink() {
        return sink;
    }

    /** The sinks running: the PostgreSQL sink, and the file sink when {@code sink.files.dir} is set. */
    List<ConsumerSink> sinks() {
        return fileSink == null ? List.of(sink) : List.of(sink, fileSink);
    }

    ArticlePublisher publisher() {
        return publisher;
    }

    int httpPort() {
        return httpPort;
    }

    @Override
    public void close() {
        life.close();
    }

    private static Map<String, String> withInstanceId(Map<String, String> clientConfig, String id) {
        Map<String, String> out = new java.util.HashMap<>(clientConfig);
        out.put("group.instance.id", id);
        return out;
    }
}
