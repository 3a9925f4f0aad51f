package io.newsstream.sink;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose connections crash the caller at the n-th transaction commit, either before the
 * commit reaches the database or right after it did: the two moments a process can die around a
 * commit.
 */
final class CrashingDataSource implements DataSource {
    enum CrashPoint { BEFORE_COMMIT, AFTER_COMMIT }

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }

    private final DataSource delegate;
    private final int crashAtCommit;
    private final CrashPoint point;
    private final AtomicInteger commits = new AtomicInteger();

    CrashingDataSource(DataSource delegate, int crashAtCommit, CrashPoint point) {
        this.delegate = delegate;
        this.crashAtCommit = crashAtCommit;
        this.point = point;
    }

    int commitsAttempted() {
        return commits.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(delegate.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                        int n = commits.incrementAndGet();
                        if (n >= crashAtCommit) {
                            if (point == CrashPoint.AFTER_COMMIT && n == crashAtCommit) {
                                connection.commit();
                            }
                            throw new SimulatedCrash("simulated crash " + point + " #" + n);
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
