package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsstream run} killed with kill -9 leaves its embedded PostgreSQL running and its broker and
 * consumer groups with a dead member; the next {@code run} on the same data directory starts on the first
 * try (the orphaned server stopped, static group members taking over) and processes its input.
 */
class RunRestartAfterKillIT {
    @TempDir
    Path work;

    @Test
    void runStartsOnTheFirstTryAfterKillMinus9() throws Exception {
        Path data = work.resolve("data");
        Path input = work.resolve("articles.jsonl");
        Files.write(input, List.of(
                "{\"url\":\"https://harbour.example/a\",\"title\":\"Ferry strike\",\"body\":\"Ferry workers in Piraeus, Greece, walked out on Monday over pay.\"}",
                "{\"url\":\"https://harbour.example/b\",\"title\":\"Port reopens\",\"body\":\"The port of Gdansk in Poland reopened after the storm passed on Tuesday.\"}",
                "{\"url\":\"https://mirror.example/a\",\"title\":\"Ferry strike\",\"body\":\"Ferry workers in Piraeus, Greece, walked out on Monday over pay.\"}"));
        ChildProcess first = ChildProcess.start(work, "run-1", Map.of(), "run", "--data-dir", data.toString(),
                "--http-port", "0");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> first.log().contains("Pipeline running."));
        assertThat(Files.exists(data.resolve("pg").resolve("postmaster.pid"))).isTrue();
        first.kill();
        assertThat(Files.exists(data.resolve("pg").resolve("postmaster.pid")))
                .as("the killed run left its PostgreSQL running").isTrue();

        try (ChildProcess second = ChildProcess.start(work, "run-2", Map.of(), "run", input.toString(), "--once",
                "--data-dir", data.toString(), "--http-port", "0")) {
            Integer exit = second.awaitExit(Duration.ofSeconds(150));
            assertThat(exit).as("second run's exit code; its log:\n%s", second.log()).isEqualTo(0);
            assertThat(second.log()).contains("left running on").contains("enriched:          2")
                    .contains("PostgreSQL now:    2 article row(s), 1 duplicate row(s)");
        }
    }

    @Test
    void runKilledMidStreamThenRunAgainOnTheSameFileHasEveryArticleOnce() throws Exception {
        Path data = work.resolve("data");
        Path input = work.resolve("stories.jsonl");
        int stories = 1_500;
        List<RawArticle> articles = FaultArticles.storiesAndCopies("r", stories, 0);
        Files.write(input, articles.stream().map(ArticleJson::write).toList());
        Pattern pgUrl = Pattern.compile("(jdbc:postgresql://localhost:\\d+/newsstream)");
        ChildProcess first = ChildProcess.start(work, "run-a", Map.of(), "run", input.toString(), "--data-dir", data.toString(),
                "--http-port", "0");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> pgUrl.matcher(first.log()).find());
        Matcher m = pgUrl.matcher(first.log());
        assertThat(m.find()).isTrue();
        String jdbc = m.group(1);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> rows(jdbc, "articles") > 0);
        first.kill();
        long atKill = rows(jdbc, "articles");

        try (ChildProcess second = ChildProcess.start(work, "run-b", Map.of(), "run", input.toString(),
                "--data-dir", data.toString(), "--http-port", "0")) {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250))
                    .until(() -> second.log().contains("Serving until Ctrl-C") || !second.isAlive());
            assertThat(second.isAlive()).as("second run; its log:\n%s", second.log()).isTrue();
            Matcher again = pgUrl.matcher(second.log());
            assertThat(again.find()).isTrue();
            String jdbc2 = again.group(1);
            long articleRows = rows(jdbc2, "articles");
            long twice = Census.count(jdbc2, "postgres", "", "SELECT count(*) FROM articles WHERE write_count <> 1");
            long notRedeliveries = Census.count(jdbc2, "postgres", "", "SELECT count(*) FROM duplicates WHERE duplicate_of <> id");
            long redeliveries = rows(jdbc2, "duplicates");
            Census.line("run-kill-9", "article rows when killed (mid-stream: fewer than all)", true, atKill < stories);
            Census.line("run-kill-9", "article rows", (long) stories, articleRows);
            Census.line("run-kill-9", "rows written twice", 0L, twice);
            Census.line("run-kill-9", "duplicate rows that are not re-deliveries of the same article", 0L, notRedeliveries);
            System.out.println("FAULT run-kill-9 | re-deliveries recognised (the file sent twice) | " + redeliveries);
            assertThat(atKill).as("the kill came mid-stream").isLessThan(stories);
            assertThat(articleRows).isEqualTo(stories);
            assertThat(twice).isZero();
            assertThat(notRedeliveries).isZero();
            assertThat(redeliveries).as("articles the first run had published come again as re-deliveries").isPositive();
        }
    }

    private static long rows(String jdbc, String table) throws Exception {
        return Census.count(jdbc, "postgres", "", "SELECT count(*) FROM " + table);
    }
}
