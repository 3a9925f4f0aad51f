package io.newsstream.sink;

import io.newsstream.schemas.avro.DuplicateEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The column values of one {@code duplicates} row, mapped from a {@link DuplicateEvent}. */
record DuplicateRow(String id, String url, String duplicateOf, String reason, double similarity, OffsetDateTime seenAt) {

    static final String UPSERT = """
            INSERT INTO duplicates (id, url, duplicate_of, reason, similarity, seen_at,
                kafka_topic, kafka_partition, kafka_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                url = EXCLUDED.url, duplicate_of = EXCLUDED.duplicate_of, reason = EXCLUDED.reason,
                similarity = EXCLUDED.similarity, seen_at = EXCLUDED.seen_at,
                kafka_topic = EXCLUDED.kafka_topic, kafka_partition = EXCLUDED.kafka_partition,
                kafka_offset = EXCLUDED.kafka_offset,
                write_count = duplicates.write_count + 1, updated_at = now()
            """;

    static DuplicateRow from(DuplicateEvent event) {
        return new DuplicateRow(
                JsonColumns.text(event.getId()),
                JsonColumns.text(event.getUrl()),
                JsonColumns.text(event.getDuplicateOf()),
                event.getReason() == null ? "CONTENT" : event.getReason().name(),
                event.getSimilarity(),
                SqlTimes.parse(event.getSeenAt()));
    }

    Object[] parameters(RecordPosition position) {
        return new Object[] {
            id, url, duplicateOf, reason, similarity, seenAt, position.topic(), position.partition(), position.offset()
        };
    }

    void bind(PreparedStatement statement, RecordPosition position) throws SQLException {
        SqlParameters.bind(statement, parameters(position));
    }
}
