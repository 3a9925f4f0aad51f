package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.dedup.ComparableBody;
import io.newsstream.enrich.core.dedup.DedupKeys;
import io.newsstream.enrich.core.dedup.MinHashSketch;
import io.newsstream.enrich.core.dedup.NearDuplicateRule;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The partitioned end of the dedup fan-out: enriches an article (URL-unique on its source partition),
 * serializes it once into its final bytes, and forwards one {@link DedupMessages.Article} keyed by a
 * token naming this input record, plus one {@link DedupMessages.Probe} per index shard keyed by the
 * shard number (each gets the content key, which only its owner matches, its band keys and the sketch).
 */
final class FanOutProcessor implements Processor<String, PreparedArticle, String, byte[]> {
    private final EnrichmentCore core;
    private final Serializer<EnrichedArticle> serializer;
    private final String enrichedTopic;
    private final int shards;
    private final NearDuplicateRule rule;
    private ProcessorContext<String, byte[]> context;

    /** @param rule the near-duplicate rule whose bands are probed, or null when near-duplicate detection is off */
    FanOutProcessor(EnrichmentCore core, Serializer<EnrichedArticle> serializer, String enrichedTopic, int shards,
                    NearDuplicateRule rule) {
        this.core = core;
        this.serializer = serializer;
        this.enrichedTopic = enrichedTopic;
        this.shards = shards;
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, PreparedArticle> record) {
        PreparedArticle p = record.value();
        EnrichedArticle enriched = core.enrich(p, null, Instant.now());
        byte[] bytes = serializer.serialize(enrichedTopic, enriched);
        String token = token(record);
        context.forward(record.withKey(token).withValue(DedupMessages.encode(
                new DedupMessages.Article(token, p.getId(), p.getUrl(), bytes))));
        ComparableBody body = ComparableBody.of(p.getBody());
        String contentKey = DedupKeys.contentKey(p, body);
        int contentShard = DedupShards.of(contentKey, shards);
        MinHashSketch sketch = rule == null ? null : body.sketch();
        long[] keys = rule == null ? new long[0] : sketch.bandKeys(rule.bands());
        int[] owner = new int[keys.length];
        int[] count = new int[shards];
        for (int i = 0; i < keys.length; i++) {
            owner[i] = DedupShards.of(keys[i], shards);
            count[owner[i]]++;
        }
        for (int s = 0; s < shards; s++) {
            long[] own = new long[count[s]];
            for (int i = 0, n = 0; i < keys.length; i++) {
                if (owner[i] == s) {
                    own[n++] = keys[i];
                }
            }
            DedupMessages.Probe probe = new DedupMessages.Probe(token, p.getId(), s, contentKey, s == contentShard,
                    own, own.length > 0 ? sketch : null);
            context.forward(record.withKey(Integer.toString(s)).withValue(DedupMessages.encode(probe)));
        }
    }

    private String token(Record<String, PreparedArticle> record) {
        RecordMetadata m = context.recordMetadata().orElseThrow();
        return m.topic() + "/" + m.partition() + "/" + m.offset();
    }
}
