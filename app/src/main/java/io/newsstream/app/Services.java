package io.newsstream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every headless {@code serve} command does around its stage: a lifecycle that closes everything in
 * reverse, a Prometheus registry served on the metrics port, a line saying the stage runs, and a wait for
 * shutdown; the exit code comes from the stage.
 */
final class Services {
    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    /** Starts one stage in the lifecycle; returns how to tell the exit code once the process is asked to stop. */
    interface Stage {
        IntSupplier start(Lifecycle life, PrometheusMeterRegistry registry) throws Exception;
    }

    private Services() {}

    static int run(String service, int metricsPort, Stage stage) throws Exception {
        try (Lifecycle life = new Lifecycle()) {
            PrometheusMeterRegistry registry = Metrics.registry(service);
            life.add(Metrics.serve(registry, metricsPort));
            IntSupplier exitCode = stage.start(life, registry);
            LOG.info("{} running; metrics on port {}", service, metricsPort);
            life.awaitShutdown();
            return exitCode.getAsInt();
        }
    }
}
