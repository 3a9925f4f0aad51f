package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.DuplicateMatch;
import io.newsstream.enrich.core.NearDuplicateMatcher;
import io.newsstream.enrich.core.NearDuplicateRule;
import io.newsstream.enrich.core.SketchCodec;
import io.newsstream.schemas.avro.DuplicateEvent;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The near-duplicate stage: finds an earlier article that is nearly the same text (an edited,
 * truncated or re-filed copy) with the core's {@link NearDuplicateMatcher} over window stores.
 * Takes serialized enriched articles with id, URL and sketch in headers ({@link NearCarrier}) and
 * never decodes them. Forwards, keyed by article id and without those headers, the article's bytes
 * unchanged, or a {@link DuplicateEvent} with reason NEAR.
 */
final class NearDedupProcessor implements Processor<String, byte[], String, Object> {
    private final String bandStore;
    private final String sketchStore;
    private final NearDuplicateRule rule;
    private final long horizonMs;
    private ProcessorContext<String, Object> context;
    private WindowedNearDuplicateIndex index;
    private NearDuplicateMatcher matcher;

    NearDedupProcessor(String bandStore, String sketchStore, NearDuplicateRule rule, Duration horizon) {
        this.bandStore = bandStore;
        this.sketchStore = sketchStore;
        this.rule = rule;
        this.horizonMs = horizon.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.index = new WindowedNearDuplicateIndex(context.getStateStore(bandStore), context.getStateStore(sketchStore), horizonMs);
        this.matcher = new NearDuplicateMatcher(index, rule);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Headers carried = record.headers();
        String id = NearCarrier.text(carried, NearCarrier.ID_HEADER);
        byte[] sketch = carried.lastHeader(NearCarrier.SKETCH_HEADER).value();
        Headers headers = NearCarrier.withoutCarried(carried);
        index.at(record.timestamp());
        Optional<DuplicateMatch> match = matcher.checkAndFile(id, SketchCodec.decode(ByteBuffer.wrap(sketch)));
        Object value = match.isEmpty() ? record.value() : DuplicateEvent.newBuilder()
                .setId(id)
                .setUrl(NearCarrier.text(carried, NearCarrier.URL_HEADER))
                .setDuplicateOf(match.get().originalId())
                .setReason(match.get().reason())
                .setSimilarity(match.get().similarity())
                .setSeenAt(Instant.ofEpochMilli(record.timestamp()).toString())
                .build();
        context.forward(record.withKey(id).withValue(value).withHeaders(headers));
    }
}
