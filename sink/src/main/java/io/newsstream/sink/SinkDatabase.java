package io.newsstream.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink's database plumbing: a HikariCP pool from the config and the Flyway schema migrations. */
public final class SinkDatabase {
    public static final String MIGRATIONS = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(SinkDatabase.class);

    private SinkDatabase() {}

    /** A connection pool for the configured database; the caller closes it. */
    public static HikariDataSource dataSource(SinkConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.jdbcUser());
        String password = config.jdbcPassword() == null ? "" : config.jdbcPassword().value();
        if (!password.isEmpty()) {
            hikari.setPassword(password);
        }
        hikari.setMaximumPoolSize(config.jdbcPoolSize());
        // a batch of upserts goes to PostgreSQL as multi-row INSERT statements, not one statement per row
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.setMinimumIdle(1);
        hikari.setPoolName("newsstream-sink");
        hikari.setInitializationFailTimeout(-1);
        return new HikariDataSource(hikari);
    }

    /** Applies the pending migrations of {@code db/migration}; safe to run from several sinks at once. */
    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SinkDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
        if (result.migrationsExecuted == 0) {
            LOG.info("database schema up to date (version {})", result.initialSchemaVersion);
        } else {
            LOG.info("database schema migrated from version {} to {} ({} migrations)", result.initialSchemaVersion,
                    result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result;
    }
}
