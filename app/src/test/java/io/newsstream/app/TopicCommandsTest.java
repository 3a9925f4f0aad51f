package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train / eval / explain topics on fictional labelled lines written by the test. */
class TopicCommandsTest {
    private static final String[][] POOLS = {
        {"goal", "striker", "league", "coach", "match", "stadium", "season", "referee", "cup", "team"},
        {"shares", "market", "profit", "bank", "investors", "inflation", "revenue", "quarter", "stocks", "prices"},
    };
    private static final String[] CODES = {"medtop:15000000", "medtop:04000000"};

    @TempDir
    Path dir;

    private Path labelled(String name, int perTopic, long seed, boolean swapLabels) throws IOException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < perTopic; i++) {
            for (int c = 0; c < 2; c++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 25; w++) {
                    body.append(POOLS[c][random.nextInt(10)]).append(' ');
                }
                String code = CODES[swapLabels ? 1 - c : c];
                out.append("{\"id\": \"").append(name).append(i).append('-').append(c).append("\", \"body\": \"")
                        .append(body.toString().trim()).append("\", \"topics\": [\"").append(code).append("\"]}\n");
            }
        }
        return Files.writeString(dir.resolve(name + ".jsonl"), out);
    }

    private static Result run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new NewsstreamCommand()).execute(args);
            return new Result(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Result(int exitCode, String out) {}

    @Test
    void trainThenEvaluateThenExplain() throws IOException {
        Path model = dir.resolve("topics.model");
        assertThat(run("train", "topics", "--data", labelled("train", 30, 1, false).toString(), "--out",
                model.toString(), "--closed-set").exitCode()).isZero();
        assertThat(model).isNotEmptyFile();

        Result eval = run("eval", "topics", "--data", labelled("test", 10, 2, false).toString(), "--topics-model",
                model.toString(), "--min-accuracy", "0.95");
        assertThat(eval.exitCode()).isZero();
        assertThat(eval.out()).contains("articles: 20", "accuracy: 1.0000", "macro-F1: 1.0000", "gold\\pred");

        Result swapped = run("eval", "topics", "--data", labelled("swapped", 10, 3, true).toString(),
                "--topics-model", model.toString(), "--min-accuracy", "0.5");
        assertThat(swapped.exitCode()).isEqualTo(3);
        assertThat(swapped.out()).contains("accuracy: 0.0000", "FAIL");

        Path article = Files.writeString(dir.resolve("article.json"), "{\"url\": \"https://news.example/1\", "
                + "\"title\": \"Striker scores\", \"body\": \"The striker scored a goal in the cup match at the stadium.\"}");
        Result explain = run("explain", "topics", "--in", article.toString(), "--topics-model", model.toString());
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("medtop:15000000  sport", "features (contribution to the log-odds)", "striker");
    }

    @Test
    void splitPartsSelectDisjointArticles() throws IOException {
        Path data = labelled("all", 50, 4, false);
        Path model = dir.resolve("m");
        assertThat(run("train", "topics", "--data", data.toString(), "--part", "TRAIN", "--out", model.toString())
                .exitCode()).isZero();
        Result test = run("eval", "topics", "--data", data.toString(), "--part", "TEST", "--topics-model", model.toString());
        Result train = run("eval", "topics", "--data", data.toString(), "--part", "TRAIN", "--topics-model", model.toString());
        int testCount = Integer.parseInt(test.out().replaceAll("(?s).*articles: (\\d+).*", "$1"));
        int trainCount = Integer.parseInt(train.out().replaceAll("(?s).*articles: (\\d+).*", "$1"));
        assertThat(testCount + trainCount).isEqualTo(100);
        assertThat(testCount).isBetween(10, 30);
    }
}
