package io.newsstream.ingest;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.config.ConfigLoader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/**
 * Settings of the ingest module: the HTTP API's limits, the topic prefix and the producer's tuning.
 * Any other {@code ingest.producer.<kafka key>} (security, SASL, SSL ...) is passed to the producer
 * as is; {@link #toString()} masks secrets among them as well as {@code PASSWORD} keys.
 */
public final class IngestConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = "ingest.bootstrap.servers";
    public static final String HTTP_HOST = "ingest.http.host";
    public static final String HTTP_PORT = "ingest.http.port";
    public static final String HTTP_MAX_BODY_BYTES = "ingest.http.max-body-bytes";
    public static final String HTTP_MAX_BATCH = "ingest.http.max-batch";
    public static final String HTTP_API_KEYS_FILE = "ingest.http.api-keys-file";
    public static final String HTTP_METRICS_NEED_KEY = "ingest.http.metrics-need-key";
    public static final String HTTP_RATE_LIMIT = "ingest.http.rate-limit";
    public static final String HTTP_REQUEST_TIMEOUT_MS = "ingest.http.request-timeout-ms";
    public static final String HTTP_IDLE_TIMEOUT_MS = "ingest.http.idle-timeout-ms";
    public static final String HTTP_MAX_HEADER_BYTES = "ingest.http.max-header-bytes";
    public static final String HTTP_IDEMPOTENCY_TTL_MS = "ingest.http.idempotency-ttl-ms";
    public static final String HTTP_IDEMPOTENCY_MAX_KEYS = "ingest.http.idempotency-max-keys";
    public static final String HTTP_TLS_KEYSTORE = "ingest.http.tls.keystore";
    public static final String HTTP_TLS_KEYSTORE_PASSWORD = "ingest.http.tls.keystore-password";
    public static final String TOPIC_PREFIX = "ingest.topic.prefix";
    public static final String PRODUCER_PREFIX = "ingest.producer.";
    public static final String LINGER_MS = PRODUCER_PREFIX + ProducerConfig.LINGER_MS_CONFIG;
    public static final String BATCH_SIZE = PRODUCER_PREFIX + ProducerConfig.BATCH_SIZE_CONFIG;
    public static final String COMPRESSION_TYPE = PRODUCER_PREFIX + ProducerConfig.COMPRESSION_TYPE_CONFIG;
    public static final String MAX_REQUEST_SIZE = PRODUCER_PREFIX + ProducerConfig.MAX_REQUEST_SIZE_CONFIG;
    public static final String REQUEST_TIMEOUT_MS = PRODUCER_PREFIX + ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG;
    public static final String DELIVERY_TIMEOUT_MS = PRODUCER_PREFIX + ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG;
    public static final String MAX_BLOCK_MS = PRODUCER_PREFIX + ProducerConfig.MAX_BLOCK_MS_CONFIG;

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|jaas|token|credential).*");

    public static final ConfigDef DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka bootstrap servers the producer connects to, host:port[,host:port...].")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Interface the HTTP API binds to (default: this machine only; 0.0.0.0 for every interface).")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.HIGH,
                    "Port of the HTTP API; 0 picks a free port.")
            .define(HTTP_MAX_BODY_BYTES, Type.INT, 10 * 1024 * 1024, Range.atLeast(1), Importance.MEDIUM,
                    "Largest request body the HTTP API reads; larger bodies get 413.")
            .define(HTTP_MAX_BATCH, Type.INT, 1000, Range.atLeast(1), Importance.MEDIUM,
                    "Most articles one HTTP request may carry; more get 413.")
            .define(HTTP_API_KEYS_FILE, Type.STRING, "", Importance.HIGH,
                    "File of name:sha256-hex lines (`newsstream keys add`): POST /v1/articles then needs "
                            + "`Authorization: Bearer <key>`; changes are picked up without a restart. Empty: no keys "
                            + "(keep the API on localhost then).")
            .define(HTTP_METRICS_NEED_KEY, Type.BOOLEAN, false, Importance.MEDIUM,
                    "With an API keys file: GET /metrics needs a key too.")
            .define(HTTP_RATE_LIMIT, Type.INT, 1000, Range.atLeast(0), Importance.MEDIUM,
                    "Articles per second each API key (each client address without keys) may publish, with bursts of "
                            + "twice that (at least one full batch); more get 429 with Retry-After. 0: no limit.")
            .define(HTTP_REQUEST_TIMEOUT_MS, Type.INT, 60_000, Range.atLeast(100), Importance.MEDIUM,
                    "Longest a request may take, from its headers to the answer (a body still arriving then gets "
                            + "408). Bodies are read without holding a thread, so slow clients cannot starve others.")
            .define(HTTP_IDLE_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(100), Importance.LOW,
                    "A connection that sends and receives nothing for this long is closed.")
            .define(HTTP_MAX_HEADER_BYTES, Type.INT, 16_384, Range.atLeast(1024), Importance.LOW,
                    "Largest request line and headers; larger get 431.")
            .define(HTTP_IDEMPOTENCY_TTL_MS, Type.LONG, 86_400_000L, Range.atLeast(1000), Importance.LOW,
                    "How long the answer to a request with an Idempotency-Key header is remembered (in memory).")
            .define(HTTP_IDEMPOTENCY_MAX_KEYS, Type.INT, 100_000, Range.atLeast(1), Importance.LOW,
                    "Most Idempotency-Key answers remembered; the least recently used are forgotten first.")
            .define(HTTP_TLS_KEYSTORE, Type.STRING, "", Importance.MEDIUM,
                    "PKCS#12 key store with the server's key and certificate: the API then speaks HTTPS only. "
                            + "Empty: plain HTTP (keep it on localhost or behind a TLS proxy).")
            .define(HTTP_TLS_KEYSTORE_PASSWORD, Type.PASSWORD, "", Importance.MEDIUM,
                    "Password of the TLS key store.")
            .define(TOPIC_PREFIX, Type.STRING, "", Importance.MEDIUM,
                    "Prefix of the pipeline's topic names (empty: articles.raw, articles.dlq).")
            .define(LINGER_MS, Type.INT, 5, Range.atLeast(0), Importance.LOW,
                    "Producer linger.ms: how long a batch waits for more records.")
            .define(BATCH_SIZE, Type.INT, 262_144, Range.atLeast(1024), Importance.LOW,
                    "Producer batch.size in bytes per partition; Kafka's 16 KB default holds only 3-4 articles.")
            .define(COMPRESSION_TYPE, Type.STRING, "lz4", ValidString.in("none", "gzip", "snappy", "lz4", "zstd"),
                    Importance.LOW, "Producer compression.type.")
            .define(MAX_REQUEST_SIZE, Type.INT, 4 * 1024 * 1024, Range.atLeast(1024), Importance.LOW,
                    "Producer max.request.size; the largest article record that can be sent (the broker's "
                            + "message.max.bytes must allow it too).")
            .define(REQUEST_TIMEOUT_MS, Type.INT, 15_000, Range.atLeast(1), Importance.LOW,
                    "Producer request.timeout.ms.")
            .define(DELIVERY_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1), Importance.LOW,
                    "Producer delivery.timeout.ms: upper bound on waiting for a broker ack; must be at least "
                            + "linger.ms + request.timeout.ms.")
            .define(MAX_BLOCK_MS, Type.INT, 10_000, Range.atLeast(0), Importance.LOW,
                    "Producer max.block.ms: how long send() may block on missing metadata or a full buffer.");

    public IngestConfig(Map<?, ?> props) {
        super(DEF, props, false);
        int linger = getInt(LINGER_MS);
        int request = getInt(REQUEST_TIMEOUT_MS);
        if (getInt(DELIVERY_TIMEOUT_MS) < linger + request) {
            throw new org.apache.kafka.common.config.ConfigException(DELIVERY_TIMEOUT_MS, getInt(DELIVERY_TIMEOUT_MS),
                    "must be at least " + LINGER_MS + " + " + REQUEST_TIMEOUT_MS + " = " + (linger + request));
        }
        if (getInt(HTTP_REQUEST_TIMEOUT_MS) <= getInt(DELIVERY_TIMEOUT_MS)) {
            throw new org.apache.kafka.common.config.ConfigException(HTTP_REQUEST_TIMEOUT_MS, getInt(HTTP_REQUEST_TIMEOUT_MS),
                    "must be longer than " + DELIVERY_TIMEOUT_MS + " (" + getInt(DELIVERY_TIMEOUT_MS) + "), so a request can wait for the broker");
        }
    }

    /** Defaults, then {@code NEWSSTREAM_INGEST_*} environment variables, then the overrides. */
    public static IngestConfig load(Map<String, ?> overrides) {
        return new IngestConfig(ConfigLoader.gather(DEF, overrides));
    }

    public static IngestConfig load(Map<String, String> env, Map<String, ?> overrides) {
        return new IngestConfig(ConfigLoader.gather(DEF, env, overrides));
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public String httpHost() {
        return getString(HTTP_HOST);
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    public int maxBodyBytes() {
        return getInt(HTTP_MAX_BODY_BYTES);
    }

    public int maxBatch() {
        return getInt(HTTP_MAX_BATCH);
    }

    /** The API keys, or empty when the API is open. */
    public java.util.Optional<ApiKeys> apiKeys() {
        String f = getString(HTTP_API_KEYS_FILE);
        return f == null || f.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new ApiKeys(java.nio.file.Path.of(f.trim())));
    }

    public int rateLimit() {
        return getInt(HTTP_RATE_LIMIT);
    }

    public int requestTimeoutMs() {
        return getInt(HTTP_REQUEST_TIMEOUT_MS);
    }

    public int idleTimeoutMs() {
        return getInt(HTTP_IDLE_TIMEOUT_MS);
    }

    public int maxHeaderBytes() {
        return getInt(HTTP_MAX_HEADER_BYTES);
    }

    public java.time.Duration idempotencyTtl() {
        return java.time.Duration.ofMillis(getLong(HTTP_IDEMPOTENCY_TTL_MS));
    }

    public int idempotencyMaxKeys() {
        return getInt(HTTP_IDEMPOTENCY_MAX_KEYS);
    }

    /** The TLS key store, or empty for plain HTTP. */
    public java.util.Optional<java.nio.file.Path> tlsKeystore() {
        String f = getString(HTTP_TLS_KEYSTORE);
        return f == null || f.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(f.trim()));
    }

    public String tlsKeystorePassword() {
        return getPassword(HTTP_TLS_KEYSTORE_PASSWORD).value();
    }

    public boolean metricsNeedKey() {
        return getBoolean(HTTP_METRICS_NEED_KEY);
    }

    public Topics topics() {
        return new Topics(getString(TOPIC_PREFIX));
    }

    public long deliveryTimeoutMs() {
        return getInt(DELIVERY_TIMEOUT_MS);
    }

    /** The producer settings: every {@code ingest.producer.*} key without its prefix, plus bootstrap servers. */
    public Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(originalsWithPrefix(PRODUCER_PREFIX));
        for (String key : DEF.names()) {
            if (key.startsWith(PRODUCER_PREFIX)) {
                props.put(key.substring(PRODUCER_PREFIX.length()), String.valueOf(get(key)));
            }
        }
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** The effective settings, secrets shown as {@code [hidden]}. */
    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>();
        originals().forEach((k, v) -> {
            if (k.startsWith(PRODUCER_PREFIX)) {
                shown.put(k, SECRET_KEY.matcher(k).matches() ? "[hidden]" : v);
            }
        });
        values().forEach((k, v) -> shown.put(k, SECRET_KEY.matcher(k).matches() ? "[hidden]" : v));
        StringBuilder out = new StringBuilder("IngestConfig{");
        shown.forEach((k, v) -> out.append("\n  ").append(k).append(" = ").append(v));
        return out.append("\n}").toString();
    }
}
