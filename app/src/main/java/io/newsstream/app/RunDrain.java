package io.newsstream.app;

import io.newsstream.ingest.FileIngestor;
import io.newsstream.ingest.IngestSummary;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.ConsumerSink;
import io.newsstream.sink.FileSink;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/**
 * Ingests files into a running pipeline, waits until every ingested article has come out of the
 * stream stage (enriched, duplicate or dead-lettered), the sink has written it, and every stage has caught up
 * with its input (so a backlog left by an earlier, killed run is done too), then prints the run's summary.
 */
final class RunDrain {
    private final String bootstrap;
    private final Topics topics;
    private final List<ConsumerSink> sinks;
    private final Duration stallTimeout;
    private final List<io.newsstream.app.lag.Stage> stages;
    private final io.newsstream.schemas.serde.ArticleSerdes serdes;

    RunDrain(String bootstrap, Topics topics, List<ConsumerSink> sinks, Duration stallTimeout, List<io.newsstream.app.lag.Stage> stages,
            io.newsstream.schemas.serde.ArticleSerdes serdes) {
        this.serdes = serdes;
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.sinks = List.copyOf(sinks);
        this.stallTimeout = stallTimeout;
        this.stages = List.copyOf(stages);
    }

    /**
     * Every stage's group has at most one record left per partition (with exactly-once a transaction's commit
     * marker stays behind the committed offset).
     */
    private boolean stagesCaughtUp(io.newsstream.app.lag.LagProbe probe) {
        try {
            for (io.newsstream.app.lag.Stage stage : stages) {
                if (probe.measure(stage).partitions().stream().anyMatch(p -> p.records() > 1)) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    int ingestAndDrain(FileIngestor ingestor, List<Path> files, SinkConfig sinkConfig) throws IOException, InterruptedException {
        long[] before = written();
        try (OutputTally tally = new OutputTally(bootstrap, topics, serdes)) {
            long sent = 0;
            long rejected = 0;
            for (Path file : files) {
                IngestSummary summary = ingestor.ingest(file);
                System.out.print(file + ": " + summary.render());
                sent += summary.sent();
                rejected += summary.rejected();
            }
            boolean drained = await(tally, sent, before);
            long[] after = written();
            RunCommand.say("");
            RunCommand.say("Summary");
            RunCommand.say(String.format("  ingested:          %d (rejected at ingest: %d, sent to %s)", sent, rejected, topics.dlq()));
            RunCommand.say(String.format("  enriched:          %d", tally.enriched()));
            RunCommand.say(String.format("  duplicates:        %d (re-deliveries of an article already seen: %d)",
                    tally.duplicates(), tally.redeliveries()));
            RunCommand.say(String.format("  dead-lettered:     %d (in the stream)", tally.deadLetteredInStream()));
            for (int i = 0; i < sinks.size(); i++) {
                RunCommand.say(String.format(sinks.get(i) instanceof FileSink ? "  written to files: %d record(s) this run"
                        : "  written by sink:   %d record(s) this run", after[i] - before[i]));
            }
            RunCommand.say("  PostgreSQL now:    " + tableCounts(sinkConfig));
            if (!drained) {
                RunCommand.say("NOT DRAINED: no progress for " + stallTimeout + "; see the logs.");
                return 1;
            }
            return 0;
        }
    }

    private long[] written() {
        return sinks.stream().mapToLong(s -> s.stats().records()).toArray();
    }

    /** True once the stream stage has answered for every article and every sink has written its outputs. */
    private boolean await(OutputTally tally, long expected, long[] before) throws InterruptedException {
        java.util.Properties client = new java.util.Properties();
        client.put("bootstrap.servers", bootstrap);
        try (ProgressBar bar = ProgressBars.forCount("pipeline", expected, "articles");
                io.newsstream.app.lag.LagProbe probe = new io.newsstream.app.lag.LagProbe(client, java.time.Clock.systemUTC())) {
            long lastProgress = System.nanoTime();
            long lastSeen = -1;
            while (true) {
                long out = tally.streamOutputs();
                long[] now = written();
                long sunk = 0;
                long slowest = Long.MAX_VALUE;
                for (int i = 0; i < now.length; i++) {
                    sunk += now[i] - before[i];
                    slowest = Math.min(slowest, now[i] - before[i]);
                }
                bar.stepTo(Math.min(out, expected));
                if (out >= expected && slowest >= tally.enriched() + tally.duplicates() && stagesCaughtUp(probe)) {
                    return true;
                }
                if (sinks.stream().anyMatch(s -> s.failure().isPresent())) {
                    return false;
                }
                if (out + sunk != lastSeen) {
                    lastSeen = out + sunk;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > stallTimeout.toNanos()) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String tableCounts(SinkConfig config) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword().value());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM duplicates)")) {
            rs.next();
            return rs.getLong(1) + " article row(s), " + rs.getLong(2) + " duplicate row(s)";
        } catch (SQLException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
