package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.dedup.MinHashSketch;
import io.newsstream.enrich.core.dedup.SketchCodec;
import io.newsstream.schemas.avro.DuplicateReason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The values of the dedup stage's internal topics, in a compact binary form (never seen outside the
 * topology): an {@link Article} waiting for its verdicts, a {@link Probe} of one index shard, and that
 * shard's {@link Verdict}. Each starts with a kind byte. A token names one input record of the
 * partitioned part (topic, partition, offset), so records that share an article id never mix.
 */
final class DedupMessages {
    static final byte ARTICLE = 1;
    static final byte PROBE = 2;
    static final byte VERDICT = 3;

    private DedupMessages() {}

    /** The serialized enriched article and what a duplicate event needs of it. */
    record Article(String token, String id, String url, byte[] enriched) {}

    /**
     * What one shard checks and files: the article's content key (matched and filed only by the shard that
     * {@code ownsContent}), the band keys the shard owns (none when near-duplicate detection is off) and the sketch.
     */
    record Probe(String token, String id, int shard, String contentKey, boolean ownsContent, long[] bandKeys,
                 MinHashSketch sketch) {}

    /** A shard's finding: the original it found (null: none), why, and how similar. */
    record Verdict(String token, int shard, String originalId, DuplicateReason reason, double similarity) {}

    static byte kind(byte[] bytes) {
        return bytes[0];
    }

    static byte[] encode(Article a) {
        byte[] token = utf8(a.token());
        byte[] id = utf8(a.id());
        byte[] url = utf8(a.url());
        ByteBuffer b = ByteBuffer.allocate(1 + 12 + token.length + id.length + url.length + a.enriched().length);
        b.put(ARTICLE);
        putBytes(b, token);
        putBytes(b, id);
        putBytes(b, url);
        b.put(a.enriched());
        return b.array();
    }

    static Article decodeArticle(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        String token = string(b);
        String id = string(b);
        String url = string(b);
        byte[] enriched = new byte[b.remaining()];
        b.get(enriched);
        return new Article(token, id, url, enriched);
    }

    static byte[] encode(Probe p) {
        byte[] token = utf8(p.token());
        byte[] id = utf8(p.id());
        byte[] content = utf8(p.contentKey());
        ByteBuffer sketch = p.sketch() == null ? null : SketchCodec.encode(p.sketch());
        ByteBuffer b = ByteBuffer.allocate(1 + 5 + 12 + token.length + id.length + content.length
                + 4 + 8 * p.bandKeys().length + 1 + (sketch == null ? 0 : sketch.remaining()));
        b.put(PROBE).putInt(p.shard()).put((byte) (p.ownsContent() ? 1 : 0));
        putBytes(b, token);
        putBytes(b, id);
        putBytes(b, content);
        b.putInt(p.bandKeys().length);
        for (long k : p.bandKeys()) {
            b.putLong(k);
        }
        b.put((byte) (sketch == null ? 0 : 1));
        if (sketch != null) {
            b.put(sketch);
        }
        return b.array();
    }

    static Probe decodeProbe(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        int shard = b.getInt();
        boolean owns = b.get() == 1;
        String token = string(b);
        String id = string(b);
        String content = string(b);
        long[] keys = new long[b.getInt()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = b.getLong();
        }
        MinHashSketch sketch = b.get() == 1 ? SketchCodec.decode(b.slice()) : null;
        return new Probe(token, id, shard, content, owns, keys, sketch);
    }

    static byte[] encode(Verdict v) {
        byte[] token = utf8(v.token());
        byte[] original = v.originalId() == null ? null : utf8(v.originalId());
        ByteBuffer b = ByteBuffer.allocate(1 + 4 + 8 + token.length + (original == null ? 0 : original.length) + 1 + 8);
        b.put(VERDICT).putInt(v.shard());
        putBytes(b, token);
        if (original == null) {
            b.putInt(-1);
        } else {
            putBytes(b, original);
        }
        b.put((byte) (v.reason() == null ? -1 : v.reason().ordinal()));
        b.putDouble(v.similarity());
        return b.array();
    }

    static Verdict decodeVerdict(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        int shard = b.getInt();
        String token = string(b);
        String original = string(b);
        byte reason = b.get();
        double similarity = b.getDouble();
        return new Verdict(token, shard, original, reason < 0 ? null : DuplicateReason.values()[reason], similarity);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void putBytes(ByteBuffer b, byte[] bytes) {
        b.putInt(bytes.length).put(bytes);
    }

    private static String string(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) {
            return null;
        }
        String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }
}
