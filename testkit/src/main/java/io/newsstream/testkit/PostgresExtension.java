package io.newsstream.testkit;

import io.newsstream.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for integration tests: {@link #embedded()} starts zonky's embedded server,
 * {@link #containers()} the {@code postgres} image on Testcontainers (pair it with
 * {@code @Testcontainers(disabledWithoutDocker = true)}). One server per test JVM; tests isolate
 * themselves with {@link #freshDatabase()}.
 */
public final class PostgresExtension implements BeforeAllCallback {
    public static final String POSTGRES_IMAGE = "postgres:16-alpine";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final boolean containers;
    private String adminUrl;
    private String user;
    private String password;

    private PostgresExtension(boolean containers) {
        this.containers = containers;
    }

    public static PostgresExtension embedded() {
        return new PostgresExtension(false);
    }

    public static PostgresExtension containers() {
        return new PostgresExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (containers) {
            PostgreSQLContainer pg = SharedResource.get(context, "postgres-container", () -> {
                PostgreSQLContainer c = new PostgreSQLContainer(POSTGRES_IMAGE);
                c.start();
                return c;
            });
            adminUrl = pg.getJdbcUrl();
            user = pg.getUsername();
            password = pg.getPassword();
        } else {
            EmbeddedPostgresServer pg = SharedResource.get(context, "postgres-embedded",
                    () -> new EmbeddedPostgresServer(null).start());
            adminUrl = pg.jdbcUrl("postgres");
            user = EmbeddedPostgresServer.USER;
            password = "";
        }
    }

    /** JDBC URL of the server's default database. */
    public String jdbcUrl() {
        if (adminUrl == null) {
            throw new IllegalStateException("PostgresExtension not started: register it as a static @RegisterExtension field");
        }
        return adminUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public String freshDatabase() {
        String name = "t" + COUNTER.incrementAndGet() + "_" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return withDatabase(jdbcUrl(), name);
    }

    static String withDatabase(String jdbcUrl, String database) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String params = q < 0 ? "" : jdbcUrl.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
