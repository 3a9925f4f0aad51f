package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.DuplicateMatch;
import io.newsstream.enrich.core.MinHashSketch;
import io.newsstream.enrich.core.NearDuplicateMatcher;
import io.newsstream.enrich.core.NearDuplicateRule;
import io.newsstream.enrich.core.SketchCodec;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.EnrichedArticle;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The near-duplicate stage: finds an earlier article that is nearly the same text (an edited,
 * truncated or re-filed copy) with the core's {@link NearDuplicateMatcher} over window stores.
 * Takes enriched articles with their sketch in the {@value EnrichProcessor#SKETCH_HEADER} header
 * (computed from the body when absent). Forwards the article without that header, or a
 * {@link DuplicateEvent} with reason NEAR.
 */
final class NearDedupProcessor implements Processor<String, EnrichedArticle, String, SpecificRecord> {
    private final String bandStore;
    private final String sketchStore;
    private final NearDuplicateRule rule;
    private final long horizonMs;
    private ProcessorContext<String, SpecificRecord> context;
    private WindowedNearDuplicateIndex index;
    private NearDuplicateMatcher matcher;

    NearDedupProcessor(String bandStore, String sketchStore, NearDuplicateRule rule, Duration horizon) {
        this.bandStore = bandStore;
        this.sketchStore = sketchStore;
        this.rule = rule;
        this.horizonMs = horizon.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.index = new WindowedNearDuplicateIndex(context.getStateStore(bandStore), context.getStateStore(sketchStore), horizonMs);
        this.matcher = new NearDuplicateMatcher(index, rule);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        Header carried = record.headers().lastHeader(EnrichProcessor.SKETCH_HEADER);
        MinHashSketch sketch = carried == null ? MinHashSketch.of(article.getBody())
                : SketchCodec.decode(ByteBuffer.wrap(carried.value()));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(EnrichProcessor.SKETCH_HEADER);
        index.at(record.timestamp());
        Optional<DuplicateMatch> match = matcher.checkAndFile(article.getId(), sketch);
        if (match.isEmpty()) {
            context.forward(record.withValue((SpecificRecord) article).withHeaders(headers));
        } else {
            context.forward(record.withValue((SpecificRecord) DuplicateEvent.newBuilder()
                    .setId(article.getId())
                    .setUrl(article.getUrl())
                    .setDuplicateOf(match.get().originalId())
                    .setReason(match.get().reason())
                    .setSimilarity(match.get().similarity())
                    .setSeenAt(Instant.ofEpochMilli(record.timestamp()).toString())
                    .build()).withHeaders(headers));
        }
    }
}
