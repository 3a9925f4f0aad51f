package io.newsstream.enrich.stream;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.enrich.core.dedup.NearDuplicateRule;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.UrlCanonicalizer;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage as a pure function of config, serdes and the enrichment core.
 *
 * <p>In: {@code articles.raw} (key: the host of the article's URL, as newsstream's ingest writes it, or
 * any other key or none; value: {@code RawArticle}, Avro single-object). Out: {@code articles.enriched}
 * (key: article id; value: {@code EnrichedArticle}) for first-seen articles, {@code articles.duplicates}
 * (key: article id; value: {@code DuplicateEvent}) for copies, and {@code articles.dlq} (original key and
 * value bytes; reason in {@code newsstream.error.*} headers) for records that do not decode, break the
 * contract or go over a cap (via the configured handlers).
 *
 * <p>Sub-topologies, each scaling with its partitions:
 * <ol>
 * <li>validate + clean ({@code prepare}); a record keyed by another key than the host of its canonical URL
 *     is re-keyed through {@value #BY_HOST} (same partition count as the raw topic), one keyed by its host
 *     goes on in place → learn and strip per-source boilerplate ({@value #BOILERPLATE_STORE}) → URL dedup
 *     ({@value #URL_STORE}; the same article id again is a re-delivery, reason URL) → enrich (topics,
 *     regions), serialize once, fan out ({@link FanOutProcessor}): the article's bytes to
 *     {@value #DEDUP_ARTICLES} keyed by a token, one probe per index shard to {@value #DEDUP_PROBES};</li>
 * <li>index shards ({@link IndexProcessor}, RocksDB stores {@value #CONTENT_STORE}, {@value #NEAR_BAND_STORE},
 *     {@value #NEAR_SKETCH_STORE}; point lookups): content match on the content key's shard, else near match
 *     (MinHash LSH over the shard's band keys, each pair judged by one shard) → a verdict per shard to
 *     {@value #DEDUP_VERDICTS} keyed by token;</li>
 * <li>fan-in ({@link DecisionProcessor}, stores {@value #PENDING_ARTICLES}, {@value #PENDING_VERDICTS}):
 *     once all shards answered, the article's bytes to the enriched topic or a duplicate event.</li>
 * </ol>
 * The three dedup topics have {@code enrich.dedup.partitions} partitions. First seen means first in the
 * log of the partition that judges: the host partition for URLs, the content key's shard, the pair's
 * arbiter shard; every pair has one judge, so of a group of copies one is emitted and the others name it.
 * Exactly-once replays each log in its order over the restored state, so a restarted task decides as before. Dedup state lives for the dedup
 * horizon.
 */
public final class EnrichTopology {
    public static final String URL_STORE = "dedup-url";
    public static final String CONTENT_STORE = "dedup-content";
    public static final String NEAR_BAND_STORE = "dedup-near-bands";
    public static final String NEAR_SKETCH_STORE = "dedup-near-sketches";
    public static final String PENDING_ARTICLES = "dedup-pending-articles";
    public static final String PENDING_VERDICTS = "dedup-pending-verdicts";
    public static final String BOILERPLATE_STORE = "boilerplate-lines";
    public static final String BY_HOST = "by-host";
    public static final String DEDUP_ARTICLES = "dedup-articles";
    public static final String DEDUP_PROBES = "dedup-probes";
    public static final String DEDUP_VERDICTS = "dedup-verdicts";

    private EnrichTopology() {}

    public static Topology build(EnrichConfig config, ArticleSerdes serdes, EnrichmentCore core) {
        Topics topics = config.topics();
        Duration horizon = config.dedupHorizon();
        int shards = config.dedupPartitions();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(windowStore(URL_STORE, horizon));
        SourceBoilerplate learner = new SourceBoilerplate(config.boilerplateSettings());
        builder.addStateStore(countStore(BOILERPLATE_STORE, learner.settings().window()));
        builder.addStateStore(keyValueStore(CONTENT_STORE, Serdes.String()));
        builder.addStateStore(keyValueStore(NEAR_BAND_STORE, Serdes.Long()));
        builder.addStateStore(keyValueStore(NEAR_SKETCH_STORE, Serdes.String()));
        builder.addStateStore(pendingStore(PENDING_ARTICLES));
        builder.addStateStore(pendingStore(PENDING_VERDICTS));

        var routed = builder
                .stream(topics.raw(), Consumed.with(serdes.key(), serdes.raw()).withName("raw-in"))
                .processValues(() -> new PrepareProcessor(core), Named.as("prepare"))
                .split(Named.as(BY_HOST + "-"))
                .branch((key, article) -> hostOf(article).equals(key), Branched.as("keyed"))
                .defaultBranch(Branched.as("rekey"));
        KStream<String, PreparedArticle> rekeyed = routed.get(BY_HOST + "-rekey")
                .selectKey((key, article) -> hostOf(article), Named.as(BY_HOST + "-key"))
                .repartition(Repartitioned.with(serdes.key(), serdes.prepared()).withName(BY_HOST));
        KStream<String, SpecificRecord> urlChecked = routed.get(BY_HOST + "-keyed")
                .merge(rekeyed, Named.as(BY_HOST + "-merge"))
                .processValues(() -> new LearnBoilerplateProcessor(BOILERPLATE_STORE, learner),
                        Named.as("learn-boilerplate"), BOILERPLATE_STORE)
                .process(() -> new DedupProcessor(URL_STORE, horizon),
                        Named.as("url-dedup"), URL_STORE);
        NearDuplicateRule rule = config.nearDedupEnabled() ? NearDuplicateRule.DEFAULT : null;
        var fannedOut = splitDuplicates(urlChecked, "url", serdes, topics)
                .process(() -> new FanOutProcessor(core, serdes.enriched().serializer(), topics.enriched(), shards, rule),
                        Named.as("enrich-fan-out"))
                .split(Named.as("fan-out-"))
                .branch((key, value) -> DedupMessages.kind(value) == DedupMessages.ARTICLE, Branched.as("article"))
                .defaultBranch(Branched.as("probe"));
        KStream<String, byte[]> articles = fannedOut.get("fan-out-article")
                .repartition(internal(serdes, DEDUP_ARTICLES, shards));
        KStream<String, byte[]> verdicts = fannedOut.get("fan-out-probe")
                .repartition(internal(serdes, DEDUP_PROBES, shards).withStreamPartitioner(new DedupShards.ShardPartitioner()))
                .process(() -> new IndexProcessor(CONTENT_STORE, NEAR_BAND_STORE, NEAR_SKETCH_STORE,
                        rule != null ? rule : NearDuplicateRule.DEFAULT, shards, horizon),
                        Named.as("dedup-index"), CONTENT_STORE, NEAR_BAND_STORE, NEAR_SKETCH_STORE)
                .repartition(internal(serdes, DEDUP_VERDICTS, shards));
        var decided = articles.merge(verdicts, Named.as("dedup-fan-in"))
                .process(() -> new DecisionProcessor(PENDING_ARTICLES, PENDING_VERDICTS, shards),
                        Named.as("dedup-decide"), PENDING_ARTICLES, PENDING_VERDICTS)
                .split(Named.as("decided-"))
                .branch((key, value) -> value instanceof DuplicateEvent, Branched.withConsumer(dups -> dups
                        .mapValues(value -> (DuplicateEvent) value, Named.as("decided-as-duplicate"))
                        .to(topics.duplicates(), Produced.with(serdes.key(), serdes.duplicate())
                                .withName("dedup-duplicates-out")), "duplicate"))
                .defaultBranch(Branched.as("unique"));
        decided.get("decided-unique")
                .mapValues(value -> (byte[]) value, Named.as("decided-as-bytes"))
                .to(topics.enriched(), Produced.with(serdes.key(), Serdes.ByteArray()).withName("enriched-out"));
        return builder.build();
    }

    private static String hostOf(PreparedArticle article) {
        return UrlCanonicalizer.host(article.getCanonicalUrl());
    }

    private static Repartitioned<String, byte[]> internal(ArticleSerdes serdes, String name, int partitions) {
        return Repartitioned.with(serdes.key(), Serdes.ByteArray()).withName(name).withNumberOfPartitions(partitions);
    }

    private static KStream<String, PreparedArticle> splitDuplicates(KStream<String, SpecificRecord> checked,
            String name, ArticleSerdes serdes, Topics topics) {
        var branches = checked.split(Named.as(name + "-"))
                .branch((key, value) -> value instanceof DuplicateEvent, Branched.withConsumer(dups -> dups
                        .mapValues(value -> (DuplicateEvent) value, Named.as(name + "-as-duplicate"))
                        .selectKey((key, dup) -> dup.getId(), Named.as(name + "-duplicate-key"))
                        .to(topics.duplicates(), Produced.with(serdes.key(), serdes.duplicate())
                                .withName(name + "-duplicates-out")), "duplicate"))
                .defaultBranch(Branched.as("unique"));
        return branches.get(name + "-unique").mapValues(value -> (PreparedArticle) value, Named.as(name + "-as-article"));
    }

    /** Line counts per source and time bucket; cached, so a hot counter reaches RocksDB and its changelog once per commit. */
    private static StoreBuilder<?> countStore(String name, Duration window) {
        Duration bucket = Duration.ofMillis(WindowStoreCounts.bucketMs(window.toMillis()));
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, window.plus(bucket), bucket, false),
                Serdes.String(), Serdes.Long()).withCachingEnabled();
    }

    private static StoreBuilder<?> windowStore(String name, Duration horizon) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, horizon, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.String());
    }

    /**
     * The fan-in's waiting room: an entry lives from an article's first message to its last verdict (a few
     * commit intervals), so the live set is small and held in memory; its changelog rebuilds it on restore.
     * In RocksDB, every article's bytes went through a memtable, a flush and a compaction only to be deleted.
     */
    private static StoreBuilder<?> pendingStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.ByteArray())
                .withCachingDisabled();
    }

    /**
     * A RocksDB key-value store with a changelog and without the record cache: its keys are read and written
     * once or twice per article, so the cache would only add its sorted map to every operation.
     */
    private static <K> StoreBuilder<?> keyValueStore(String name, org.apache.kafka.common.serialization.Serde<K> keySerde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keySerde, Serdes.ByteArray())
                .withCachingDisabled();
    }
}
