package io.newsstream.app;

import io.newsstream.ingest.FileIngestor;
import io.newsstream.ingest.IngestSummary;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.ArticleSink;
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
 * stream stage (enriched, duplicate or dead-lettered) and the sink has written it, then prints the
 * run's summary.
 */
final class RunDrain {
    private final String bootstrap;
    private final Topics topics;
    private final ArticleSink sink;
    private final Duration stallTimeout;

    RunDrain(String bootstrap, Topics topics, ArticleSink sink, Duration stallTimeout) {
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.sink = sink;
        this.stallTimeout = stallTimeout;
    }

    int ingestAndDrain(FileIngestor ingestor, List<Path> files, SinkConfig sinkConfig) throws IOException, InterruptedException {
        long sinkBefore = sink.stats().records();
        try (OutputTally tally = new OutputTally(bootstrap, topics)) {
            long sent = 0;
            long rejected = 0;
            for (Path file : files) {
                IngestSummary summary = ingestor.ingest(file);
                System.out.print(file + ": " + summary.render());
                sent += summary.sent();
                rejected += summary.rejected();
            }
            boolean drained = await(tally, sent, sinkBefore);
            long written = sink.stats().records() - sinkBefore;
            RunCommand.say("");
            RunCommand.say("Summary");
            RunCommand.say(String.format("  ingested:          %d (rejected at ingest: %d, sent to %s)", sent, rejected, topics.dlq()));
            RunCommand.say(String.format("  enriched:          %d", tally.enriched()));
            RunCommand.say(String.format("  duplicates:        %d", tally.duplicates()));
            RunCommand.say(String.format("  dead-lettered:     %d (in the stream)", tally.deadLetteredInStream()));
            RunCommand.say(String.format("  written by sink:   %d record(s) this run", written));
            RunCommand.say("  PostgreSQL now:    " + tableCounts(sinkConfig));
            if (!drained) {
                RunCommand.say("NOT DRAINED: no progress for " + stallTimeout + "; see the logs.");
                return 1;
            }
            return 0;
        }
    }

    private boolean await(OutputTally tally, long expected, long sinkBefore) throws InterruptedException {
        try (ProgressBar bar = ProgressBars.forCount("pipeline", expected, "articles")) {
            long lastProgress = System.nanoTime();
            long lastSeen = -1;
            while (true) {
                long out = tally.streamOutputs();
                long sunk = sink.stats().records() - sinkBefore;
                bar.stepTo(Math.min(out, expected));
                if (out >= expected && sunk >= tally.enriched() + tally.duplicates()) {
                    return true;
                }
                if (sink.failure().isPresent()) {
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
