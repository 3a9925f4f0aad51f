package io.newsstream.app.pipelinebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;

/**
 * How many bytes the dedup state takes: the stores' changelog topics on the broker (what a
 * restore reads) and the RocksDB files in the state directory (what an instance keeps on disk).
 */
public final class DedupStateSize {
    private DedupStateSize() {}

    /** Bytes of every changelog topic of the application whose name mentions {@code dedup}. */
    public static long changelogBytes(String bootstrapServers, String applicationId) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var nodes = admin.describeCluster().nodes().get();
            long total = 0;
            for (var node : nodes) {
                Map<String, LogDirDescription> dirs = admin.describeLogDirs(java.util.List.of(node.id()))
                        .descriptions().get(node.id()).get();
                for (LogDirDescription dir : dirs.values()) {
                    for (var entry : dir.replicaInfos().entrySet()) {
                        String topic = entry.getKey().topic();
                        if (topic.startsWith(applicationId + "-") && topic.contains("dedup") && topic.endsWith("-changelog")) {
                            ReplicaInfo info = entry.getValue();
                            total += info.size();
                        }
                    }
                }
            }
            return total;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe log dirs: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bytes of the files under every {@code dedup-*} store directory (URL, content, near-duplicate bands and sketches). */
    public static long storeBytes(Path stateDir, String applicationId) {
        Path app = stateDir.resolve(applicationId);
        if (!Files.isDirectory(app)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(app)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().contains("/dedup-"))
                    .mapToLong(DedupStateSize::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
