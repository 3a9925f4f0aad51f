package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.dedup.DedupKeys;
import io.newsstream.enrich.core.dedup.UrlRule;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Duration;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The URL stage, on records partitioned by host (which determines the canonical URL): applies
 * {@link UrlRule} with what the URL key remembers within the horizon. A first-seen article or an update is
 * forwarded (with its revision); a URL duplicate or a re-delivery becomes a {@link DuplicateEvent} naming the
 * first id (a re-delivery names itself).
 */
final class DedupProcessor implements Processor<String, PreparedArticle, String, SpecificRecord> {
    private final String storeName;
    private final long horizonMs;
    private ProcessorContext<String, SpecificRecord> context;
    private WindowStore<String, String> seen;

    DedupProcessor(String storeName, Duration horizon) {
        this.storeName = storeName;
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
        String key = DedupKeys.urlKey(article);
        long ts = record.timestamp();
        UrlRule.Verdict verdict = UrlRule.judge(latest(key, ts), article.getId(), UrlRule.version(article));
        if (verdict.remember() != null) {
            seen.put(key, verdict.remember().encode(), ts);
        }
        if (verdict.duplicateOf() == null) {
            article.setRevision(verdict.revision());
            context.forward(record.withValue(article));
            return;
        }
        context.forward(record.withValue(DuplicateEvent.newBuilder()
                .setId(article.getId())
                .setUrl(article.getUrl())
                .setDuplicateOf(verdict.duplicateOf())
                .setReason(DuplicateReason.URL)
                .setSimilarity(1.0)
                .setSeenAt(Instant.ofEpochMilli(ts).toString())
                .build()));
    }

    /** The newest state of the key within the horizon (its id is the first id: only that id's versions are stored). */
    private UrlRule.Seen latest(String key, long ts) {
        try (WindowStoreIterator<String> it = seen.backwardFetch(key, Math.max(0, ts - horizonMs), ts + horizonMs)) {
            return it.hasNext() ? UrlRule.Seen.decode(it.next().value) : null;
        }
    }
}
