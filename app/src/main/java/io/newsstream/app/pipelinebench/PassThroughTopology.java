package io.newsstream.app.pipelinebench;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The plumbing's limit: a Kafka Streams app that decodes each raw article and writes it unchanged
 * to the enriched topic of its prefix, with the pipeline's serdes. Run with the enrich stage's
 * Streams settings (exactly-once, batching, compression) it costs what Kafka and Avro cost, and
 * nothing of the enrichment.
 */
public final class PassThroughTopology {
    private PassThroughTopology() {}

    public static Topology build(Topics topics, ArticleSerdes serdes) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw(), Consumed.with(serdes.key(), serdes.raw()))
                .to(topics.enriched(), Produced.with(serdes.key(), serdes.raw()));
        return builder.build();
    }
}
