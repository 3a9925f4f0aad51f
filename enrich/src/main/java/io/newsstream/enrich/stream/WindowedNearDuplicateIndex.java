package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.MinHashSketch;
import io.newsstream.enrich.core.NearDuplicateIndex;
import io.newsstream.enrich.core.SketchCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The near-duplicate index in two window stores whose retention is the dedup horizon: LSH band key →
 * article ids (duplicates retained), article id → sketch. Lookups see what was filed within the
 * horizon of the current record's time. An article's bands and sketch are filed at the same
 * timestamp, so a candidate found in a bucket has its sketch read by a point lookup at the time its
 * band entry carries rather than by a range scan.
 */
final class WindowedNearDuplicateIndex implements NearDuplicateIndex {
    private final WindowStore<Long, String> bands;
    private final WindowStore<String, byte[]> sketches;
    private final long horizonMs;
    private final Map<String, Long> filedAt = new HashMap<>();
    private long timestamp;

    WindowedNearDuplicateIndex(WindowStore<Long, String> bands, WindowStore<String, byte[]> sketches, long horizonMs) {
        this.bands = bands;
        this.sketches = sketches;
        this.horizonMs = horizonMs;
    }

    WindowedNearDuplicateIndex at(long timestamp) {
        this.timestamp = timestamp;
        filedAt.clear();
        return this;
    }

    @Override
    public List<String> bucket(long bandKey, int limit) {
        List<String> ids = new ArrayList<>(2);
        try (WindowStoreIterator<String> it = bands.backwardFetch(bandKey, Math.max(0, timestamp - horizonMs), timestamp + horizonMs)) {
            while (it.hasNext() && ids.size() < limit) {
                KeyValue<Long, String> entry = it.next();
                ids.add(entry.value);
                filedAt.put(entry.value, entry.key);
            }
        }
        return ids;
    }

    @Override
    public void addToBucket(long bandKey, String articleId) {
        bands.put(bandKey, articleId, timestamp);
    }

    @Override
    public MinHashSketch sketch(String articleId) {
        Long filed = filedAt.get(articleId);
        if (filed != null) {
            byte[] bytes = sketches.fetch(articleId, filed);
            if (bytes != null) {
                return SketchCodec.decode(ByteBuffer.wrap(bytes));
            }
        }
        try (WindowStoreIterator<byte[]> it = sketches.fetch(articleId, Math.max(0, timestamp - horizonMs), timestamp + horizonMs)) {
            return it.hasNext() ? SketchCodec.decode(ByteBuffer.wrap(it.next().value)) : null;
        }
    }

    @Override
    public void putSketch(String articleId, MinHashSketch sketch) {
        ByteBuffer b = SketchCodec.encode(sketch);
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        sketches.put(articleId, bytes, timestamp);
    }

}
