package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.MinHashSketch;
import io.newsstream.enrich.core.SketchCodec;
import io.newsstream.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Prepares an enriched article for the single-partition near-duplicate stage, still in the
 * partitioned part: the value becomes the article's final serialized bytes (as written to the
 * enriched topic), and what the near stage needs travels in headers — id, URL and MinHash sketch.
 * The near stage then neither decodes nor re-encodes articles; its cost is the index lookup.
 */
final class NearCarrier implements FixedKeyProcessor<String, EnrichedArticle, byte[]> {
    static final String ID_HEADER = "newsstream.near.id";
    static final String URL_HEADER = "newsstream.near.url";
    static final String SKETCH_HEADER = "newsstream.near.sketch";
    private final Serializer<EnrichedArticle> serializer;
    private final String topic;
    private FixedKeyProcessorContext<String, byte[]> context;

    NearCarrier(Serializer<EnrichedArticle> serializer, String topic) {
        this.serializer = serializer;
        this.topic = topic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        Headers headers = withoutCarried(record.headers());
        headers.add(ID_HEADER, article.getId().getBytes(StandardCharsets.UTF_8));
        headers.add(URL_HEADER, article.getUrl().getBytes(StandardCharsets.UTF_8));
        headers.add(SKETCH_HEADER, SketchCodec.encode(MinHashSketch.of(article.getBody())).array());
        context.forward(record.withValue(serializer.serialize(topic, article)).withHeaders(headers));
    }

    /** A copy of the headers without the ones this class adds. */
    static Headers withoutCarried(Headers headers) {
        Headers copy = new RecordHeaders(headers.toArray());
        copy.remove(ID_HEADER);
        copy.remove(URL_HEADER);
        copy.remove(SKETCH_HEADER);
        return copy;
    }

    static String text(Headers headers, String name) {
        var header = headers.lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("record without header " + name + ": not written by " + NearCarrier.class.getSimpleName());
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
