package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.dedup.MinHashSketch;
import io.newsstream.enrich.core.dedup.NearDuplicateIndex;
import io.newsstream.enrich.core.dedup.SketchCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One shard of the dedup index in key-value stores read by point lookups: content key → entries (first
 * filed first), LSH band key → entries (newest first), article id → (time, content key hash, sketch). An
 * entry is (record time, article id). Lookups as of one probe ({@link #at}) see the entries within the
 * horizon of its time, other than its own. Buckets keep their {@value #BUCKET_CAP} newest entries;
 * {@link #expire} drops what the horizon has passed.
 */
final class ShardIndex implements NearDuplicateIndex {
    static final int BUCKET_CAP = 64;
    static final int CONTENT_CAP = 8;
    private final KeyValueStore<String, byte[]> content;
    private final KeyValueStore<Long, byte[]> bands;
    private final KeyValueStore<String, byte[]> sketches;
    private final long horizonMs;
    private long time;
    private String id;
    private long contentHash;
    private final java.util.Map<String, Long> candidateContent = new java.util.HashMap<>();
    private final java.util.Map<Long, byte[]> readBuckets = new java.util.HashMap<>();
    private static final byte[] EMPTY = new byte[0];

    ShardIndex(KeyValueStore<String, byte[]> content, KeyValueStore<Long, byte[]> bands,
               KeyValueStore<String, byte[]> sketches, long horizonMs) {
        this.content = content;
        this.bands = bands;
        this.sketches = sketches;
        this.horizonMs = horizonMs;
    }

    /** Sets the probe the next lookups and filings are for. */
    ShardIndex at(long time, String id, String contentKey) {
        this.time = time;
        this.id = id;
        this.contentHash = hash(contentKey);
        candidateContent.clear();
        readBuckets.clear();
        return this;
    }

    static long hash(String contentKey) {
        return org.apache.kafka.common.utils.Utils.murmur2(contentKey.getBytes(StandardCharsets.UTF_8)) * 0x9E3779B97F4A7C15L
                ^ contentKey.hashCode();
    }

    private boolean live(Entry e) {
        return e.time >= time - horizonMs && e.time <= time + horizonMs && !e.id.equals(id);
    }

    /** The first-filed live article under a content key, or null. */
    String contentOriginal(String key) {
        for (Entry e : Entry.read(content.get(key))) {
            if (live(e)) {
                return e.id;
            }
        }
        return null;
    }

    /** Files the current article under a content key (after those filed before it, at most {@value #CONTENT_CAP}). */
    void fileContent(String key) {
        List<Entry> entries = new ArrayList<>(Entry.read(content.get(key)));
        entries.removeIf(e -> e.time < time - horizonMs || e.id.equals(id));
        if (entries.size() < CONTENT_CAP) {
            entries.add(new Entry(time, id));
        }
        content.put(key, Entry.write(entries));
    }

    /** Whether a candidate read by {@link #sketch} carries the current probe's content (its pair is the content shard's). */
    boolean sameContent(String candidateId) {
        Long h = candidateContent.get(candidateId);
        return h != null && h == contentHash;
    }

    @Override
    public List<String> bucket(long bandKey, int limit) {
        byte[] bytes = bands.get(bandKey);
        readBuckets.put(bandKey, bytes == null ? EMPTY : bytes);
        List<String> ids = new ArrayList<>(2);
        if (bytes == null) {
            return ids;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int count = b.getShort();
        for (int i = 0; i < count && ids.size() < limit; i++) {
            long t = b.getLong();
            int n = b.getInt();
            if (t >= time - horizonMs && t <= time + horizonMs) {
                String entryId = new String(bytes, b.position(), n, StandardCharsets.UTF_8);
                if (!entryId.equals(id)) {
                    ids.add(entryId);
                }
            }
            b.position(b.position() + n);
        }
        return ids;
    }

    /**
     * Puts the article first in the bucket, before at most {@value #BUCKET_CAP} - 1 of the entries there, by
     * copying their bytes (the bucket was usually just read for this probe); the sweep drops expired entries.
     */
    @Override
    public void addToBucket(long bandKey, String articleId) {
        byte[] old = readBuckets.get(bandKey);
        if (old == null) {
            old = bands.get(bandKey);
        }
        byte[] newId = articleId.getBytes(StandardCharsets.UTF_8);
        int kept = 0;
        int keptBytes = 0;
        if (old != null && old.length > 0) {
            ByteBuffer b = ByteBuffer.wrap(old);
            int count = b.getShort();
            while (kept < Math.min(count, BUCKET_CAP - 1)) {
                b.position(b.position() + 8);
                int n = b.getInt();
                b.position(b.position() + n);
                kept++;
            }
            keptBytes = b.position() - 2;
        }
        ByteBuffer out = ByteBuffer.allocate(2 + 12 + newId.length + keptBytes)
                .putShort((short) (kept + 1)).putLong(time).putInt(newId.length).put(newId);
        if (keptBytes > 0) {
            out.put(old, 2, keptBytes);
        }
        bands.put(bandKey, out.array());
    }

    @Override
    public MinHashSketch sketch(String articleId) {
        byte[] bytes = sketches.get(articleId);
        if (bytes == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long filed = b.getLong();
        candidateContent.put(articleId, b.getLong());
        return filed < time - horizonMs ? null : SketchCodec.decode(b.slice());
    }

    @Override
    public void putSketch(String articleId, MinHashSketch sketch) {
        ByteBuffer s = SketchCodec.encode(sketch);
        sketches.put(articleId, ByteBuffer.allocate(16 + s.remaining()).putLong(time).putLong(contentHash).put(s).array());
    }

    /** Deletes or trims whatever is older than the horizon before {@code now}; returns how many keys it deleted. */
    int expire(long now) {
        long oldest = now - horizonMs;
        int deleted = 0;
        try (KeyValueIterator<String, byte[]> it = sketches.all()) {
            List<String> dead = new ArrayList<>();
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                if (ByteBuffer.wrap(kv.value).getLong() < oldest) {
                    dead.add(kv.key);
                }
            }
            dead.forEach(sketches::delete);
            deleted += dead.size();
        }
        deleted += expireEntries(content, oldest);
        deleted += expireEntries(bands, oldest);
        return deleted;
    }

    private static <K> int expireEntries(KeyValueStore<K, byte[]> store, long oldest) {
        List<K> dead = new ArrayList<>();
        List<KeyValue<K, byte[]>> trimmed = new ArrayList<>();
        try (KeyValueIterator<K, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<K, byte[]> kv = it.next();
                List<Entry> entries = Entry.read(kv.value);
                List<Entry> live = entries.stream().filter(e -> e.time >= oldest).toList();
                if (live.isEmpty()) {
                    dead.add(kv.key);
                } else if (live.size() < entries.size()) {
                    trimmed.add(KeyValue.pair(kv.key, Entry.write(live)));
                }
            }
        }
        dead.forEach(store::delete);
        trimmed.forEach(kv -> store.put(kv.key, kv.value));
        return dead.size();
    }

    /** One filed article: its record time and id. */
    record Entry(long time, String id) {
        static List<Entry> read(byte[] bytes) {
            if (bytes == null) {
                return List.of();
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            List<Entry> out = new ArrayList<>(b.getShort());
            while (b.hasRemaining()) {
                long t = b.getLong();
                int n = b.getInt();
                out.add(new Entry(t, new String(bytes, b.position(), n, StandardCharsets.UTF_8)));
                b.position(b.position() + n);
            }
            return out;
        }

        static byte[] write(List<Entry> entries) {
            List<byte[]> ids = entries.stream().map(e -> e.id.getBytes(StandardCharsets.UTF_8)).toList();
            int size = 2 + ids.stream().mapToInt(i -> 12 + i.length).sum();
            ByteBuffer b = ByteBuffer.allocate(size).putShort((short) entries.size());
            for (int i = 0; i < entries.size(); i++) {
                b.putLong(entries.get(i).time).putInt(ids.get(i).length).put(ids.get(i));
            }
            return b.array();
        }
    }
}
