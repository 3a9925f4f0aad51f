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
        Tally tally = new Tally();
        java.util.Set<SinkRecord> superseded = superseded(records);
        try (Statements statements = Statements.prepare(connection)) {
            for (SinkRecord record : records) {
                if (record instanceof SinkRecord.Reject r) {
                    tally.rejects.add(r);
                } else if (superseded.contains(record)) {
                    tally.count(record);
                } else {
                    statements.bind(record, tally).addBatch();
                }
            }
            statements.executeBatches(tally);
        }
        return finish(connection, tally, updates);
    }

    /**
     * The records of a batch that another record of the same table and id replaces (the later one; for articles
     * the one of the highest revision, then the later): the driver sends a batch as multi-row inserts
     * (reWriteBatchedInserts), and one such statement may not upsert a row twice.
     */
    private static java.util.Set<SinkRecord> superseded(List<SinkRecord> records) {
        java.util.Map<String, SinkRecord> last = new java.util.HashMap<>();
        java.util.Set<SinkRecord> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SinkRecord record : records) {
            String key = record instanceof SinkRecord.Article a ? "a:" + a.row().id()
                    : record instanceof SinkRecord.Duplicate d ? "d:" + d.row().id() : null;
            if (key != null) {
                SinkRecord before = last.get(key);
                if (before != null && revision(before) > revision(record)) {
                    out.add(record);
                    continue;
                }
                last.put(key, record);
                if (before != null) {
                    out.add(before);
                }
            }
        }
        return out;
    }

    private static int revision(SinkRecord record) {
        return record instanceof SinkRecord.Article a ? a.row().revision() : 0;
    }

    BatchResult writeIsolated(Connection connection, List<SinkRecord> records, Collection<OffsetUpdate> updates)
            throws SQLException, OffsetConflictException {
        Tally tally = new Tally();
        try (Statements statements = Statements.prepare(connection)) {
            for (SinkRecord record : records) {
                if (record instanceof SinkRecord.Reject r) {
                    tally.rejects.add(r);
                    continue;
                }
                Savepoint savepoint = connection.setSavepoint();
                try {
                    statements.bind(record, tally).executeUpdate();
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    if (!SqlErrors.isDataError(e)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    tally.uncount(record);
                    LOG.warn("database refused record {} (SQLState {}); storing it as a reject",
                            record.position(), SqlErrors.state(e));
                    tally.rejects.add(new SinkRecord.Reject(record.position(), record.raw(), RejectKind.DATABASE,
                            RecordDecoder.describe(e)));
                }
            }
        }
        return finish(connection, tally, updates);
    }

    private BatchResult finish(Connection connection, Tally tally, Collection<OffsetUpdate> updates)
            throws SQLException, OffsetConflictException {
        insertRejects(connection, tally.rejects);
        offsets.advance(connection, updates);
        return new BatchResult(tally.articles, tally.duplicates, tally.rejects);
    }

    /** What one batch wrote, by kind. */
    private static final class Tally {
        int articles;
        int duplicates;
        final List<SinkRecord.Reject> rejects = new ArrayList<>();

        void count(SinkRecord record) {
            if (record instanceof SinkRecord.Article) {
                articles++;
            } else {
                duplicates++;
            }
        }

        void uncount(SinkRecord record) {
            if (record instanceof SinkRecord.Article) {
                articles--;
            } else {
                duplicates--;
            }
        }
    }

    /** The article and duplicate upserts of one batch. */
    private record Statements(PreparedStatement articles, PreparedStatement duplicates) implements AutoCloseable {
        static Statements prepare(Connection connection) throws SQLException {
            PreparedStatement articles = connection.prepareStatement(ArticleRow.UPSERT);
            try {
                return new Statements(articles, connection.prepareStatement(DuplicateRow.UPSERT));
            } catch (SQLException e) {
                articles.close();
                throw e;
            }
        }

        /** Binds an article or duplicate record to its upsert, counts it, and returns that statement. */
        PreparedStatement bind(SinkRecord record, Tally tally) throws SQLException {
            if (record instanceof SinkRecord.Article a) {
                a.row().bind(articles, a.position());
                tally.articles++;
                return articles;
            }
            SinkRecord.Duplicate d = (SinkRecord.Duplicate) record;
            d.row().bind(duplicates, d.position());
            tally.duplicates++;
            return duplicates;
        }

        void executeBatches(Tally tally) throws SQLException {
            if (tally.articles > 0) {
                articles.executeBatch();
            }
            if (tally.duplicates > 0) {
                duplicates.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            try (articles; duplicates) {
                // both closed, the second even when the first fails
            }
        }
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
