package io.newsstream.schemas.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Gathers a module's settings from, in rising precedence: the {@link ConfigDef} defaults, the
 * environment ({@code NEWSSTREAM_FOO_BAR} sets {@code foo.bar}) and explicit overrides (CLI flags,
 * test settings). Only keys the definition knows are taken from the environment; typing,
 * validation and secret masking are Kafka's {@code ConfigDef}/{@code AbstractConfig}.
 */
public final class ConfigLoader {
    public static final String ENV_PREFIX = "NEWSSTREAM_";

    private ConfigLoader() {}

    public static Map<String, Object> gather(ConfigDef def, Map<String, String> env, Map<String, ?> overrides) {
        Map<String, Object> values = new HashMap<>();
        for (String key : def.names()) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        values.putAll(overrides);
        return values;
    }

    public static Map<String, Object> gather(ConfigDef def, Map<String, ?> overrides) {
        return gather(def, System.getenv(), overrides);
    }

    /** {@code sink.jdbc.url} ↔ {@code NEWSSTREAM_SINK_JDBC_URL}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
