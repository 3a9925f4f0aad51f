package io.newsstream.sink;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;

/**
 * Settings of the PostgreSQL sink. Keys are dotted ({@code sink.jdbc.url}); each can also come from
 * the environment ({@code NEWSSTREAM_SINK_JDBC_URL}) through {@link ConfigLoader}. The password is a
 * {@link Type#PASSWORD} and never appears in {@link #describe()} or logs.
 */
public final class SinkConfig extends AbstractConfig {
    public static final String JDBC_URL = "sink.jdbc.url";
    public static final String JDBC_USER = "sink.jdbc.user";
    public static final String JDBC_PASSWORD = "sink.jdbc.password";
    public static final String JDBC_POOL_SIZE = "sink.jdbc.pool.size";
    public static final String GROUP_ID = "sink.group.id";
    public static final String POLL_TIMEOUT_MS = "sink.poll.timeout.ms";
    public static final String MAX_POLL_RECORDS = "sink.max.poll.records";
    public static final String TOPIC_PREFIX = "sink.topic.prefix";
    public static final String MIGRATE_ON_START = "sink.migrate.on.start";
    public static final String KAFKA_COMMIT_ENABLED = "sink.kafka.commit.enabled";
    public static final String RETRY_BACKOFF_MAX_MS = "sink.retry.backoff.max.ms";
    public static final String FILES_DIR = "sink.files.dir";
    public static final String FILES_GROUP_ID = "sink.files.group.id";
    public static final String FILES_ROLL_BYTES = "sink.files.roll.bytes";

    public static final String DEFAULT_JDBC_URL = "jdbc:postgresql://localhost:5432/newsstream";
    private static final Pattern URL_SECRET = Pattern.compile("(?i)(password=)[^&;]*");

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(JDBC_URL, Type.STRING, DEFAULT_JDBC_URL, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "JDBC URL of the PostgreSQL database the sink writes to.")
            .define(JDBC_USER, Type.STRING, "newsstream", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Database user.")
            .define(JDBC_PASSWORD, Type.PASSWORD, "", Importance.HIGH,
                    "Database password; never logged.")
            .define(JDBC_POOL_SIZE, Type.INT, 4, Range.between(1, 64), Importance.LOW,
                    "Maximum number of pooled JDBC connections.")
            .define(GROUP_ID, Type.STRING, "newsstream-sink", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka consumer group; also the key of the offsets stored in table sink_offsets.")
            .define(POLL_TIMEOUT_MS, Type.LONG, 500L, Range.between(1, 60_000), Importance.MEDIUM,
                    "Longest time one consumer poll waits for records.")
            .define(MAX_POLL_RECORDS, Type.INT, 500, Range.between(1, 50_000), Importance.MEDIUM,
                    "Most records per poll, hence per database transaction.")
            .define(TOPIC_PREFIX, Type.STRING, "", Importance.LOW,
                    "Prefix of the pipeline's topic names (see Topics).")
            .define(MIGRATE_ON_START, Type.BOOLEAN, true, Importance.LOW,
                    "Apply the Flyway migrations when the sink is created.")
            .define(KAFKA_COMMIT_ENABLED, Type.BOOLEAN, true, Importance.LOW,
                    "Also commit offsets to Kafka after each database commit, for lag monitoring only; "
                            + "positions always come from table sink_offsets.")
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.between(1, 600_000), Importance.LOW,
                    "Longest pause between retries after a database error.")
            .define(FILES_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Directory the file sink writes JSON Lines to (one directory per topic partition); empty: no file sink.")
            .define(FILES_GROUP_ID, Type.STRING, "newsstream-files", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Kafka consumer group of the file sink; its positions live in each partition's checkpoint file.")
            .define(FILES_ROLL_BYTES, Type.LONG, 128L << 20, Range.atLeast(1), Importance.LOW,
                    "Size past which the file sink starts a new part file.");

    public SinkConfig(Map<String, ?> values) {
        super(DEFINITION, values, false);
    }

    /** Defaults, then the {@code NEWSSTREAM_*} environment, then the overrides. */
    public static SinkConfig load(Map<String, ?> overrides) {
        return new SinkConfig(ConfigLoader.gather(DEFINITION, overrides));
    }

    static SinkConfig load(Map<String, String> env, Map<String, ?> overrides) {
        return new SinkConfig(ConfigLoader.gather(DEFINITION, env, overrides));
    }

    public String jdbcUrl() {
        return getString(JDBC_URL);
    }

    public String jdbcUser() {
        return getString(JDBC_USER);
    }

    public Password jdbcPassword() {
        return getPassword(JDBC_PASSWORD);
    }

    public int jdbcPoolSize() {
        return getInt(JDBC_POOL_SIZE);
    }

    public String groupId() {
        return getString(GROUP_ID);
    }

    public Duration pollTimeout() {
        return Duration.ofMillis(getLong(POLL_TIMEOUT_MS));
    }

    public int maxPollRecords() {
        return getInt(MAX_POLL_RECORDS);
    }

    public String topicPrefix() {
        return getString(TOPIC_PREFIX);
    }

    public Topics topics() {
        return new Topics(topicPrefix());
    }

    public boolean migrateOnStart() {
        return getBoolean(MIGRATE_ON_START);
    }

    public boolean kafkaCommitEnabled() {
        return getBoolean(KAFKA_COMMIT_ENABLED);
    }

    public Duration retryBackoffMax() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS));
    }

    /** The file sink's directory, when one is configured. */
    public Optional<Path> filesDir() {
        String dir = getString(FILES_DIR).trim();
        return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    public String filesGroupId() {
        return getString(FILES_GROUP_ID);
    }

    public long filesRollBytes() {
        return getLong(FILES_ROLL_BYTES);
    }

    /** The effective settings, sorted, with the password and any password in the JDBC URL masked. */
    public String describe() {
        Map<String, Object> sorted = new TreeMap<>(values());
        sorted.computeIfPresent(JDBC_URL, (k, v) -> maskUrl(String.valueOf(v)));
        StringBuilder out = new StringBuilder("sink configuration:");
        sorted.forEach((key, value) -> out.append("\n  ").append(key).append(" = ").append(value));
        return out.toString();
    }

    public void logEffective(Logger log) {
        log.debug(describe());
    }

    public static String maskUrl(String url) {
        return URL_SECRET.matcher(url).replaceAll("$1[hidden]");
    }
}
