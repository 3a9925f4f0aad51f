package io.newsstream.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.app.lag.LagExporter;
import io.newsstream.app.lag.StageHealth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Each stage's lag and status, measured from outside (works while the stages are down).",
            "Per stage and partition: the committed and end offsets, lag in records and in seconds (age of the oldest",
            "record not yet consumed), and a status: OK, WARN (lag growing), STALL (no progress with lag), STOP (no members).",
            "ABSENT: a stage whose group has neither members nor offsets (never deployed here).",
            "Exit code 0 when every stage is OK or ABSENT, 1 otherwise."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--samples", defaultValue = "3", description = "Measurements to judge progress from (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--interval", defaultValue = "2", description = "Seconds between measurements (default ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--partitions", description = "Also print every partition.")
    boolean partitions;

    @Override
    public Integer call() throws Exception {
        try (LagExporter lag = LagCommands.exporter(kafka, samples, new SimpleMeterRegistry())) {
            for (int i = 0; i < samples; i++) {
                if (i > 0) {
                    Thread.sleep(interval * 1000L);
                }
                lag.measure();
            }
            var snapshot = lag.snapshot();
            LagCommands.print(System.out, snapshot, partitions);
            return snapshot.values().stream().allMatch(e -> e.getValue() == StageHealth.Status.OK
                    || e.getValue() == StageHealth.Status.ABSENT) ? 0 : 1;
        }
    }
}
