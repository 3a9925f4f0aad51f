package io.newsstream.enrich.stream;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One dedup stage over records already partitioned by the dedup key: the first article seen under
 * a key within the horizon is forwarded as is; a later one with another id becomes a
 * {@link DuplicateEvent} naming the first. The same article id again under the key (a re-delivery, or
 * another spelling of the URL the id was derived from) is a duplicate of itself: the event names its own id.
 * The dedup key is either the record key (set before the repartition, {@link #onRecordKey}) or computed
 * here from the article ({@link #computingKey}, for a stage whose partitioning key implies the dedup key).
 */
final class DedupProcessor implements Processor<String, PreparedArticle, String, SpecificRecord> {
    private final String storeName;
    private final DuplicateReason reason;
    private final Function<PreparedArticle, String> keyOf;
    private final boolean recordKeyIsDedupKey;
    private final long horizonMs;
    private ProcessorContext<String, SpecificRecord> context;
    private WindowStore<String, String> seen;

    private DedupProcessor(String storeName, DuplicateReason reason, Function<PreparedArticle, String> keyOf,
            boolean recordKeyIsDedupKey, Duration horizon) {
        this.storeName = storeName;
        this.reason = reason;
        this.keyOf = keyOf;
        this.recordKeyIsDedupKey = recordKeyIsDedupKey;
        this.horizonMs = horizon.toMillis();
    }

    /** A stage after a repartition by the dedup key: the record key is the dedup key ({@code keyOf} when null). */
    static DedupProcessor onRecordKey(String storeName, DuplicateReason reason, Function<PreparedArticle, String> keyOf,
            Duration horizon) {
        return new DedupProcessor(storeName, reason, keyOf, true, horizon);
    }

    /** A stage partitioned by something that determines the dedup key (the host of a URL): computes the key. */
    static DedupProcessor computingKey(String storeName, DuplicateReason reason, Function<PreparedArticle, String> keyOf,
            Duration horizon) {
        return new DedupProcessor(storeName, reason, keyOf, false, horizon);
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, PreparedArticle> record) {
        PreparedArticle article = record.value();
        String key = recordKeyIsDedupKey && record.key() != null ? record.key() : keyOf.apply(article);
        long ts = record.timestamp();
        String first = firstSeen(key, ts);
        if (first == null) {
            seen.put(key, article.getId(), ts);
            context.forward(record.withValue(article));
        } else {
            DuplicateEvent event = DuplicateEvent.newBuilder()
                    .setId(article.getId())
                    .setUrl(article.getUrl())
                    .setDuplicateOf(first)
                    .setReason(reason)
                    .setSimilarity(1.0)
                    .setSeenAt(Instant.ofEpochMilli(ts).toString())
                    .build();
            context.forward(record.withValue(event));
        }
    }

    private String firstSeen(String key, long ts) {
        try (WindowStoreIterator<String> it = seen.fetch(key, Math.max(0, ts - horizonMs), ts + horizonMs)) {
            return it.hasNext() ? it.next().value : null;
        }
    }
}
