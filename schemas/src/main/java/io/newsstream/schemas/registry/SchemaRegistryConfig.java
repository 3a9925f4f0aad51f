package io.newsstream.schemas.registry;

import io.newsstream.schemas.config.ConfigLoader;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/**
 * Whether the contract topics use a schema registry: {@code schema.registry.url} (env
 * {@code NEWSSTREAM_SCHEMA_REGISTRY_URL}) and the compatibility set on their subjects. Shared by every stage,
 * so that all of them write (and read) the same encoding.
 */
public final class SchemaRegistryConfig extends AbstractConfig {
    public static final String URL = "schema.registry.url";
    public static final String COMPATIBILITY = "schema.registry.compatibility";

    public static final ConfigDef DEF = new ConfigDef()
            .define(URL, Type.STRING, "", Importance.HIGH,
                    "Schema registry REST URL (Confluent, Karapace, or Apicurio's /apis/ccompat/v7). Set: articles.raw, "
                            + ".enriched and .duplicates are written in the Confluent wire format, schemas registered "
                            + "under <topic>-value. Empty: Avro single-object encoding. Both are read either way.")
            .define(COMPATIBILITY, Type.STRING, "BACKWARD",
                    ValidString.in("BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FULL", "FULL_TRANSITIVE", "NONE", ""),
                    Importance.LOW, "Compatibility set on each subject before its first registration (empty: leave it).");

    public SchemaRegistryConfig(Map<?, ?> props) {
        super(DEF, props, false);
    }

    /** Defaults, then {@code NEWSSTREAM_SCHEMA_REGISTRY_*} environment variables, then the overrides. */
    public static SchemaRegistryConfig load(Map<String, ?> overrides) {
        return new SchemaRegistryConfig(ConfigLoader.gather(DEF, overrides));
    }

    /** The registry client, or empty when no registry is configured. */
    public Optional<SchemaRegistryClient> client() {
        String url = getString(URL);
        String compatibility = getString(COMPATIBILITY);
        return url == null || url.isBlank() ? Optional.empty()
                : Optional.of(new SchemaRegistryClient(url.trim(), compatibility.isBlank() ? null : compatibility));
    }
}
