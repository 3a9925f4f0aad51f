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

    public static ArticleSerdes avro() {
        return new ArticleSerdes(
                Serdes.String(),
                new RawArticleSerde(),
                AvroSingleObjectSerde.forSchema(EnrichedArticle.getClassSchema()),
                AvroSingleObjectSerde.forSchema(DuplicateEvent.getClassSchema()),
                AvroSingleObjectSerde.forSchema(PreparedArticle.getClassSchema()));
    }
}
