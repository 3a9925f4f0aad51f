package io.newsstream.app.pipelinebench;

/**
 * What one stage under test did: throughput of the burst (articles through per second of wall
 * time, this JVM's CPU time per article, the CPU time of each {@link ThreadCpu} group per article, and
 * the share of the time each stream thread was on a CPU), and the produce → output latency percentiles at the
 * plan's fixed offered rate.
 */
public record PhaseResult(String stage, long articles, double seconds, double jvmCpuMsPerArticle,
        java.util.Map<String, Double> cpuMsPerArticleByThreadGroup, double streamThreadBusy,
        long latencySamples, long p50Ms, long p99Ms, long maxMs) {

    public double articlesPerSecond() {
        return articles / seconds;
    }
}
