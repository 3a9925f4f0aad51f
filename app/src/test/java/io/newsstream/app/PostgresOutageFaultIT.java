package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.embedded.EmbeddedPostgresServer;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.testkit.KafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes down for 20 s while the sink writes (articles still arriving) and comes back on the same
 * port and data: the sink rides it out without dying, and every article is one row written once.
 */
class PostgresOutageFaultIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    private static final int STORIES = 300;
    private static final int COPIES = 60;

    @TempDir
    Path work;

    @Test
    void twentySecondsWithoutPostgresNeitherLoseNorDoubleARow() throws Exception {
        String scenario = "postgres-down-20s";
        Topics topics = KAFKA.uniqueTopics(2);
        List<RawArticle> input = FaultArticles.storiesAndCopies("p", STORIES, COPIES);
        try (EmbeddedPostgresServer pg = new EmbeddedPostgresServer(work.resolve("pg")).start()) {
            String jdbcUrl = pg.ensureDatabase("fault");
            String user = EmbeddedPostgresServer.USER;
            try (StageProcesses stages = new StageProcesses(work, KAFKA.bootstrapServers(), topics, jdbcUrl, user, "").start("1")) {
                FaultArticles.produce(KAFKA.bootstrapServers(), topics.raw(), input.subList(0, 20), 0);
                stages.await(() -> count(jdbcUrl, user, "SELECT count(*) FROM articles"), 1, Duration.ofSeconds(120));
                java.util.concurrent.atomic.AtomicInteger acked = new java.util.concurrent.atomic.AtomicInteger();
                CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> FaultArticles.produce(
                        KAFKA.bootstrapServers(), topics.raw(), input.subList(20, input.size()), 10, acked));
                stages.await(acked::get, 50, Duration.ofSeconds(60));
                long rowsAtStop = count(jdbcUrl, user, "SELECT count(*) FROM articles");
                pg.close();
                System.out.println("FAULT " + scenario + " | PostgreSQL stopped");
                Thread.sleep(20_000);
                pg.start();
                System.out.println("FAULT " + scenario + " | PostgreSQL back after 20 s");
                producing.get();
                stages.await(() -> count(jdbcUrl, user, "SELECT count(*) FROM articles"), STORIES, Duration.ofSeconds(180));
                stages.await(() -> count(jdbcUrl, user, "SELECT count(*) FROM duplicates"), COPIES, Duration.ofSeconds(60));
                Census census = Census.take(KAFKA.bootstrapServers(), topics, jdbcUrl, user, "");
                List<Boolean> checks = new ArrayList<>();
                checks.add(Census.line(scenario, "PostgreSQL stopped mid-stream (rows then fewer than all)", true, rowsAtStop < STORIES));
                checks.add(Census.line(scenario, "distinct enriched ids", (long) STORIES, census.distinctEnriched()));
                checks.add(Census.line(scenario, "article rows", (long) STORIES, census.articleRows()));
                checks.add(Census.line(scenario, "duplicate rows", (long) COPIES, census.duplicateRows()));
                checks.add(Census.line(scenario, "rows written twice", 0L, census.rowsWrittenTwice()));
                for (ChildProcess child : stages.children()) {
                    checks.add(Census.line(scenario, "stage alive", true, child.isAlive()));
                }
                assertThat(checks).as("expected vs found above; logs:\n" + stages.logs()).containsOnly(true);
            }
        }
    }

    private static long count(String jdbcUrl, String user, String sql) {
        try {
            return Census.count(jdbcUrl, user, "", sql);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }
}
