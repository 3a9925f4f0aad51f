package io.newsstream.app;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.SinkConfig;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.nio.file.Path;
import java.util.Map;

/** Configurations of an in-process pipeline for one test: its own topics, application id, groups and state. */
final class TestPipelineConfigs {
    private TestPipelineConfigs() {}

    static EnrichConfig enrich(Topics topics, Path stateDir) {
        return new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, KafkaExtension.uniqueName("enrich"), EnrichConfig.STATE_DIR, stateDir.toString()));
    }

    static SinkConfig sink(Topics topics, String jdbcUrl, PostgresExtension pg) {
        return new SinkConfig(Map.of(SinkConfig.TOPIC_PREFIX, topics.prefix(), SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, pg.user(), SinkConfig.JDBC_PASSWORD, pg.password(),
                SinkConfig.GROUP_ID, KafkaExtension.uniqueName("sink")));
    }
}
