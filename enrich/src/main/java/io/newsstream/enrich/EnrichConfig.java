package io.newsstream.enrich;

import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.enrich.core.limits.ArticleLimits;
import io.newsstream.enrich.stream.BoundedRocksDbConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.config.ConfigLoader;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;

/** Settings of the enrich stage (Kafka Streams); keys {@code enrich.*}, env {@code NEWSSTREAM_ENRICH_*}. */
public final class EnrichConfig extends AbstractConfig {
    public static final String APPLICATION_ID = "enrich.application.id";
    public static final String TOPIC_PREFIX = "enrich.topic.prefix";
    public static final String DEDUP_HORIZON_MS = "enrich.dedup.horizon.ms";
    public static final String DEDUP_NEAR_ENABLED = "enrich.dedup.near.enabled";
    public static final String DEDUP_PARTITIONS = "enrich.dedup.partitions";
    public static final String STREAM_THREADS = "enrich.num.stream.threads";
    public static final String COMMIT_INTERVAL_MS = "enrich.commit.interval.ms";
    public static final String STATE_DIR = "enrich.state.dir";
    public static final String PROCESSING_GUARANTEE = "enrich.processing.guarantee";
    public static final String PRODUCER_BATCH_SIZE = "enrich.producer.batch.size";
    public static final String PRODUCER_LINGER_MS = "enrich.producer.linger.ms";
    public static final String PRODUCER_COMPRESSION = "enrich.producer.compression.type";
    public static final String ROCKSDB_MEMORY_BYTES = "enrich.rocksdb.memory.bytes";
    public static final String BOILERPLATE_MIN_ARTICLES = "enrich.boilerplate.min.articles";
    public static final String BOILERPLATE_MIN_SHARE = "enrich.boilerplate.min.share";
    public static final String BOILERPLATE_WINDOW_MS = "enrich.boilerplate.window.ms";
    public static final String BOILERPLATE_EDGE_LINES = "enrich.boilerplate.edge.lines";
    public static final String BOILERPLATE_MAX_LINE_CHARS = "enrich.boilerplate.max.line.chars";
    private static final SourceBoilerplate.Settings LEARNING = SourceBoilerplate.Settings.DEFAULTS;
    public static final String TOPICS_MODEL = "enrich.topics.model";
    public static final String MAX_HTML_CHARS = "enrich.max.html.chars";
    public static final String MAX_BODY_CHARS = "enrich.max.body.chars";
    public static final String MAX_HTML_DEPTH = "enrich.max.html.depth";
    public static final String MAX_MENTIONS = "enrich.max.mentions";
    public static final String MAX_REGIONS = "enrich.max.regions";
    private static final ArticleLimits LIMITS = ArticleLimits.DEFAULTS;

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(APPLICATION_ID, Type.STRING, "newsstream-enrich", Importance.HIGH,
                    "Kafka Streams application id: consumer group, transactional id and state directory name.")
            .define(TOPIC_PREFIX, Type.STRING, "", Importance.MEDIUM, "Prefix of the pipeline's topic names.")
            .define(DEDUP_HORIZON_MS, Type.LONG, Duration.ofDays(7).toMillis(), Range.atLeast(60_000), Importance.HIGH,
                    "How long a URL or content fingerprint is remembered for duplicate detection (store retention).")
            .define(DEDUP_NEAR_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Detect near duplicates (edited, truncated, re-filed copies) with MinHash LSH.")
            .define(DEDUP_PARTITIONS, Type.INT, 4, Range.between(1, 1024), Importance.MEDIUM,
                    "Partitions of the content and near-duplicate index and of its fan-in (the dedup-articles, "
                            + "dedup-probes and dedup-verdicts topics): at most this many tasks share that work. "
                            + "Changing it needs an application reset (kafka-streams-application-reset).")
            .define(STREAM_THREADS, Type.INT, 2, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads per instance (one per core is a good start; tasks beyond the threads wait their turn).")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 10L, Range.atLeast(1), Importance.MEDIUM,
                    "Transaction commit interval: under exactly-once each of the 3 sub-topologies waits for the previous "
                            + "one's commit, so end-to-end latency is a few intervals (10 ms: p99 142-187 ms at 100 "
                            + "articles/s against 385 ms with 100 ms, throughput within noise; BENCHMARKS.md).")
            .define(STATE_DIR, Type.STRING, System.getProperty("java.io.tmpdir") + "/newsstream-streams",
                    Importance.MEDIUM, "Directory of the RocksDB state stores.")
            .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.HIGH,
                    "exactly_once_v2 (default) or at_least_once.")
            .define(PRODUCER_BATCH_SIZE, Type.INT, 262_144, Range.atLeast(1024), Importance.LOW,
                    "Producer batch size in bytes for the stage's output topics.")
            .define(PRODUCER_LINGER_MS, Type.INT, 5, Range.atLeast(0), Importance.LOW, "Producer linger in ms.")
            .define(PRODUCER_COMPRESSION, Type.STRING, "lz4", ValidString.in("none", "lz4", "snappy", "gzip", "zstd"),
                    Importance.LOW, "Producer compression of the stage's output topics.")
            .define(ROCKSDB_MEMORY_BYTES, Type.LONG, BoundedRocksDbConfig.DEFAULT_MEMORY_BYTES, Range.atLeast(1L << 20),
                    Importance.LOW, "Off-heap memory of all dedup stores of the process together (RocksDB block cache "
                            + "and memtables, shared).")
            .define(BOILERPLATE_MIN_ARTICLES, Type.INT, LEARNING.minArticles(), Range.atLeast(2), Importance.MEDIUM,
                    "A line is learned boilerplate of a source once it recurs in at least this many distinct articles"
                            + " of the source within the window.")
            .define(BOILERPLATE_MIN_SHARE, Type.DOUBLE, LEARNING.minShare(), Range.between(0.0, 1.0), Importance.MEDIUM,
                    "... and in at least this share of the source's articles within the window.")
            .define(BOILERPLATE_WINDOW_MS, Type.LONG, LEARNING.window().toMillis(), Range.atLeast(60_000),
                    Importance.MEDIUM, "Window over which recurring lines are counted per source (store retention).")
            .define(BOILERPLATE_EDGE_LINES, Type.INT, LEARNING.edgeLines(), Range.atLeast(0), Importance.LOW,
                    "Only the first and last this many paragraphs of a body are candidates (0 disables learning).")
            .define(BOILERPLATE_MAX_LINE_CHARS, Type.INT, LEARNING.maxLineChars(), Range.atLeast(1), Importance.LOW,
                    "Longer paragraphs are never learned boilerplate.")
            .define(TOPICS_MODEL, Type.STRING, "", Importance.MEDIUM,
                    "Topic model file written by `newsstream train topics`; empty: the model shipped in the jar.")
            .define(MAX_HTML_CHARS, Type.INT, LIMITS.maxHtmlChars(), Range.atLeast(1), Importance.LOW,
                    "An article whose html is longer is dead-lettered (batch: rejected) unprocessed.")
            .define(MAX_BODY_CHARS, Type.INT, LIMITS.maxBodyChars(), Range.atLeast(1), Importance.LOW,
                    "An article whose body (given or extracted) is longer is dead-lettered (batch: rejected).")
            .define(MAX_HTML_DEPTH, Type.INT, LIMITS.maxHtmlDepth(), Range.atLeast(8), Importance.LOW,
                    "HTML elements nested deeper are read as the plain text of their subtree.")
            .define(MAX_MENTIONS, Type.INT, LIMITS.maxMentions(), Range.atLeast(0), Importance.LOW,
                    "At most this many place mentions (the first in the body) are emitted per article.")
            .define(MAX_REGIONS, Type.INT, LIMITS.maxRegions(), Range.atLeast(1), Importance.LOW,
                    "At most this many regions (the best scored) are emitted per article.");

