package io.newsstream.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a JVM that was killed (kill -9, a crash):
 * the server outlives its parent, keeps the directory and port, and a new embedded start on the same
 * directory gives up waiting for its own server. Before a start, {@link #stop} finds that server by the
 * directory's {@code postmaster.pid}, makes sure it is an orphan (a postgres process for this very
 * directory whose parent is gone, or is no longer a Java process) and stops it: fast shutdown (SIGINT is
 * not available to Java, so SIGTERM with the clients gone), then SIGKILL if it does not exit in time.
 * A server still owned by a live JVM is left alone.
 */
final class OrphanedPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private OrphanedPostgres() {}

    /** Stops an orphaned server of {@code dataDir}; returns whether there was one. */
    static boolean stop(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return false;
        }
        if (lines.size() < 2) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isEmpty() || !isPostgresFor(server.get(), dataDir, lines.get(1).trim()) || hasLiveJavaParent(server.get())) {
            return false;
        }
        LOG.info("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down", pid, dataDir);
        ProcessHandle handle = server.get();
        handle.destroy();
        try {
            handle.onExit().get(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception again) {
                throw new IllegalStateException("PostgreSQL pid " + pid + " on " + dataDir + " does not stop", again);
            }
        }
        return true;
    }

    private static boolean isPostgresFor(ProcessHandle process, Path dataDir, String pidFileDir) {
        boolean postgres = process.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres.exe"))
                .orElse(false);
        return postgres && Path.of(pidFileDir).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
    }

    private static boolean hasLiveJavaParent(ProcessHandle process) {
        return process.parent().filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(c -> c.endsWith("/java") || c.endsWith("java.exe"))
                .orElse(false);
    }
}
