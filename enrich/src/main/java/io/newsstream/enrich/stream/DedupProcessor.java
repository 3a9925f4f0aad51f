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
 * {@link DuplicateEvent} naming the first. The same article sent again (same id) is forwarded.
 * The record key is the dedup key (set before the repartition), so it is not computed again here.
 */
final class DedupProcessor implements Processor<String, PreparedArticle, String, SpecificRecord> {
    private final String storeName;
    private final DuplicateReason reason;
    private final Function<PreparedArticle, String> keyOf;
    private final long horizonMs;
    private ProcessorContext<String, SpecificRecord> context;
    private WindowStore<String, String> seen;

    DedupProcessor(String storeName, DuplicateReason reason, Function<PreparedArticle, String> keyOf, Duration horizon) {
        this.storeName = storeName;
        this.reason = reason;
        this.keyOf = keyOf;
        this.horizonMs = horizon.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, PreparedArticle> record) {
        PreparedArticle article = record.value();
        String key = record.key() != null ? record.key() : keyOf.apply(article);
        long ts = record.timestamp();
        String first = firstSeen(key, ts);
        if (first == null) {
            seen.put(key, article.getId(), ts);
            context.forward(record.withValue(article));
        } else if (first.equals(article.getId())) {
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
