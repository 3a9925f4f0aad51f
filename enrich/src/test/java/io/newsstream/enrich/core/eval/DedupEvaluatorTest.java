package io.newsstream.enrich.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.EnrichmentCore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupEvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void scoresPairsAfterTheClosureOfPredictedLinks() throws Exception {
        String body = "The harbour authority said on Tuesday that grain exports rose for a third month as new "
                + "berths opened, while unions warned of delays at the container terminal next week.";
        Path articles = dir.resolve("a.jsonl");
        Files.write(articles, List.of(
                "{\"id\":\"a\",\"url\":\"https://x.example/a\",\"body\":\"" + body + "\"}",
                "{\"id\":\"b\",\"url\":\"https://y.example/b\",\"body\":\"" + body + "\"}",
                "{\"id\":\"c\",\"url\":\"https://x.example/a?utm_source=z\",\"body\":\"Other text entirely, long enough to count as a body.\"}",
                "{\"id\":\"d\",\"url\":\"https://z.example/d\",\"body\":\"A different story about a museum opening in the old town square.\"}"));
        Path gold = dir.resolve("g.jsonl");
        Files.write(gold, List.of(
                "{\"id\":\"a\",\"cluster\":\"a\",\"kind\":\"original\"}",
                "{\"id\":\"b\",\"cluster\":\"a\",\"kind\":\"portal\"}",
                "{\"id\":\"c\",\"cluster\":\"c\",\"kind\":\"original\"}",
                "{\"id\":\"d\",\"cluster\":\"a\",\"kind\":\"edit\"}"));
        Path hard = dir.resolve("h.jsonl");
        Files.write(hard, List.of("{\"a\":\"a\",\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"d\"}"));

        DedupScores scores = new DedupEvaluator(EnrichmentCore.load()).evaluate(articles, gold, hard, BatchListener.NONE);

        // predicted clusters {a,b,c} (b by content, c by URL), {d}; gold clusters {a,b,d}, {c}
        assertThat(scores.predictedPairs()).isEqualTo(3);
        assertThat(scores.goldPairs()).isEqualTo(3);
        assertThat(scores.truePairs()).isEqualTo(1);
        assertThat(scores.precision()).isEqualTo(1 / 3.0);
        assertThat(scores.hardNegativesMerged()).isEqualTo(1);
        assertThat(scores.recallByKind().get("portal")).containsExactly(1, 1);
        assertThat(scores.recallByKind().get("edit")).containsExactly(0, 1);
    }
}
