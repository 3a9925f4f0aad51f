package io.newsstream.schemas;

/** Header names on dead-lettered records: why a record was rejected and where it came from. */
public final class DlqHeaders {
    public static final String REASON = "newsstream.error.reason";
    public static final String FIELD = "newsstream.error.field";
    public static final String STAGE = "newsstream.error.stage";
    public static final String SOURCE_TOPIC = "newsstream.error.topic";
    public static final String SOURCE_PARTITION = "newsstream.error.partition";
    public static final String SOURCE_OFFSET = "newsstream.error.offset";

    private DlqHeaders() {}
}
