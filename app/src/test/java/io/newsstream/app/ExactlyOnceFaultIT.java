package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 and restart, mid-stream: the enrich stage, the PostgreSQL sink and the file sink run as
 * separate JVMs from the packaged jar; each alone, then all three, are killed while articles are still
 * arriving, then restarted. Afterwards every article came out exactly once (enriched or duplicate), every
 * PostgreSQL row was written once and every record is one whole line in the files.
 */
class ExactlyOnceFaultIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    private static final int STORIES = 500;
    private static final int COPIES = 200;

    @TempDir
    Path work;

    @ParameterizedTest(name = "kill -9 of {0}")
    @ValueSource(strings = {"enrich", "sink", "files", "enrich+sink+files"})
    void killingStagesMidStreamNeitherLosesNorDoublesAnything(String victims) throws Exception {
        Topics topics = KAFKA.uniqueTopics(2);
        String jdbcUrl = PG.freshDatabase();
        List<RawArticle> input = FaultArticles.storiesAndCopies("story", STORIES, COPIES);
        Map<String, String> env = Map.of(
                "NEWSSTREAM_ENRICH_APPLICATION_ID", KafkaExtension.uniqueName("enrich"),
                "NEWSSTREAM_SINK_GROUP_ID", KafkaExtension.uniqueName("sink"),
                "NEWSSTREAM_SINK_JDBC_URL", jdbcUrl,
                "NEWSSTREAM_SINK_JDBC_USER", PG.user(),
                "NEWSSTREAM_SINK_JDBC_PASSWORD", PG.password());
        String[] kafkaArgs = {"--bootstrap-servers", KAFKA.bootstrapServers(), "--topic-prefix", topics.prefix(),
            "-k", "session.timeout.ms=6000", "--metrics-port", "0"};
        Path state = work.resolve("streams");
        Path files = work.resolve("files");
        Map<String, String[]> commands = new LinkedHashMap<>();
        commands.put("enrich", StageProcesses.concat(new String[] {"serve", "enrich", "--state-dir", state.toString()}, kafkaArgs));
        commands.put("sink", StageProcesses.concat(new String[] {"serve", "sink"}, kafkaArgs));
        commands.put("files", StageProcesses.concat(new String[] {"serve", "files", "--dir", files.toString()}, kafkaArgs));

        FaultArticles.produce(KAFKA.bootstrapServers(), topics.raw(), input.subList(0, 300), 0);
        Map<String, ChildProcess> stages = new LinkedHashMap<>();
        for (var command : commands.entrySet()) {
            stages.put(command.getKey(), ChildProcess.start(work, command.getKey() + "-1", env, command.getValue()));
        }
        awaitRows(jdbcUrl, 1, Duration.ofSeconds(90), stages.values().toArray(ChildProcess[]::new));

        CompletableFuture<Void> rest = CompletableFuture.runAsync(
                () -> FaultArticles.produce(KAFKA.bootstrapServers(), topics.raw(), input.subList(300, input.size()), 10));
        Thread.sleep(1_500);
        for (String victim : victims.split("\\+")) {
            stages.get(victim).kill();
        }
        assertThat(rest).as("articles were still arriving when the stages were killed").isNotDone();
        long rowsAtKill = count(jdbcUrl, "SELECT count(*) FROM articles");
        int linesAtKill = FileSinkLines.read(files, topics.enriched()).size();
        rest.get();

        for (String victim : victims.split("\\+")) {
            stages.put(victim, ChildProcess.start(work, victim + "-2", env, commands.get(victim)));
        }
        try {
            ChildProcess[] all = stages.values().toArray(ChildProcess[]::new);
            awaitRows(jdbcUrl, STORIES, Duration.ofSeconds(120), all);
            awaitCount(jdbcUrl, "SELECT count(*) FROM duplicates", COPIES, Duration.ofSeconds(60));
            FileSinkLines.await(files, topics.enriched(), STORIES, Duration.ofSeconds(60));
            FileSinkLines.await(files, topics.duplicates(), COPIES, Duration.ofSeconds(60));
        } finally {
            for (ChildProcess stage : stages.values()) {
                stage.close();
            }
        }

        List<String> enrichedKeys = committedKeys(topics.enriched());
        List<String> duplicateKeys = committedKeys(topics.duplicates());
        System.out.printf("FAULT kill -9 of %s | article rows | expected %d | found %d%n", victims, STORIES,
                count(jdbcUrl, "SELECT count(*) FROM articles"));
        System.out.printf("FAULT kill -9 of %s | enriched records / distinct | expected %d | found %d / %d%n", victims, STORIES,
                enrichedKeys.size(), new HashSet<>(enrichedKeys).size());
        System.out.printf("FAULT kill -9 of %s | duplicate rows | expected %d | found %d%n", victims, COPIES,
                count(jdbcUrl, "SELECT count(*) FROM duplicates"));
        assertThat(rowsAtKill).as("the kill came mid-stream").isLessThan(STORIES);
        assertThat(count(jdbcUrl, "SELECT count(*) FROM articles")).isEqualTo(STORIES);
        assertThat(count(jdbcUrl, "SELECT count(*) FROM duplicates")).isEqualTo(COPIES);
        assertThat(count(jdbcUrl, "SELECT count(*) FROM articles WHERE write_count <> 1")).as("rows written twice").isZero();

        assertThat(enrichedKeys).hasSize(STORIES).doesNotHaveDuplicates();
        assertThat(duplicateKeys).hasSize(COPIES).doesNotHaveDuplicates();
        Set<String> all = new HashSet<>(enrichedKeys);
        all.addAll(duplicateKeys);
        assertThat(all).containsExactlyInAnyOrderElementsOf(input.stream().map(RawArticle::getId).toList());

        if (victims.contains("files")) {
            assertThat(linesAtKill).as("the file sink was killed mid-stream").isLessThan(STORIES);
        }
        assertThat(FileSinkLines.read(files, topics.enriched()).stream().map(l -> ArticleJson.readEnriched(l).getId()))
                .as("article lines").hasSize(STORIES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(enrichedKeys);
        assertThat(FileSinkLines.read(files, topics.duplicates()).stream().map(l -> ArticleJson.readDuplicate(l).getId()))
                .as("duplicate lines").hasSize(COPIES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(duplicateKeys);
    }

    private static List<String> committedKeys(String topic) {
        return Census.keys(KAFKA.bootstrapServers(), topic);
    }

    private static void awaitRows(String jdbcUrl, long atLeast, Duration timeout, ChildProcess... children) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(jdbcUrl, "SELECT count(*) FROM articles") < atLeast) {
            for (ChildProcess child : children) {
                assertThat(child.isAlive()).as("child died:\n" + child.log()).isTrue();
            }
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (ChildProcess child : children) {
                    logs.append(child.log()).append("\n-----\n");
                }
                throw new AssertionError("fewer than " + atLeast + " rows after " + timeout + "\n" + logs);
            }
            Thread.sleep(20);
        }
    }

    private static void awaitCount(String jdbcUrl, String sql, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(jdbcUrl, sql) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        return Census.count(jdbcUrl, PG.user(), PG.password(), sql);
    }
}
