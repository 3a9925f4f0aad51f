package io.newsstream.sink;

/** One consumed record, decoded into the row it becomes: an article, a duplicate or a reject. */
sealed interface SinkRecord {
    RecordPosition position();

    /** The record's bytes as consumed, kept for {@code sink_rejects} should the row be refused. */
    Raw raw();

    record Raw(byte[] key, byte[] value) {}

    record Article(RecordPosition position, Raw raw, ArticleRow row) implements SinkRecord {}

    record Duplicate(RecordPosition position, Raw raw, DuplicateRow row) implements SinkRecord {}

    /** A record kept only as raw bytes in {@code sink_rejects}, with why. */
    record Reject(RecordPosition position, Raw raw, RejectKind kind, String reason) implements SinkRecord {}

    enum RejectKind {
        /** The bytes are no record of the topic's schema. */
        DESERIALIZATION,
        /** The record decoded but cannot be turned into a row. */
        MAPPING,
        /** The database refused the row (data or constraint error). */
        DATABASE
    }
}
