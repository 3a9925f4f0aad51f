package io.newsstream.enrich.stream;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * How the dedup index is sharded: each content key and each LSH band key belongs to one of
 * {@code shards} index shards, and shard {@code s} is partition {@code s} of the probe topic (which
 * has exactly {@code shards} partitions). String hash codes are fixed by the Java specification, so
 * every instance and every restart routes a key alike.
 */
final class DedupShards {
    private DedupShards() {}

    static int of(long bandKey, int shards) {
        return (int) Long.remainderUnsigned(bandKey, shards);
    }

    static int of(String contentKey, int shards) {
        return Math.floorMod(contentKey.hashCode() * 0x9E3779B9, shards);
    }

    /**
     * The one shard that judges whether two articles are near duplicates: the owner of the smallest band key
     * they share. Each shard sees its probes in its own order; with one judge per pair, two articles never
     * name each other as their original.
     *
     * @param ka all band keys of the article being probed (computed once per probe)
     */
    static int arbiter(long[] ka, io.newsstream.enrich.core.dedup.MinHashSketch b, int shards) {
        long[] kb = b.bandKeys(ka.length);
        long min = Long.MAX_VALUE;
        boolean shared = false;
        for (int i = 0; i < ka.length; i++) {
            if (ka[i] == kb[i] && (!shared || ka[i] < min)) {
                min = ka[i];
                shared = true;
            }
        }
        return shared ? of(min, shards) : -1;
    }

    /** Sends a probe keyed by its shard number to that partition. */
    static final class ShardPartitioner implements StreamPartitioner<String, byte[]> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, byte[] value, int numPartitions) {
            return Optional.of(Set.of(Integer.parseInt(key) % numPartitions));
        }
    }
}
