package io.newsstream.schemas;

import java.util.Arrays;

/**
 * Header names on dead-lettered records: why a record was rejected and where it came from. A dead letter
 * keeps at most {@link #MAX_VALUE_BYTES} of the original value (a longer one is cut, its full length in
 * {@link #ORIGINAL_BYTES}) and a reason of at most {@link #MAX_REASON_CHARS}, so that writing the dead letter
 * can never fail for the size that made the record bad.
 */
public final class DlqHeaders {
    public static final String REASON = "newsstream.error.reason";
    public static final String FIELD = "newsstream.error.field";
    public static final String STAGE = "newsstream.error.stage";
    public static final String SOURCE_TOPIC = "newsstream.error.topic";
    public static final String SOURCE_PARTITION = "newsstream.error.partition";
    public static final String SOURCE_OFFSET = "newsstream.error.offset";
    /** Set when the value was cut: the original value's length in bytes. */
    public static final String ORIGINAL_BYTES = "newsstream.error.original.bytes";
    public static final int MAX_VALUE_BYTES = 512 * 1024;
    public static final int MAX_KEY_BYTES = 16 * 1024;
    public static final int MAX_REASON_CHARS = 2_000;

    private DlqHeaders() {}

    /** The value (or key) as a dead letter keeps it: null stays null, a longer one is cut to {@code max} bytes. */
    public static byte[] bounded(byte[] bytes, int max) {
        return bytes == null || bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }

    public static String boundedReason(String reason) {
        return reason == null || reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }
}
