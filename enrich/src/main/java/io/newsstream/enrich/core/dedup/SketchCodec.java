package io.newsstream.enrich.core.dedup;

import java.nio.ByteBuffer;

/** Bytes of a {@link MinHashSketch}: the shingle count, then the minima, big-endian ints. */
public final class SketchCodec {
    private SketchCodec() {}

    public static ByteBuffer encode(MinHashSketch sketch) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * (MinHashSketch.SIZE + 1));
        buffer.putInt(sketch.shingles());
        for (int v : sketch.minima()) {
            buffer.putInt(v);
        }
        return buffer.flip();
    }

    public static MinHashSketch decode(ByteBuffer bytes) {
        ByteBuffer b = bytes.duplicate();
        int shingles = b.getInt();
        int[] minima = new int[MinHashSketch.SIZE];
        for (int i = 0; i < minima.length; i++) {
            minima[i] = b.getInt();
        }
        return new MinHashSketch(minima, shingles);
    }
}
