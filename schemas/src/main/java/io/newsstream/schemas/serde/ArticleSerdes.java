package io.newsstream.schemas.serde;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The serdes of the pipeline's topics, built once and passed into topology and client builders.
 * {@code prepared} is internal to the enrich stage (its repartition topics), not part of the contract;
 * {@code raw} reads JSON as well as Avro ({@link RawArticleSerde}).
 */
public record ArticleSerdes(
        Serde<String> key,
        Serde<RawArticle> raw,
        Serde<EnrichedArticle> enriched,
        Serde<DuplicateEvent> duplicate,
        Serde<PreparedArticle> prepared) {

    /**
     * The serdes this process is configured for: with {@code schema.registry.url} (env
     * {@code NEWSSTREAM_SCHEMA_REGISTRY_URL}) the registry's wire format, else single-object Avro.
     */
    public static ArticleSerdes configured() {
        return io.newsstream.schemas.registry.SchemaRegistryConfig.load(java.util.Map.of()).client()
                .map(ArticleSerdes::withRegistry).orElseGet(ArticleSerdes::avro);
    }

    /**
     * The contract topics in the Confluent wire format through this registry (the internal {@code prepared}
     * records stay single-object); every deserializer still reads single-object Avro, and {@code raw} JSON.
     */
    public static ArticleSerdes withRegistry(io.newsstream.schemas.registry.SchemaRegistryClient registry) {
        ArticleSerdes plain = avro();
        return new ArticleSerdes(
                Serdes.String(),
                new io.newsstream.schemas.registry.ConfluentWireSerde<>(registry, RawArticle.getClassSchema(), plain.raw().deserializer()),
                new io.newsstream.schemas.registry.ConfluentWireSerde<>(registry, EnrichedArticle.getClassSchema(),
                        plain.enriched().deserializer()),
                new io.newsstream.schemas.registry.ConfluentWireSerde<>(registry, DuplicateEvent.getClassSchema(),
                        plain.duplicate().deserializer()),
                plain.prepared());
    }

    public static ArticleSerdes avro() {
        return new ArticleSerdes(
                Serdes.String(),
                new RawArticleSerde(),
                AvroSingleObjectSerde.forSchema(EnrichedArticle.getClassSchema()),
                AvroSingleObjectSerde.forSchema(DuplicateEvent.getClassSchema()),
                AvroSingleObjectSerde.forSchema(PreparedArticle.getClassSchema()));
    }
}