    public EnrichConfig(Map<String, ?> values) {
        super(DEFINITION, values, false);
    }

    /** Defaults, then {@code NEWSSTREAM_ENRICH_*} environment variables, then the given overrides. */
    public static EnrichConfig load(Map<String, ?> overrides) {
        return new EnrichConfig(ConfigLoader.gather(DEFINITION, overrides));
    }

    /** The Streams application id, which is also the enrich stage's consumer group. */
    public String applicationId() {
        return getString(APPLICATION_ID);
    }

    /** Logs the effective settings at DEBUG (NEWSSTREAM_LOG_LEVEL=DEBUG); secrets (PASSWORD-typed values) print as [hidden]. */
    public void logEffective() {
        StringBuilder out = new StringBuilder("Effective enrich config:");
        new java.util.TreeMap<>(values()).forEach((k, v) -> out.append("\n  ").append(k).append(" = ").append(v));
        org.slf4j.LoggerFactory.getLogger(EnrichConfig.class).debug("{}", out);
    }

    public Topics topics() {
        return new Topics(getString(TOPIC_PREFIX));
    }

    public boolean nearDedupEnabled() {
        return getBoolean(DEDUP_NEAR_ENABLED);
    }

    /** The per-source boilerplate learning thresholds. */
    public SourceBoilerplate.Settings boilerplateSettings() {
        return new SourceBoilerplate.Settings(getInt(BOILERPLATE_MIN_ARTICLES), getDouble(BOILERPLATE_MIN_SHARE),
                Duration.ofMillis(getLong(BOILERPLATE_WINDOW_MS)), getInt(BOILERPLATE_EDGE_LINES),
                getInt(BOILERPLATE_MAX_LINE_CHARS));
    }

