package io.newsstream.app.pipelinebench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by what they do, plus the embedded PostgreSQL's processes (its
 * postmaster, the backends it runs and those it reaped), read from {@code /proc} (Linux; elsewhere every
 * group reads 0). Native threads count too: RocksDB's flush and compaction threads, GC and JIT compiler
 * threads. A thread is grouped by its kernel name (the first 15 characters of its Java name); the stream
 * group holds a Streams client's stream threads and its state updater.
 */
public final class ThreadCpu {
    public static final List<String> GROUPS = List.of("stream threads", "RocksDB background", "broker",
            "producer I/O", "sink", "GC", "JIT", "PostgreSQL", "other");
    private static final double TICK_MS = 10.0;

    private ThreadCpu() {}

    /** CPU milliseconds by group so far, and how many threads of the first group there are. */
    public record Snapshot(Map<String, Double> cpuMs, int streamThreads, long nanos) {
        /** Per group: CPU ms per article between {@code before} and this snapshot. */
        public Map<String, Double> perArticleSince(Snapshot before, long articles) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (String g : GROUPS) {
                out.put(g, (cpuMs.getOrDefault(g, 0.0) - before.cpuMs.getOrDefault(g, 0.0)) / Math.max(1, articles));
            }
            return out;
        }

        /** The share of wall time the stream threads were on a CPU, each, between {@code before} and now. */
        public double streamThreadBusySince(Snapshot before) {
            double wallMs = (nanos - before.nanos) / 1e6;
            double used = cpuMs.getOrDefault(GROUPS.get(0), 0.0) - before.cpuMs.getOrDefault(GROUPS.get(0), 0.0);
            return streamThreads == 0 || wallMs <= 0 ? 0 : used / (wallMs * streamThreads);
        }
    }

    /**
     * @param streamThreadPrefix the start of the stream threads' names (the Streams application id)
     * @param postgresDataDir the embedded PostgreSQL's data directory (its {@code postmaster.pid} names the server)
     */
    public static Snapshot take(String streamThreadPrefix, Path postgresDataDir) {
        String prefix = streamThreadPrefix.substring(0, Math.min(15, streamThreadPrefix.length()));
        Map<String, Double> ms = new LinkedHashMap<>();
        forEachThread(ProcessHandle.current().pid(), (name, ticks) -> ms.merge(group(name, prefix), ticks * TICK_MS, Double::sum));
        ms.put("PostgreSQL", postgresTicks(postgresDataDir) * TICK_MS);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int streams = (int) java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds(), 0))
                .filter(info -> info != null && info.getThreadName().startsWith(streamThreadPrefix)
                        && info.getThreadName().contains("-StreamThread-"))
                .count();
        return new Snapshot(ms, streams, System.nanoTime());
    }

    static String group(String name, String streamPrefix) {
        if (name.startsWith(streamPrefix)) {
            return "stream threads";
        } else if (name.startsWith("rocksdb:")) {
            return "RocksDB background";
        } else if (name.startsWith("kafka-producer-")) {
            return "producer I/O";
        } else if (name.startsWith("newsstream-sink")) {
            return "sink";
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "GC";
        } else if (name.contains("CompilerThre") || name.startsWith("Sweeper")) {
            return "JIT";
        } else if (Stream.of("data-plane-kafk", "kafka-", "group-coordinat", "TxnMarkerSender", "AddPartitionsTo",
                "quorum-", "ExpirationReape", "executor-", "share-", "transaction-", "controller-", "broker-")
                .anyMatch(name::startsWith) && !name.startsWith("kafka-coordinat")) {
            return "broker";
        }
        return "other";
    }

    /** The postmaster's CPU ticks with its reaped children's, plus its live children's. */
    private static long postgresTicks(Path dataDir) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            long total = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : (Iterable<Path>) procs::iterator) {
                    String[] f = statFields(proc.resolve("stat"));
                    if (f == null) {
                        continue;
                    }
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmaster) {
                        total += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (Long.parseLong(f[1]) == postmaster) {
                        total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return total;
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** The fields of a {@code /proc} stat file after the command name (state first), or null. */
    private static String[] statFields(Path stat) {
        if (!stat.getParent().getFileName().toString().chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            String text = Files.readString(stat);
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private interface ThreadTicks {
        void accept(String name, long ticks);
    }

    private static void forEachThread(long pid, ThreadTicks out) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    out.accept(stat.substring(open + 1, close), Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: nothing to report
        }
    }

    /** One line: each group's CPU ms per article, and how busy each stream thread was. */
    public static String line(Map<String, Double> perArticle, double streamBusy) {
        StringBuilder b = new StringBuilder("CPU ms per article by thread group:");
        perArticle.forEach((g, v) -> b.append(String.format(Locale.ROOT, " %s %.3f;", g, v)));
        b.append(String.format(Locale.ROOT, " total %.3f; each stream thread on a CPU %.0f %% of the time",
                perArticle.values().stream().mapToDouble(Double::doubleValue).sum(), streamBusy * 100));
        return b.toString();
    }
}
