package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.embedded.EmbeddedKafkaBroker;
import io.newsstream.embedded.EmbeddedPostgresServer;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.ingest.FileIngestor;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.registry.SchemaRegistryClient;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline in one process: HTTP ingest, enrich (Kafka Streams) and the PostgreSQL sink.",
                "Without --bootstrap-servers it starts a real single-node Kafka in-process (data in DATA_DIR/kafka);",
                "without --jdbc-url an embedded PostgreSQL (DATA_DIR/pg). FILES are ingested, then it reports what came out."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "0..*", paramLabel = "FILES", description = "RawArticle JSONL files (or WARC files, .warc/.warc.gz) to ingest once the pipeline runs.")
    List<Path> files = List.of();

    @Option(names = "--jdbc-url", defaultValue = "${env:NEWSSTREAM_SINK_JDBC_URL}", description = "PostgreSQL JDBC URL (default: embedded).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:NEWSSTREAM_SINK_JDBC_USER:-newsstream}", description = "PostgreSQL user.")
    String jdbcUser;

    @Option(names = "--data-dir", defaultValue = "data", description = "Where the embedded broker, database and state live (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP ingest and /metrics port (default ${DEFAULT-VALUE}; 0 = any).")
    int httpPort;

    @Option(names = "--files-dir", defaultValue = "${env:NEWSSTREAM_SINK_FILES_DIR}",
            description = "Also write enriched articles and duplicates as JSON Lines under this directory (file sink).")
    Path filesDir;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of topics this run creates (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--schema-registry-port", defaultValue = "-1",
            description = {"Serve the schema-registry endpoints for newsstream's schemas on this port (0 = any) and write the",
                "contract topics in the Confluent wire format through them, so registry-aware clients read the output",
                "with no registry server. Default: off (Avro single-object encoding), unless NEWSSTREAM_SCHEMA_REGISTRY_URL",
                "names a registry server."})
    int schemaRegistryPort;

    @Option(names = "--once", description = "Exit when the given files have gone through the pipeline.")
    boolean once;

    @Option(names = "--drain-timeout", defaultValue = "PT5M", description = "How long --once waits without progress (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration drainTimeout;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(files);
        try (Lifecycle life = new Lifecycle()) {
            String bootstrap = kafka.bootstrapServers;
            boolean embeddedBroker = bootstrap == null || bootstrap.isBlank();
            if (embeddedBroker) {
                say("Starting embedded Kafka (KRaft, single node) in " + dataDir.resolve("kafka") + " ...");
                bootstrap = life.add(new EmbeddedKafkaBroker(dataDir.resolve("kafka")).start()).bootstrapServers();
            }
            Map<String, Object> sinkSettings = new HashMap<>();
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                say("Starting embedded PostgreSQL in " + dataDir.resolve("pg") + " ...");
                EmbeddedPostgresServer pg = life.add(new EmbeddedPostgresServer(dataDir.resolve("pg")).start());
                sinkSettings.put(SinkConfig.JDBC_URL, pg.ensureDatabase("newsstream"));
                sinkSettings.put(SinkConfig.JDBC_USER, EmbeddedPostgresServer.USER);
            } else {
                sinkSettings.put(SinkConfig.JDBC_URL, jdbcUrl);
                sinkSettings.put(SinkConfig.JDBC_USER, jdbcUser);
            }
            Topics topics = kafka.topics();
            TopicSetup.ensure(bootstrap, topics, partitions, (short) 1);
            PrometheusMeterRegistry registry = Metrics.registry("newsstream");

            EnrichConfig enrichConfig = EnrichConfig.load(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                    EnrichConfig.STATE_DIR, dataDir.resolve("streams").toAbsolutePath().toString()));
            sinkSettings.put(SinkConfig.TOPIC_PREFIX, topics.prefix());
            if (filesDir != null) {
                sinkSettings.put(SinkConfig.FILES_DIR, filesDir.toAbsolutePath().toString());
            }
            SinkConfig sinkConfig = SinkConfig.load(sinkSettings);
            ArticleSerdes serdes = ArticleSerdes.configured();
            String registryUrl = null;
            if (schemaRegistryPort >= 0) {
                registryUrl = life.add(new EmbeddedSchemaRegistry(topics)).start(schemaRegistryPort);
                serdes = ArticleSerdes.withRegistry(new SchemaRegistryClient(registryUrl, null));
            }
            InProcessPipeline pipeline = life.add(new InProcessPipeline(bootstrap, topics, enrichConfig, sinkConfig,
                    httpPort, kafka.clientConfig, registry, embeddedBroker, serdes));
            ArticlePublisher publisher = pipeline.publisher();
            int port = pipeline.httpPort();

            say("Pipeline running.");
            say("  Kafka:       " + bootstrap);
            say("  PostgreSQL:  " + SinkConfig.maskUrl(sinkConfig.jdbcUrl()) + " (user " + sinkConfig.jdbcUser() + ")");
            sinkConfig.filesDir().ifPresent(dir -> say("  Files:       " + dir + " (JSON Lines per topic partition)"));
            say("  HTTP ingest: POST http://localhost:" + port + "/v1/articles   metrics: http://localhost:" + port + "/metrics");
            if (registryUrl != null) {
                say("  Schemas:     " + registryUrl + " (schema-registry API; topics in the Confluent wire format)");
            }

            int code = 0;
            if (!files.isEmpty()) {
                List<io.newsstream.app.lag.Stage> stages = new java.util.ArrayList<>(List.of(
                        new io.newsstream.app.lag.Stage("enrich", enrichConfig.applicationId()),
                        new io.newsstream.app.lag.Stage("sink", sinkConfig.groupId())));
                if (sinkConfig.filesDir().isPresent()) {
                    stages.add(new io.newsstream.app.lag.Stage("files", sinkConfig.filesGroupId()));
                }
                code = new RunDrain(bootstrap, topics, pipeline.sinks(), drainTimeout, stages, serdes).ingestAndDrain(
                        new FileIngestor(publisher, registry, true), files, sinkConfig);
            }
            if (once) {
                return code;
            }
            say("Serving until Ctrl-C.");
            life.awaitShutdown();
            return code;
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

}
