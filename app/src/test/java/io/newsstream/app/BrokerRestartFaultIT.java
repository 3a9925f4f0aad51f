package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.embedded.EmbeddedKafkaBroker;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.testkit.PostgresExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops and comes back (same ports, same data) while articles arrive and the enrich stage and
 * the PostgreSQL sink run in their own JVMs: afterwards every article came out exactly once.
 */
class BrokerRestartFaultIT {
    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    private static final int STORIES = 400;
    private static final int COPIES = 100;

    @TempDir
    Path work;

    @Test
    void aBrokerRestartUnderLoadNeitherLosesNorDoublesAnything() throws Exception {
        String scenario = "broker-restart";
        Topics topics = new Topics("fault-broker.");
        String jdbcUrl = PG.freshDatabase();
        List<RawArticle> input = FaultArticles.storiesAndCopies("b", STORIES, COPIES);
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("kafka")).start()) {
            String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap, topics);
            try (StageProcesses stages = new StageProcesses(work, bootstrap, topics, jdbcUrl, PG.user(), PG.password()).start("1")) {
                FaultArticles.produce(bootstrap, topics.raw(), input.subList(0, 50), 0);
                stages.await(() -> rows(jdbcUrl), 1, Duration.ofSeconds(120));
                java.util.concurrent.atomic.AtomicInteger acked = new java.util.concurrent.atomic.AtomicInteger();
                CompletableFuture<Void> producing = CompletableFuture.runAsync(
                        () -> FaultArticles.produce(bootstrap, topics.raw(), input.subList(50, input.size()), 10, acked));
                stages.await(acked::get, 100, Duration.ofSeconds(60));
                broker.close();
                System.out.println("FAULT " + scenario + " | broker stopped with " + rows(jdbcUrl) + " rows written");
                Thread.sleep(5_000);
                broker.start();
                assertThat(producing).as("articles were still arriving when the broker stopped").isNotDone();
                producing.get();
                stages.await(() -> rows(jdbcUrl), STORIES, Duration.ofSeconds(180));
                stages.await(() -> count(jdbcUrl, "SELECT count(*) FROM duplicates"), COPIES, Duration.ofSeconds(60));
                Census census = Census.take(bootstrap, topics, jdbcUrl, PG.user(), PG.password());
                List<Boolean> checks = new ArrayList<>();
                checks.add(Census.line(scenario, "enriched records", (long) STORIES, (long) census.enriched().size()));
                checks.add(Census.line(scenario, "distinct enriched ids", (long) STORIES, census.distinctEnriched()));
                checks.add(Census.line(scenario, "duplicate records", COPIES, census.duplicateIds().size()));
                checks.add(Census.line(scenario, "article rows", (long) STORIES, census.articleRows()));
                checks.add(Census.line(scenario, "duplicate rows", (long) COPIES, census.duplicateRows()));
                checks.add(Census.line(scenario, "rows written twice", 0L, census.rowsWrittenTwice()));
                checks.add(Census.line(scenario, "dead letters", List.of(), census.deadLetterReasons()));
                for (ChildProcess child : stages.children()) {
                    checks.add(Census.line(scenario, "stage alive", true, child.isAlive()));
                }
                assertThat(checks).as("expected vs found above; logs:\n" + stages.logs()).containsOnly(true);
            }
        }
    }

    private static void createTopics(String bootstrap, Topics topics) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(topics.raw(), topics.enriched(), topics.duplicates(), topics.dlq()).stream()
                    .map(t -> new NewTopic(t, 2, (short) 1)).toList()).all().get();
        }
    }

    private static long rows(String jdbcUrl) {
        return count(jdbcUrl, "SELECT count(*) FROM articles");
    }

    private static long count(String jdbcUrl, String sql) {
        try {
            return Census.count(jdbcUrl, PG.user(), PG.password(), sql);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }
}
