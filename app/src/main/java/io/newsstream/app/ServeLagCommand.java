package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"The lag exporter: every stage's lag and status, measured from outside, on /metrics.",
            "Admin API only, so it reports a stage that is down: newsstream_stage_lag_records / _lag_seconds",
            "{stage,topic,partition}, newsstream_stage_status and newsstream_topic_end_offset (dead letters)."})
final class ServeLagCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeLagCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--metrics-port", defaultValue = "${env:NEWSSTREAM_METRICS_PORT:-9403}", description = "Prometheus port (default ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--interval", defaultValue = "15", description = "Seconds between measurements (default ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--window", defaultValue = "4", description = "Measurements a status looks back on (default ${DEFAULT-VALUE}).")
    int window;

    @Override
    public Integer call() throws Exception {
        return Services.run("lag", metricsPort, (life, registry) -> {
            life.add(LagCommands.exporter(kafka, window, registry).start(interval));
            return () -> 0;
        });
    }
}
