package io.newsstream.sink;

import java.sql.SQLException;

/** Classifies database errors by SQLState. */
final class SqlErrors {
    private SqlErrors() {}

    /**
     * True for errors caused by the row itself (data exception, integrity violation, program limit
     * such as an oversized index entry): retrying the same row cannot succeed.
     */
    static boolean isDataError(SQLException error) {
        for (Throwable e = error; e != null; e = next(e)) {
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22") || state.startsWith("23") || state.startsWith("54")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String state(SQLException error) {
        return error.getSQLState() == null ? "unknown" : error.getSQLState();
    }

    private static Throwable next(Throwable e) {
        if (e instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }
}
