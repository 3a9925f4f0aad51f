package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A missing input file is one clear line and exit code 2, before anything starts. */
class CommandErrorsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Newsstream.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void runWithAMissingFileSaysSoInOneLineWithoutStartingTheBroker() {
        assertThat(run("run", "nope.jsonl", "--once", "--data-dir", "target/never")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("newsstream run: no such file: nope.jsonl" + System.lineSeparator());
        assertThat(out.toString()).doesNotContain("Starting embedded Kafka");
        assertThat(new java.io.File("target/never")).doesNotExist();
    }

    @Test
    void ingestAndBatchEnrichCheckTheirInputsToo() {
        assertThat(run("ingest", "missing.jsonl", "--bootstrap-servers", "localhost:1")).isEqualTo(2);
        assertThat(run("enrich", "--in", "missing.jsonl", "--out", "-")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("newsstream ingest: no such file: missing.jsonl",
                "newsstream enrich: no such file: missing.jsonl");
    }
}
