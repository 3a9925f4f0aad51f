package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void defaults() {
        SinkConfig config = SinkConfig.load(Map.of(), Map.of());
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/newsstream");
        assertThat(config.groupId()).isEqualTo("newsstream-sink");
        assertThat(config.topicPrefix()).isEmpty();
        assertThat(config.topics().enriched()).isEqualTo("articles.enriched");
        assertThat(config.pollTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxPollRecords()).isEqualTo(500);
    }

    @Test
    void environmentMapsToDottedKeysAndOverridesWin() {
        Map<String, String> env = Map.of(
                "NEWSSTREAM_SINK_JDBC_URL", "jdbc:postgresql://db:5432/news",
                "NEWSSTREAM_SINK_GROUP_ID", "from-env",
                "NEWSSTREAM_SINK_MAX_POLL_RECORDS", "42",
                "NEWSSTREAM_SINK_TOPIC_PREFIX", "t1.",
                "NEWSSTREAM_UNRELATED", "x");
        SinkConfig config = SinkConfig.load(env, Map.of(SinkConfig.GROUP_ID, "from-override"));

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(config.groupId()).isEqualTo("from-override");
        assertThat(config.maxPollRecords()).isEqualTo(42);
        assertThat(config.topics().duplicates()).isEqualTo("t1.articles.duplicates");
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> SinkConfig.load(Map.of(), Map.of(SinkConfig.MAX_POLL_RECORDS, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.MAX_POLL_RECORDS);
        assertThatThrownBy(() -> SinkConfig.load(Map.of(), Map.of(SinkConfig.JDBC_URL, "")))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> SinkConfig.load(Map.of(), Map.of(SinkConfig.POLL_TIMEOUT_MS, "soon")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void passwordIsNeverDescribed() {
        SinkConfig config = SinkConfig.load(Map.of("NEWSSTREAM_SINK_JDBC_PASSWORD", "s3cret-from-env"),
                Map.of(SinkConfig.JDBC_URL, "jdbc:postgresql://db/news?user=u&password=url-s3cret&ssl=true"));

        assertThat(config.jdbcPassword().value()).isEqualTo("s3cret-from-env");
        String described = config.describe();
        assertThat(described)
                .doesNotContain("s3cret")
                .contains(SinkConfig.JDBC_PASSWORD + " = [hidden]")
                .contains("password=[hidden]&ssl=true")
                .contains(SinkConfig.GROUP_ID + " = newsstream-sink");
    }

    @Test
    void consumerPropertiesForceExactlyOnceSettings() {
        SinkConfig config = SinkConfig.load(Map.of(), Map.of(SinkConfig.GROUP_ID, "g1", SinkConfig.MAX_POLL_RECORDS, "7"));
        Properties base = new Properties();
        base.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        base.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        base.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");

        Properties props = ArticleSink.consumerProperties(config, base);

        assertThat(props)
                .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "g1")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "7")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }
}
