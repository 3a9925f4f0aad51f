package io.newsstream.app;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.ArticleSink;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.SinkDatabase;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"The PostgreSQL sink: articles.enriched and articles.duplicates into tables, offsets in the same transaction.",
                "Database settings come from NEWSSTREAM_SINK_JDBC_URL / _USER / _PASSWORD (sink.jdbc.*)."})
final class ServeSinkCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeSinkCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--metrics-port", defaultValue = "${env:NEWSSTREAM_METRICS_PORT:-9401}", description = "Prometheus port (default ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        SinkConfig config = SinkConfig.load(Map.of(SinkConfig.TOPIC_PREFIX, kafka.topics().prefix()));
        return Services.run("sink", metricsPort, (life, registry) -> {
            ArticleSink sink = startSink(life, config, kafka.requireBootstrap(), kafka.clientConfig, registry, ArticleSerdes.configured());
            return () -> sink.failure().isPresent() ? 1 : 0;
        });
    }

    static ArticleSink startSink(Lifecycle life, SinkConfig config, String bootstrap, Map<String, String> clientConfig,
            PrometheusMeterRegistry registry, ArticleSerdes serdes) {
        HikariDataSource dataSource = life.add(SinkDatabase.dataSource(config));
        Properties consumer = consumerProperties(bootstrap, "newsstream-sink", clientConfig);
        ArticleSink sink = life.add(new ArticleSink(config, dataSource, consumer, config.topics(), serdes, registry));
        Thread thread = new Thread(sink, "newsstream-sink");
        thread.start();
        return sink;
    }

    /** A sink consumer's connection settings; the sink sets group, commit mode and isolation itself. */
    static Properties consumerProperties(String bootstrap, String clientId, Map<String, String> clientConfig) {
        Properties consumer = new Properties();
        consumer.put("bootstrap.servers", bootstrap);
        consumer.put("client.id", clientId);
        consumer.put("max.partition.fetch.bytes", String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        consumer.putAll(clientConfig);
        return consumer;
    }
}
