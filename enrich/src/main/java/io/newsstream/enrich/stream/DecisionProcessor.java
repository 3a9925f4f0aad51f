package io.newsstream.enrich.stream;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The fan-in of the dedup stage, keyed by token: holds an article's serialized bytes
 * ({@link DedupMessages.Article}) and the best of its shards' verdicts until all {@code shards} verdicts
 * are in, then forwards, keyed by article id, either the article's bytes unchanged (first seen) or a
 * {@link DuplicateEvent} naming the best original: a content match before a near one, then the higher
 * similarity, then the smaller id, so the outcome does not depend on the order verdicts arrive in. An
 * article still waiting {@link #TIMEOUT} of stream time after its own time (a verdict lost to a shard's
 * dead letter) is decided on the verdicts it has, so no article stays in the fan-in for good.
 */
final class DecisionProcessor implements Processor<String, byte[], String, Object> {
    private final String articleStore;
    private final String verdictStore;
    private final int shards;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, byte[]> articles;
    private KeyValueStore<String, byte[]> verdicts;
    static final java.time.Duration TIMEOUT = java.time.Duration.ofMinutes(10);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DecisionProcessor.class);

    DecisionProcessor(String articleStore, String verdictStore, int shards) {
        this.articleStore = articleStore;
        this.verdictStore = verdictStore;
        this.shards = shards;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.articles = context.getStateStore(articleStore);
        this.verdicts = context.getStateStore(verdictStore);
        context.schedule(java.time.Duration.ofMinutes(1), org.apache.kafka.streams.processor.PunctuationType.STREAM_TIME,
                this::decideOverdue);
    }

    private void decideOverdue(long streamTime) {
        java.util.List<org.apache.kafka.streams.KeyValue<String, byte[]>> overdue = new java.util.ArrayList<>();
        try (var it = articles.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (ByteBuffer.wrap(kv.value).getLong() < streamTime - TIMEOUT.toMillis()) {
                    overdue.add(kv);
                }
            }
        }
        for (var kv : overdue) {
            byte[] tally = verdicts.get(kv.key);
            LOG.warn("dedup fan-in: {} decided with {} of {} shard verdicts after {}", kv.key,
                    tally == null ? 0 : ByteBuffer.wrap(tally).getInt(), shards, TIMEOUT);
            decide(kv.key, kv.value, tally == null ? ByteBuffer.allocate(4).putInt(0).array() : tally);
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String token = record.key();
        boolean isArticle = DedupMessages.kind(record.value()) == DedupMessages.ARTICLE;
        byte[] pending = isArticle
                ? ByteBuffer.allocate(8 + record.value().length).putLong(record.timestamp()).put(record.value()).array()
                : articles.get(token);
        byte[] tally = isArticle ? verdicts.get(token) : add(verdicts.get(token), DedupMessages.decodeVerdict(record.value()));
        if (pending == null || tally == null || ByteBuffer.wrap(tally).getInt() < shards) {
            if (isArticle) {
                articles.put(token, pending);
            } else {
                verdicts.put(token, tally);
            }
            return;
        }
        decide(token, pending, tally);
    }

    /** Forwards the article's bytes or its duplicate event and forgets the token. */
    private void decide(String token, byte[] pending, byte[] tally) {
        articles.delete(token);
        verdicts.delete(token);
        long time = ByteBuffer.wrap(pending).getLong();
        DedupMessages.Article a = DedupMessages.decodeArticle(java.util.Arrays.copyOfRange(pending, 8, pending.length));
        DedupMessages.Verdict best = best(tally);
        Object value = best == null ? a.enriched() : DuplicateEvent.newBuilder()
                .setId(a.id())
                .setUrl(a.url())
                .setDuplicateOf(best.originalId())
                .setReason(best.reason())
                .setSimilarity(best.similarity())
                .setSeenAt(Instant.ofEpochMilli(time).toString())
                .build();
        context.forward(new Record<>(a.id(), value, time));
    }

    /** A tally: the count of verdicts so far, then the best one's bytes (none while no shard found an original). */
    private static byte[] add(byte[] tally, DedupMessages.Verdict v) {
        int count = tally == null ? 0 : ByteBuffer.wrap(tally).getInt();
        DedupMessages.Verdict best = tally == null ? null : best(tally);
        if (v.originalId() != null && (best == null || better(v, best))) {
            best = v;
        }
        byte[] bestBytes = best == null ? new byte[0] : DedupMessages.encode(best);
        return ByteBuffer.allocate(4 + bestBytes.length).putInt(count + 1).put(bestBytes).array();
    }

    private static DedupMessages.Verdict best(byte[] tally) {
        if (tally.length <= 4) {
            return null;
        }
        byte[] bytes = new byte[tally.length - 4];
        System.arraycopy(tally, 4, bytes, 0, bytes.length);
        return DedupMessages.decodeVerdict(bytes);
    }

    private static boolean better(DedupMessages.Verdict a, DedupMessages.Verdict b) {
        if (a.reason() != b.reason()) {
            return a.reason() == DuplicateReason.CONTENT;
        }
        if (a.similarity() != b.similarity()) {
            return a.similarity() > b.similarity();
        }
        return a.originalId().compareTo(b.originalId()) < 0;
    }
}
