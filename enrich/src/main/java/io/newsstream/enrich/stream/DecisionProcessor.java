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
 * similarity, then the smaller id, so the outcome does not depend on the order verdicts arrive in.
 */
final class DecisionProcessor implements Processor<String, byte[], String, Object> {
    private final String articleStore;
    private final String verdictStore;
    private final int shards;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, byte[]> articles;
    private KeyValueStore<String, byte[]> verdicts;

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
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String token = record.key();
        byte[] article;
        byte[] tally;
        if (DedupMessages.kind(record.value()) == DedupMessages.ARTICLE) {
            article = record.value();
            tally = verdicts.get(token);
        } else {
            article = articles.get(token);
            tally = add(verdicts.get(token), DedupMessages.decodeVerdict(record.value()));
        }
        if (article == null || tally == null || ByteBuffer.wrap(tally).getInt() < shards) {
            if (DedupMessages.kind(record.value()) == DedupMessages.ARTICLE) {
                articles.put(token, article);
            } else {
                verdicts.put(token, tally);
            }
            return;
        }
        articles.delete(token);
        verdicts.delete(token);
        DedupMessages.Article a = DedupMessages.decodeArticle(article);
        DedupMessages.Verdict best = best(tally);
        Object value = best == null ? a.enriched() : DuplicateEvent.newBuilder()
                .setId(a.id())
                .setUrl(a.url())
                .setDuplicateOf(best.originalId())
                .setReason(best.reason())
                .setSimilarity(best.similarity())
                .setSeenAt(Instant.ofEpochMilli(record.timestamp()).toString())
                .build();
        context.forward(record.withKey(a.id()).withValue(value));
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
