package io.newsstream.app.pipelinebench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a bench run: the table, the context it was measured in, and the machine-readable BENCH line. */
public record BenchReport(String machine, PhaseResult passThrough, PhaseResult pipeline, int ratePerSecond,
        long peakHeapBytes, long maxHeapBytes, long peakRssBytes, long peakChildrenRssBytes,
        long dedupChangelogBytes, long dedupStoreBytes, long dedupArticles) {

    public double ratio() {
        return pipeline.articlesPerSecond() / passThrough.articlesPerSecond();
    }

    public void print(PrintStream out) {
        out.println();
        out.println("newsstream bench: " + machine);
        out.println(String.format(Locale.ROOT, "%-13s %12s %14s %8s %8s %8s", "stage", "articles/s", "JVM CPU ms/art",
                "p50 ms", "p99 ms", "max ms"));
        row(out, passThrough);
        row(out, pipeline);
        out.println(String.format(Locale.ROOT, "ratio pipeline / pass-through: %.3f", ratio()));
        for (PhaseResult r : List.of(passThrough, pipeline)) {
            out.println(r.stage() + " throughput run, " + ThreadCpu.line(r.cpuMsPerArticleByThreadGroup(), r.streamThreadBusy()));
        }
        out.println("throughput: " + pipeline.articles() + " articles sent back to back; pass-through = until committed on"
                + " its output topic, pipeline = until every article is a row in PostgreSQL (articles or duplicates)");
        out.println(String.format(Locale.ROOT, "latency: produce -> committed record on articles.enriched|duplicates"
                + " (read_committed), %d articles offered at %d/s", pipeline.latencySamples(), ratePerSecond));
        out.println(String.format(Locale.ROOT, "memory: peak heap used %d MB of %d MB max; peak RSS: JVM %d MB"
                        + " (broker + streams + sink + producer), PostgreSQL %d MB",
                mb(peakHeapBytes), mb(maxHeapBytes), mb(peakRssBytes), mb(peakChildrenRssBytes)));
        out.println(String.format(Locale.ROOT, "dedup state per article (URL, content and near-duplicate stores, %d articles): changelog"
                        + " %.0f bytes, RocksDB files %.0f bytes",
                dedupArticles, perArticle(dedupChangelogBytes), perArticle(dedupStoreBytes)));
        out.println(String.format(Locale.ROOT, "BENCH passthrough_aps=%.0f pipeline_aps=%.0f ratio=%.3f p50_ms=%d p99_ms=%d heap_mb=%d",
                passThrough.articlesPerSecond(), pipeline.articlesPerSecond(), ratio(), pipeline.p50Ms(), pipeline.p99Ms(),
                mb(peakHeapBytes)));
        out.flush();
    }

    private double perArticle(long bytes) {
        return dedupArticles == 0 ? 0 : (double) bytes / dedupArticles;
    }

    private static void row(PrintStream out, PhaseResult r) {
        out.println(String.format(Locale.ROOT, "%-13s %12.0f %14.3f %8d %8d %8d", r.stage(), r.articlesPerSecond(),
                r.jvmCpuMsPerArticle(), r.p50Ms(), r.p99Ms(), r.maxMs()));
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
