package io.newsstream.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Reads and conditionally advances the consumer positions kept in table {@code sink_offsets}. */
final class OffsetStore {
    private static final String SELECT = "SELECT topic, partition, next_offset FROM sink_offsets WHERE group_id = ?";
    private static final String ADVANCE = """
            INSERT INTO sink_offsets (group_id, topic, partition, next_offset, updated_at)
            VALUES (?, ?, ?, ?, now())
            ON CONFLICT (group_id, topic, partition) DO UPDATE
                SET next_offset = EXCLUDED.next_offset, updated_at = now()
                WHERE sink_offsets.next_offset = ?
            """;

    private final String groupId;

    OffsetStore(String groupId) {
        this.groupId = groupId;
    }

    /** The stored next offsets of the given partitions; partitions without a row are absent. */
    Map<TopicPartition, Long> load(Connection connection, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, groupId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TopicPartition partition = new TopicPartition(rows.getString(1), rows.getInt(2));
                    if (partitions.contains(partition)) {
                        stored.put(partition, rows.getLong(3));
                    }
                }
            }
        }
        return stored;
    }

    /** Advances every partition inside the caller's transaction, or fails if any expectation is stale. */
    void advance(Connection connection, Collection<OffsetUpdate> updates) throws SQLException, OffsetConflictException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            for (OffsetUpdate update : updates) {
                SqlParameters.bind(advance, groupId, update.partition().topic(), update.partition().partition(),
                        update.next(), update.expected());
                advance.addBatch();
            }
            int[] counts = advance.executeBatch();
            int i = 0;
            for (OffsetUpdate update : updates) {
                if (counts[i++] != 1) {
                    throw new OffsetConflictException("offset of " + update.partition() + " in group " + groupId
                            + " is no longer " + (update.expected() == OffsetUpdate.NONE ? "unset" : update.expected()));
                }
            }
        }
    }
}
