package io.newsstream.app;

import io.newsstream.app.lag.LagExporter;
import io.newsstream.app.lag.LagProbe;
import io.newsstream.app.lag.PartitionLag;
import io.newsstream.app.lag.Stage;
import io.newsstream.app.lag.StageHealth;
import io.newsstream.app.lag.StageLag;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.sink.SinkConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** What {@code status} and {@code serve lag} share: the stages to watch and the probe's client settings. */
final class LagCommands {
    private LagCommands() {}

    /** The enrich stage, the PostgreSQL sink and the file sink, with the groups their configurations name. */
    static List<Stage> stages(KafkaOptions kafka) {
        EnrichConfig enrich = EnrichConfig.load(Map.of(EnrichConfig.TOPIC_PREFIX, kafka.topics().prefix()));
        SinkConfig sink = SinkConfig.load(Map.of(SinkConfig.TOPIC_PREFIX, kafka.topics().prefix()));
        return List.of(new Stage("enrich", enrich.applicationId()), new Stage("sink", sink.groupId()),
                new Stage("files", sink.filesGroupId()));
    }

    static LagExporter exporter(KafkaOptions kafka, int window, io.micrometer.core.instrument.MeterRegistry registry) {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.requireBootstrap());
        client.put("client.id", "newsstream-lag");
        client.putAll(kafka.clientConfig);
        return new LagExporter(new LagProbe(client, Clock.systemUTC()), stages(kafka), List.of(kafka.topics().dlq()), window,
                registry);
    }

    static void print(PrintStream out, Map<Stage, Map.Entry<StageLag, StageHealth.Status>> snapshot, boolean partitions) {
        out.printf(Locale.ROOT, "%-8s %-28s %-6s %7s %12s %12s%n", "stage", "group", "status", "members", "lag records",
                "lag seconds");
        snapshot.forEach((stage, entry) -> {
            StageLag lag = entry.getKey();
            out.printf(Locale.ROOT, "%-8s %-28s %-6s %7d %12d %12.1f%n", stage.name(), stage.groupId(), entry.getValue(),
                    lag.members(), lag.records(), lag.maxSeconds());
            if (partitions) {
                for (PartitionLag p : lag.partitions()) {
                    out.printf(Locale.ROOT, "    %-50s committed %10d  end %10d  lag %8d  %8.1f s%n",
                            p.topic() + "-" + p.partition(), p.committed(), p.end(), p.records(), p.seconds());
                }
            }
        });
    }
}
