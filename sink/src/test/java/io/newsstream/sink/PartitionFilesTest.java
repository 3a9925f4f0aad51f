package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewPartitionStartsFromTheBeginningAndCommitsEachBatch() throws Exception {
        try (PartitionFiles files = PartitionFiles.open(dir, 1 << 20).orElseThrow()) {
            assertThat(files.next()).isEmpty();
            files.append(List.of("{\"n\":0}", "{\"n\":1}"), List.of(), 0, 2);
            files.append(List.of("{\"n\":2}"), List.of("{\"bad\":3}"), 2, 4);
            assertThat(files.next()).hasValue(4);
        }
        assertThat(Files.readAllLines(dir.resolve("00000000000000000000.jsonl")))
                .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
        assertThat(Files.readAllLines(dir.resolve(PartitionFiles.REJECTS))).containsExactly("{\"bad\":3}");
        assertThat(FileCheckpoint.read(dir)).hasValueSatisfying(c -> assertThat(c.next()).isEqualTo(4));
    }

    @Test
    void bytesAndPartFilesWrittenAfterTheCheckpointAreCutOffOnReopen() throws Exception {
        try (PartitionFiles files = PartitionFiles.open(dir, 10).orElseThrow()) {
            files.append(List.of("{\"n\":0}", "{\"n\":1}"), List.of(), 0, 2);
            files.append(List.of("{\"n\":2}"), List.of(), 2, 3);
        }
        Path first = dir.resolve("00000000000000000000.jsonl");
        Path second = dir.resolve("00000000000000000002.jsonl");
        assertThat(Files.readAllLines(second)).containsExactly("{\"n\":2}");
        Files.writeString(second, "{\"n\":3}\n{\"n\":4", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("00000000000000000005.jsonl"), "{\"n\":5}\n");
        Files.writeString(dir.resolve(PartitionFiles.REJECTS), "{\"torn\"", StandardOpenOption.APPEND);

        try (PartitionFiles files = PartitionFiles.open(dir, 10).orElseThrow()) {
            assertThat(files.next()).hasValue(3);
            assertThat(files.partFiles()).containsExactly(first, second);
            files.append(List.of("{\"n\":3}"), List.of(), 3, 4);
        }
        assertThat(Files.readAllLines(first)).containsExactly("{\"n\":0}", "{\"n\":1}");
        assertThat(Files.readAllLines(second)).containsExactly("{\"n\":2}", "{\"n\":3}");
        assertThat(dir.resolve("00000000000000000005.jsonl")).doesNotExist();
        assertThat(Files.readString(dir.resolve(PartitionFiles.REJECTS), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void filesWrittenBeforeAnyCheckpointAreDiscarded() throws Exception {
        Files.writeString(dir.resolve("00000000000000000000.jsonl"), "{\"n\":0}\n");
        try (PartitionFiles files = PartitionFiles.open(dir, 10).orElseThrow()) {
            assertThat(files.next()).isEmpty();
            assertThat(files.partFiles()).isEmpty();
        }
    }

    @Test
    void oneWriterHoldsAPartitionAtATime() throws Exception {
        try (PartitionFiles owner = PartitionFiles.open(dir, 10).orElseThrow()) {
            assertThat(PartitionFiles.open(dir, 10)).isEmpty();
        }
        try (PartitionFiles next = PartitionFiles.open(dir, 10).orElseThrow()) {
            assertThat(next.next()).isEmpty();
        }
    }
}
