package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void dataAndConstraintErrorsAreDataErrors() {
        assertThat(SqlErrors.isDataError(new SQLException("bad json", "22P02"))).isTrue();
        assertThat(SqlErrors.isDataError(new SQLException("not null", "23502"))).isTrue();
        assertThat(SqlErrors.isDataError(new SQLException("index row too large", "54000"))).isTrue();
    }

    @Test
    void connectionAndTransactionErrorsAreNot() {
        assertThat(SqlErrors.isDataError(new SQLException("gone", "08006"))).isFalse();
        assertThat(SqlErrors.isDataError(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(SqlErrors.isDataError(new SQLException("no state"))).isFalse();
    }

    @Test
    void batchErrorsAreClassifiedByTheirChainedCause() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 aborted", "25P02", new int[0]);
        batch.setNextException(new SQLException("invalid byte sequence", "22021"));
        assertThat(SqlErrors.isDataError(batch)).isTrue();
    }
}
