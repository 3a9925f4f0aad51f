package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.dedup.DuplicateMatch;
import io.newsstream.enrich.core.dedup.NearDuplicateMatcher;
import io.newsstream.enrich.core.dedup.NearDuplicateRule;
import io.newsstream.schemas.avro.DuplicateReason;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * One index shard: answers each {@link DedupMessages.Probe} with a {@link DedupMessages.Verdict} keyed by
 * the probe's token, in the order the shard's partition holds them. The content key's owner shard matches it
 * exactly (the first article filed under it); else the core's {@link NearDuplicateMatcher} over this shard's
 * band keys, judging only the pairs this shard is the arbiter of ({@link DedupShards#arbiter}) and not those
 * with the same content (the content shard's). So every pair of articles has one judge, and of a group of
 * copies exactly one is first seen. An article with no content match is filed under its content key, one with
 * no near match under its band keys and sketch (as in batch mode). Stream-time punctuation drops entries
 * older than the horizon.
 */
final class IndexProcessor implements Processor<String, byte[], String, byte[]> {
    private final String contentStore;
    private final String bandStore;
    private final String sketchStore;
    private final NearDuplicateRule rule;
    private final int shards;
    private final long horizonMs;
    private ProcessorContext<String, byte[]> context;
    private ShardIndex index;
    private NearDuplicateMatcher matcher;

    IndexProcessor(String contentStore, String bandStore, String sketchStore, NearDuplicateRule rule, int shards,
                   Duration horizon) {
        this.shards = shards;
        this.contentStore = contentStore;
        this.bandStore = bandStore;
        this.sketchStore = sketchStore;
        this.rule = rule;
        this.horizonMs = horizon.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.index = new ShardIndex(context.getStateStore(contentStore), context.getStateStore(bandStore),
                context.getStateStore(sketchStore), horizonMs);
        this.matcher = new NearDuplicateMatcher(index, rule);
        Duration every = Duration.ofMillis(Math.max(60_000, horizonMs / 8));
        context.schedule(every, PunctuationType.STREAM_TIME, index::expire);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        DedupMessages.Probe probe = DedupMessages.decodeProbe(record.value());
        index.at(record.timestamp(), probe.id(), probe.contentKey());
        String original = null;
        if (probe.ownsContent()) {
            original = index.contentOriginal(probe.contentKey());
            if (original == null) {
                index.fileContent(probe.contentKey());
            }
        }
        DedupMessages.Verdict verdict;
        if (original != null) {
            verdict = new DedupMessages.Verdict(probe.token(), probe.shard(), original, DuplicateReason.CONTENT, 1.0);
        } else if (probe.sketch() != null) {
            long[] allKeys = probe.sketch().bandKeys(rule.bands());
            Optional<DuplicateMatch> near = matcher.checkAndFile(probe.id(), probe.sketch(), probe.bandKeys(),
                    (candidate, sketch) -> !index.sameContent(candidate)
                            && DedupShards.arbiter(allKeys, sketch, shards) == probe.shard());
            verdict = near.map(m -> new DedupMessages.Verdict(probe.token(), probe.shard(), m.originalId(), m.reason(),
                    m.similarity())).orElseGet(() -> none(probe));
        } else {
            verdict = none(probe);
        }
        context.forward(record.withKey(probe.token()).withValue(DedupMessages.encode(verdict)));
    }

    private static DedupMessages.Verdict none(DedupMessages.Probe probe) {
        return new DedupMessages.Verdict(probe.token(), probe.shard(), null, null, 0);
    }
}
