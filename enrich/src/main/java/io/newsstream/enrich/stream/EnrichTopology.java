package io.newsstream.enrich.stream;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.DedupKeys;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.NearDuplicateRule;
import io.newsstream.enrich.core.SourceBoilerplate;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.UrlCanonicalizer;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
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
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage as a pure function of config, serdes and the enrichment core.
 *
 * <p>In: {@code articles.raw} (key: any or null; value: {@code RawArticle}, Avro single-object).
 * Out: {@code articles.enriched} (key: article id; value: {@code EnrichedArticle}) for first-seen
 * articles, {@code articles.duplicates} (key: article id; value: {@code DuplicateEvent}) for copies,
 * and {@code articles.dlq} (original key and value bytes; reason in {@code newsstream.error.*}
 * headers) for records that do not decode or break the contract (via the configured handlers).
 *
 * <p>Steps: validate + rule-based clean ({@code prepare}, stateless, so raw HTML never crosses a
 * repartition topic) → repartition by the host of the canonical URL ({@value #BY_HOST}) → learn and
 * strip per-source boilerplate (window store {@value #BOILERPLATE_STORE} of line counts keyed by
 * source, retention the learning window; the content hash is recomputed) → URL dedup (window store
 * {@value #URL_STORE}) → repartition by content fingerprint → content dedup (window store
 * {@value #CONTENT_STORE}) → enrich (topics, regions) → when near-duplicate detection is on, serialize
 * and compute the MinHash sketch (still in the partitioned part, {@link NearCarrier}) → near-duplicate
 * stage (LSH lookup in one partition over the article's bytes, window stores {@value #NEAR_BAND_STORE}
 * and {@value #NEAR_SKETCH_STORE}) → out. Dedup store retention is the dedup horizon.
 *
 * <p>Why one repartition by host serves both the learner and the URL dedup: the same canonical URL
 * always has the same host, so URL dedup is exact there; and a source's articles share a host, so
 * the learner sees all of them. (A source whose pages point their canonical URL at other hosts, or
 * that spans hosts, is counted per partition: it learns more slowly, never wrongly.) The hop carries
 * prepared (cleaned, HTML-free) records and scales with the partitions of {@value #BY_HOST}. A host
 * with a large share of the traffic stays on one partition (hot key); its work there is a handful
 * of store operations per article.
 */
public final class EnrichTopology {
    public static final String URL_STORE = "dedup-url";
    public static final String CONTENT_STORE = "dedup-content";
    public static final String BY_CONTENT = "by-content";
    public static final String BY_NEAR = "by-near";
    public static final String NEAR_BAND_STORE = "dedup-near-bands";
    public static final String NEAR_SKETCH_STORE = "dedup-near-sketches";
    public static final String BOILERPLATE_STORE = "boilerplate-lines";
    public static final String BY_HOST = "by-host";

    private EnrichTopology() {}

    public static Topology build(EnrichConfig config, ArticleSerdes serdes, EnrichmentCore core) {
        Topics topics = config.topics();
        Duration horizon = config.dedupHorizon();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(dedupStore(URL_STORE, horizon));
        builder.addStateStore(dedupStore(CONTENT_STORE, horizon));
        SourceBoilerplate learner = new SourceBoilerplate(config.boilerplateSettings());
        builder.addStateStore(countStore(BOILERPLATE_STORE, learner.settings().window()));

        KStream<String, SpecificRecord> urlChecked = builder
                .stream(topics.raw(), Consumed.with(serdes.key(), serdes.raw()).withName("raw-in"))
                .processValues(() -> new PrepareProcessor(core), Named.as("prepare"))
                .selectKey((key, article) -> UrlCanonicalizer.host(article.getCanonicalUrl()), Named.as(BY_HOST + "-key"))
                .repartition(Repartitioned.with(serdes.key(), serdes.prepared()).withName(BY_HOST))
                .processValues(() -> new LearnBoilerplateProcessor(BOILERPLATE_STORE, learner),
                        Named.as("learn-boilerplate"), BOILERPLATE_STORE)
                .process(() -> DedupProcessor.computingKey(URL_STORE, DuplicateReason.URL, DedupKeys::urlKey, horizon),
                        Named.as("url-dedup"), URL_STORE);
        KStream<String, PreparedArticle> urlUnique = splitDuplicates(urlChecked, "url", serdes, topics);
        KStream<String, PreparedArticle> unique = dedupStage(urlUnique, BY_CONTENT, CONTENT_STORE,
                DuplicateReason.CONTENT, DedupKeys::contentKey, horizon, serdes, topics);
        KStream<String, EnrichedArticle> enriched = unique
                .mapValues(article -> core.enrich(article, null, Instant.now()), Named.as("enrich"));
        if (config.nearDedupEnabled()) {
            builder.addStateStore(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(NEAR_BAND_STORE, horizon, Duration.ofMillis(1), true),
                    Serdes.Long(), Serdes.String()));
            builder.addStateStore(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(NEAR_SKETCH_STORE, horizon, Duration.ofMillis(1), false),
                    Serdes.String(), Serdes.ByteArray()));
            nearDedupStage(enriched, horizon, serdes, topics);
        } else {
            enriched.selectKey((key, article) -> article.getId(), Named.as("key-by-id"))
                    .to(topics.enriched(), Produced.with(serdes.key(), serdes.enriched()).withName("enriched-out"));
        }
        return builder.build();
    }

    private static KStream<String, PreparedArticle> dedupStage(KStream<String, PreparedArticle> in, String name,
            String store, DuplicateReason reason, Function<PreparedArticle, String> keyOf, Duration horizon,
            ArticleSerdes serdes, Topics topics) {
        KStream<String, SpecificRecord> checked = in
                .selectKey((key, article) -> keyOf.apply(article), Named.as(name + "-key"))
                .repartition(Repartitioned.with(serdes.key(), serdes.prepared()).withName(name))
                .process(() -> DedupProcessor.onRecordKey(store, reason, keyOf, horizon), Named.as(name + "-dedup"), store);
        return splitDuplicates(checked, name, serdes, topics);
    }

    /**
     * Near duplicates need one index over all articles: enrichment, serialization and the sketches
     * happen where the articles are (in parallel, {@link NearCarrier}); the single-partition stage
     * only looks up the index and passes the article's bytes on to the enriched topic.
     */
    private static void nearDedupStage(KStream<String, EnrichedArticle> in, Duration horizon, ArticleSerdes serdes,
            Topics topics) {
        var checked = in
                .processValues(() -> new NearCarrier(serdes.enriched().serializer(), topics.enriched()),
                        Named.as(BY_NEAR + "-carry"))
                .selectKey((key, bytes) -> BY_NEAR, Named.as(BY_NEAR + "-key"))
                .repartition(Repartitioned.with(serdes.key(), Serdes.ByteArray()).withName(BY_NEAR).withNumberOfPartitions(1))
                .process(() -> new NearDedupProcessor(NEAR_BAND_STORE, NEAR_SKETCH_STORE, NearDuplicateRule.DEFAULT, horizon),
                        Named.as(BY_NEAR + "-dedup"), NEAR_BAND_STORE, NEAR_SKETCH_STORE);
        var branches = checked.split(Named.as(BY_NEAR + "-"))
                .branch((key, value) -> value instanceof DuplicateEvent, Branched.withConsumer(dups -> dups
                        .mapValues(value -> (DuplicateEvent) value, Named.as(BY_NEAR + "-as-duplicate"))
                        .to(topics.duplicates(), Produced.with(serdes.key(), serdes.duplicate())
                                .withName(BY_NEAR + "-duplicates-out")), "duplicate"))
                .defaultBranch(Branched.as("unique"));
        branches.get(BY_NEAR + "-unique")
                .mapValues(value -> (byte[]) value, Named.as(BY_NEAR + "-as-bytes"))
                .to(topics.enriched(), Produced.with(serdes.key(), Serdes.ByteArray()).withName("enriched-out"));
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

    private static org.apache.kafka.streams.state.StoreBuilder<?> countStore(String name, Duration window) {
        Duration bucket = Duration.ofMillis(WindowStoreCounts.bucketMs(window.toMillis()));
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, window.plus(bucket), bucket, false),
                Serdes.String(), Serdes.Long());
    }

    private static org.apache.kafka.streams.state.StoreBuilder<?> dedupStore(String name, Duration horizon) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, horizon, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.String());
    }
}
