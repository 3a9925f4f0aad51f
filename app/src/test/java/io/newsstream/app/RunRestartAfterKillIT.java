package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
}
