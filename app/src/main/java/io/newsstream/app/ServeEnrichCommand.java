package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichService;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "The Kafka Streams stage: validate, clean, dedup and enrich articles.raw into articles.enriched.")
final class ServeEnrichCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeEnrichCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--metrics-port", defaultValue = "${env:NEWSSTREAM_METRICS_PORT:-9400}", description = "Prometheus port (default ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--state-dir", description = "State store directory (default: enrich.state.dir).")
    String stateDir;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> overrides = new HashMap<>(Map.of(EnrichConfig.TOPIC_PREFIX, kafka.topics().prefix()));
        if (stateDir != null) {
            overrides.put(EnrichConfig.STATE_DIR, stateDir);
        }
        EnrichConfig config = EnrichConfig.load(overrides);
        config.logEffective();
        return Services.run("enrich", metricsPort, (life, registry) -> {
            EnrichService service = life.add(new EnrichService(config, kafka.streamsProperties(config, kafka.requireBootstrap()),
                    ArticleSerdes.configured(), EnrichmentCore.load(config.topicsModel(), config.articleLimits()), registry));
            service.start(Duration.ofMinutes(5));
            return () -> 0;
        });
    }
}
