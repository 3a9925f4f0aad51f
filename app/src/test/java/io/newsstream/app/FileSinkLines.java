package io.newsstream.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what the file sink wrote for a topic: the lines of every partition's part files, oldest first. */
final class FileSinkLines {
    private FileSinkLines() {}

    static List<String> read(Path root, String topic) throws IOException {
        List<String> lines = new ArrayList<>();
        Path topicDir = root.resolve(topic);
        if (!Files.isDirectory(topicDir)) {
            return lines;
        }
        try (Stream<Path> partitions = Files.list(topicDir)) {
            for (Path partition : partitions.sorted().toList()) {
                try (Stream<Path> files = Files.list(partition)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.jsonl")).sorted().toList()) {
                        lines.addAll(Files.readAllLines(file));
                    }
                }
            }
        }
        return lines;
    }

    static void await(Path root, String topic, int lines, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (read(root, topic).size() < lines && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

}
