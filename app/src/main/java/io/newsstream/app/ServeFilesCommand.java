package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.FileSink;
import io.newsstream.sink.SinkConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "files", mixinStandardHelpOptions = true,
        description = {"The file sink: articles.enriched and articles.duplicates as JSON Lines, one directory per topic partition,",
                "each record once (a checkpoint per partition, committed after the data is on disk)."})
final class ServeFilesCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeFilesCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--dir", required = true, defaultValue = "${env:NEWSSTREAM_SINK_FILES_DIR}",
            description = "Directory to write to (sink.files.dir).")
    Path dir;

    @Option(names = "--metrics-port", defaultValue = "${env:NEWSSTREAM_METRICS_PORT:-9402}", description = "Prometheus port (default ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = new HashMap<>();
        settings.put(SinkConfig.TOPIC_PREFIX, kafka.topics().prefix());
        settings.put(SinkConfig.FILES_DIR, dir.toAbsolutePath().toString());
        SinkConfig config = SinkConfig.load(settings);
        return Services.run("files", metricsPort, (life, registry) -> {
            FileSink sink = startFileSink(life, config, kafka.requireBootstrap(), kafka.clientConfig, registry, ArticleSerdes.configured());
            return () -> sink.failure().isPresent() ? 1 : 0;
        });
    }

    static FileSink startFileSink(Lifecycle life, SinkConfig config, String bootstrap, Map<String, String> clientConfig,
            PrometheusMeterRegistry registry, ArticleSerdes serdes) {
        Properties consumer = ServeSinkCommand.consumerProperties(bootstrap, "newsstream-files", clientConfig);
        FileSink sink = life.add(new FileSink(config, consumer, config.topics(), serdes, registry));
        Thread thread = new Thread(sink, "newsstream-files");
        thread.start();
        return sink;
    }
}
