package io.newsstream.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/** Binds positional parameters; nulls go untyped so PostgreSQL infers the column type. */
final class SqlParameters {
    private SqlParameters() {}

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            Object value = values[i];
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof OffsetDateTime time) {
                statement.setObject(index, time, Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + value.getClass().getName());
            }
        }
    }
}
