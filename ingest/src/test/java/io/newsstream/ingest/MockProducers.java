package io.newsstream.ingest;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Auto-completing mock producers and a publisher over them, for tests without a broker. */
final class MockProducers {
    final MockProducer<String, RawArticle> articles =
            new MockProducer<>(true, null, new StringSerializer(), ArticleSerdes.avro().raw().serializer());
    final MockProducer<byte[], byte[]> dlq =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    final ArticlePublisher publisher;

    MockProducers(Topics topics) {
        publisher = new ArticlePublisher(articles, dlq, topics);
    }

    MockProducers() {
        this(Topics.defaults());
    }
}