    /** The configured topic model file, or null for the shipped one. */
    public java.nio.file.Path topicsModel() {
        String m = getString(TOPICS_MODEL);
        return m == null || m.isBlank() ? null : java.nio.file.Path.of(m.trim());
    }

    /** The per-article caps of the enrichment core. */
    public ArticleLimits articleLimits() {
        return new ArticleLimits(getInt(MAX_HTML_CHARS), getInt(MAX_BODY_CHARS), getInt(MAX_HTML_DEPTH),
                getInt(MAX_MENTIONS), getInt(MAX_REGIONS));
    }

    public int dedupPartitions() {
        return getInt(DEDUP_PARTITIONS);
    }

    public Duration dedupHorizon() {
        return Duration.ofMillis(getLong(DEDUP_HORIZON_MS));
    }

    /** Kafka Streams properties for this stage, error handling and the dead-letter topic included. */
    public Properties streamsProperties(String bootstrapServers) {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(STREAM_THREADS));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics().dlq());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.producerPrefix("batch.size"), getInt(PRODUCER_BATCH_SIZE));
        p.put(StreamsConfig.producerPrefix("linger.ms"), getInt(PRODUCER_LINGER_MS));
        p.put(StreamsConfig.producerPrefix("compression.type"), getString(PRODUCER_COMPRESSION));
        p.put(StreamsConfig.producerPrefix("max.request.size"), 8 * 1024 * 1024);
        // Transactions v2 (Kafka 4): a first batch to a partition retried on CONCURRENT_TRANSACTIONS while a second
        // one is in flight gets OUT_OF_ORDER_SEQUENCE forever; one request in flight keeps batches in order.
        p.put(StreamsConfig.producerPrefix("max.in.flight.requests.per.connection"), 1);
        p.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), 8 * 1024 * 1024);
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        p.put(BoundedRocksDbConfig.MEMORY_BYTES_CONFIG, getLong(ROCKSDB_MEMORY_BYTES));
        return p;
    }
}
