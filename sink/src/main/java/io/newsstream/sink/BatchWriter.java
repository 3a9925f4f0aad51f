package io.newsstream.sink;

import io.newsstream.sink.SinkRecord.RejectKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one poll batch inside the caller's transaction: article upserts, duplicate upserts, rejects
 * and the partitions' next offsets, each kind as one JDBC batch. {@link #writeIsolated} is the slow
 * path after a data error: every record under its own savepoint, refused rows become rejects.
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final String INSERT_REJECT = """
            INSERT INTO sink_rejects (group_id, kafka_topic, kafka_partition, kafka_offset, kind, reason,
                record_key, raw_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (group_id, kafka_topic, kafka_partition, kafka_offset) DO NOTHING
            """;

    private final String groupId;
    private final OffsetStore offsets;

    BatchWriter(String groupId, OffsetStore offsets) {
        this.groupId = groupId;
        this.offsets = offsets;
    }

    BatchResult writeBatched(Connection connection, List<SinkRecord> records, Collection<OffsetUpdate> updates)
            throws SQLException, OffsetConflictException {
        int articles = 0;
        int duplicates = 0;
        List<SinkRecord.Reject> rejects = new ArrayList<>();
        try (PreparedStatement articleStatement = connection.prepareStatement(ArticleRow.UPSERT);
                PreparedStatement duplicateStatement = connection.prepareStatement(DuplicateRow.UPSERT)) {
            for (SinkRecord record : records) {
                if (record instanceof SinkRecord.Article a) {
                    a.row().bind(articleStatement, a.position());
                    articleStatement.addBatch();
                    articles++;
                } else if (record instanceof SinkRecord.Duplicate d) {
                    d.row().bind(duplicateStatement, d.position());
                    duplicateStatement.addBatch();
                    duplicates++;
                } else if (record instanceof SinkRecord.Reject r) {
                    rejects.add(r);
                }
            }
            if (articles > 0) {
                articleStatement.executeBatch();
            }
            if (duplicates > 0) {
                duplicateStatement.executeBatch();
            }
        }
        insertRejects(connection, rejects);
        offsets.advance(connection, updates);
        return new BatchResult(articles, duplicates, rejects);
    }

    BatchResult writeIsolated(Connection connection, List<SinkRecord> records, Collection<OffsetUpdate> updates)
            throws SQLException, OffsetConflictException {
        int articles = 0;
        int duplicates = 0;
        List<SinkRecord.Reject> rejects = new ArrayList<>();
        try (PreparedStatement articleStatement = connection.prepareStatement(ArticleRow.UPSERT);
                PreparedStatement duplicateStatement = connection.prepareStatement(DuplicateRow.UPSERT)) {
            for (SinkRecord record : records) {
                if (record instanceof SinkRecord.Reject r) {
                    rejects.add(r);
                    continue;
                }
                Savepoint savepoint = connection.setSavepoint();
                try {
                    if (record instanceof SinkRecord.Article a) {
                        a.row().bind(articleStatement, a.position());
                        articleStatement.executeUpdate();
                        articles++;
                    } else if (record instanceof SinkRecord.Duplicate d) {
                        d.row().bind(duplicateStatement, d.position());
                        duplicateStatement.executeUpdate();
                        duplicates++;
                    }
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    if (!SqlErrors.isDataError(e)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    LOG.warn("database refused record {} (SQLState {}); storing it as a reject",
                            record.position(), SqlErrors.state(e));
                    rejects.add(new SinkRecord.Reject(record.position(), record.raw(), RejectKind.DATABASE,
                            RecordDecoder.describe(e)));
                }
            }
        }
        insertRejects(connection, rejects);
        offsets.advance(connection, updates);
        return new BatchResult(articles, duplicates, rejects);
    }

    private void insertRejects(Connection connection, List<SinkRecord.Reject> rejects) throws SQLException {
        if (rejects.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_REJECT)) {
            for (SinkRecord.Reject reject : rejects) {
                RecordPosition p = reject.position();
                SqlParameters.bind(statement, groupId, p.topic(), p.partition(), p.offset(), reject.kind().name(),
                        JsonColumns.text(reject.reason()), reject.raw().key(), reject.raw().value());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
