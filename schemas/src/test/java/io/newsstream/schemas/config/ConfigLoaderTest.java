package io.newsstream.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final ConfigDef DEF = new ConfigDef()
            .define("sink.jdbc.url", ConfigDef.Type.STRING, "jdbc:postgresql://localhost/x", ConfigDef.Importance.HIGH, "url")
            .define("sink.batch-size", ConfigDef.Type.INT, 100, ConfigDef.Importance.LOW, "batch");

    @Test
    void environmentNamesMapToDottedKeys() {
        assertThat(ConfigLoader.envName("sink.jdbc.url")).isEqualTo("NEWSSTREAM_SINK_JDBC_URL");
        assertThat(ConfigLoader.envName("sink.batch-size")).isEqualTo("NEWSSTREAM_SINK_BATCH_SIZE");
    }

    @Test
    void overridesBeatEnvironmentWhichBeatsDefaults() {
        Map<String, String> env = Map.of("NEWSSTREAM_SINK_JDBC_URL", "jdbc:env", "NEWSSTREAM_SINK_BATCH_SIZE", "7",
                "NEWSSTREAM_UNKNOWN_KEY", "ignored");
        Map<String, Object> values = ConfigLoader.gather(DEF, env, Map.of("sink.batch-size", "9"));
        assertThat(values).containsEntry("sink.jdbc.url", "jdbc:env").containsEntry("sink.batch-size", "9")
                .doesNotContainKey("unknown.key");
    }
}
