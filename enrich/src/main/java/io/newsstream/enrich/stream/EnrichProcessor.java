package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.MinHashSketch;
import io.newsstream.enrich.core.SketchCodec;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Enriches a unique article (topics, regions) where it is, in the partitioned part of the topology.
 * When the near-duplicate stage follows, it also computes the article's MinHash sketch here and
 * carries it to that stage in the {@value #SKETCH_HEADER} header, so the single-partition stage only
 * looks it up.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, PreparedArticle, EnrichedArticle> {
    static final String SKETCH_HEADER = "newsstream.sketch";
    private final EnrichmentCore core;
    private final boolean withSketch;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;

    EnrichProcessor(EnrichmentCore core, boolean withSketch) {
        this.core = core;
        this.withSketch = withSketch;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, PreparedArticle> record) {
        EnrichedArticle enriched = core.enrich(record.value(), null, Instant.now());
        if (!withSketch) {
            context.forward(record.withValue(enriched));
            return;
        }
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(SKETCH_HEADER);
        ByteBuffer sketch = SketchCodec.encode(MinHashSketch.of(record.value().getBody()));
        headers.add(SKETCH_HEADER, sketch.array());
        context.forward(record.withValue(enriched).withHeaders(headers));
    }
}
