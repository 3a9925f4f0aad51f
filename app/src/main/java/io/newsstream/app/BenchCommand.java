package io.newsstream.app;

import io.newsstream.app.pipelinebench.BenchPlan;
import io.newsstream.app.pipelinebench.BenchReport;
import io.newsstream.app.pipelinebench.CoreWarmup;
import io.newsstream.app.pipelinebench.DedupStateSize;
import io.newsstream.app.pipelinebench.LoadDriver;
import io.newsstream.app.pipelinebench.OutputWatcher;
import io.newsstream.app.pipelinebench.PassThroughTopology;
import io.newsstream.app.pipelinebench.PhaseResult;
import io.newsstream.app.pipelinebench.PhaseRunner;
import io.newsstream.app.pipelinebench.ResourceSampler;
import io.newsstream.app.pipelinebench.SyntheticArticles;
import io.newsstream.embedded.EmbeddedKafkaBroker;
import io.newsstream.embedded.EmbeddedPostgresServer;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.ArticleSink;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the pipeline against the plumbing's limit on an embedded broker and PostgreSQL, in one run:",
                "a pass-through Kafka Streams app (same records, serdes, partitions, exactly-once), then the full pipeline",
                "(ingest producer -> enrich -> PostgreSQL sink). Prints articles/s, the ratio, p50/p99 latency at a fixed",
                "offered rate, peak heap and RSS, dedup state per article, and a final 'BENCH key=value ...' line.",
                "Enrich settings come from NEWSSTREAM_ENRICH_* as for every command (e.g. NEWSSTREAM_ENRICH_NUM_STREAM_THREADS=2)."})
final class BenchCommand implements Callable<Integer> {
    private static final String PASS_THROUGH_ID = "bench-passthrough";
    private static final String ENRICH_ID = "bench-enrich";

    @Option(names = "--quick", description = "A short run (under 2 minutes): 5,000 articles, a 5 s latency run.")
    boolean quick;

    @Option(names = "--articles", description = "Articles in the throughput burst (default 20000, quick 5000).")
    Long articles;

    @Option(names = "--rate", defaultValue = "1000", description = "Offered load of the latency run, articles/s (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of every topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--data-dir", description = "Where broker, database and state live (default: a temporary directory, deleted afterwards).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        BenchPlan plan = quick ? BenchPlan.quick(rate) : BenchPlan.full(rate);
        if (articles != null) {
            plan = plan.withArticles(articles);
        }
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("newsstream-bench") : dataDir.toAbsolutePath();
        String machine = machine();
        try (Lifecycle life = new Lifecycle(); ResourceSampler sampler = new ResourceSampler().start()) {
            RunCommand.say("Starting embedded Kafka and PostgreSQL in " + dir + " ...");
            String bootstrap = life.add(new EmbeddedKafkaBroker(dir.resolve("kafka")).start()).bootstrapServers();
            EmbeddedPostgresServer pg = life.add(new EmbeddedPostgresServer(dir.resolve("pg")).start());
            String jdbcUrl = pg.ensureDatabase("newsstream");
            Path stateDir = dir.resolve("streams");
            SyntheticArticles generator = SyntheticArticles.standard();
            PhaseRunner runner = new PhaseRunner(plan);

            Topics ptTopics = new Topics("passthrough.");
            TopicSetup.ensure(bootstrap, ptTopics, partitions, (short) 1);
            PhaseResult passThrough = passThrough(bootstrap, ptTopics, stateDir, generator, runner);

            Topics plTopics = new Topics("pipeline.");
            TopicSetup.ensure(bootstrap, plTopics, partitions, (short) 1);
            EnrichConfig enrich = EnrichConfig.load(Map.of(EnrichConfig.TOPIC_PREFIX, plTopics.prefix(),
                    EnrichConfig.APPLICATION_ID, ENRICH_ID, EnrichConfig.STATE_DIR, stateDir.toString()));
            SinkConfig sink = SinkConfig.load(Map.of(SinkConfig.JDBC_URL, jdbcUrl, SinkConfig.JDBC_USER,
                    EmbeddedPostgresServer.USER, SinkConfig.TOPIC_PREFIX, plTopics.prefix(), SinkConfig.GROUP_ID, "bench-sink"));
            PhaseResult pipeline;
            EnrichmentCore core = EnrichmentCore.load(enrich.topicsModel(), enrich.articleLimits());
            CoreWarmup.run(core, generator, plan.coreWarmupArticles());
            try (InProcessPipeline running = new InProcessPipeline(bootstrap, plTopics, enrich, sink, 0, Map.of(),
                    Metrics.registry("bench"), core);
                    OutputWatcher watcher = new OutputWatcher(bootstrap, List.of(plTopics.enriched(), plTopics.duplicates()))) {
                ArticleSink articleSink = running.sink();
                long before = articleSink.stats().records();
                pipeline = runner.run("pipeline", ENRICH_ID, dir.resolve("pg"), new LoadDriver(running.publisher(), generator), watcher,
                        () -> Math.min(watcher.count(), articleSink.stats().records() - before));
            }
            long changelog = DedupStateSize.changelogBytes(bootstrap, ENRICH_ID);
            long stores = DedupStateSize.storeBytes(stateDir, ENRICH_ID);
            long through = runner.lastWarmupArticles() + plan.articles() + plan.latencyArticles();
            new BenchReport(machine + ", load average now " + loadAverage(), passThrough, pipeline, plan.ratePerSecond(),
                    sampler.peakHeapBytes(), Runtime.getRuntime().maxMemory(), sampler.peakRssBytes(),
                    sampler.peakChildrenRssBytes(), changelog, stores, through).print(System.out);
            return 0;
        } finally {
            if (temporary) {
                deleteQuietly(dir);
            }
        }
    }

    private PhaseResult passThrough(String bootstrap, Topics topics, Path stateDir, SyntheticArticles generator,
            PhaseRunner runner) throws InterruptedException {
        EnrichConfig config = EnrichConfig.load(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, PASS_THROUGH_ID, EnrichConfig.STATE_DIR, stateDir.toString()));
        IngestConfig ingest = IngestConfig.load(Map.of(IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.TOPIC_PREFIX, topics.prefix()));
        try (KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(topics, ArticleSerdes.avro()),
                        config.streamsProperties(bootstrap));
                ArticlePublisher publisher = ArticlePublisher.create(ingest);
                OutputWatcher watcher = new OutputWatcher(bootstrap, List.of(topics.enriched()))) {
            startAndAwait(streams, Duration.ofMinutes(2));
            return runner.run("pass-through", PASS_THROUGH_ID, stateDir.resolveSibling("pg"), new LoadDriver(publisher, generator), watcher, watcher::count);
        }
    }

    private static void startAndAwait(KafkaStreams streams, Duration timeout) throws InterruptedException {
        streams.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing()) {
                throw new IllegalStateException("pass-through app not RUNNING: " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%d cores, %s %s, Kafka %s, max heap %d MB, load average at start %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), AppInfoParser.getVersion(),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            RunCommand.say("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
