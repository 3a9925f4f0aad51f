package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        IngestConfig config = IngestConfig.load(Map.of(), Map.of());
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(config.maxBatch()).isEqualTo(1000);
        assertThat(config.topics().raw()).isEqualTo("articles.raw");
        Properties producer = config.producerProperties();
        assertThat(producer.getProperty("compression.type")).isEqualTo("lz4");
        assertThat(producer.getProperty("linger.ms")).isEqualTo("5");
        assertThat(producer.getProperty("batch.size")).isEqualTo("262144");
        assertThat(producer.getProperty("bootstrap.servers")).isEqualTo("localhost:9092");
    }

    @Test
    void environmentAndOverridesApplyInOrder() {
        IngestConfig config = IngestConfig.load(
                Map.of("NEWSSTREAM_INGEST_HTTP_PORT", "9000", "NEWSSTREAM_INGEST_TOPIC_PREFIX", "t1.",
                        "NEWSSTREAM_INGEST_HTTP_MAX_BATCH", "5"),
                Map.of(IngestConfig.HTTP_PORT, "0"));
        assertThat(config.httpPort()).isZero();
        assertThat(config.maxBatch()).isEqualTo(5);
        assertThat(config.topics().dlq()).isEqualTo("t1.articles.dlq");
    }

    @Test
    void unknownProducerKeysPassThroughAndSecretsAreMasked() {
        IngestConfig config = IngestConfig.load(Map.of(), Map.of(
                "ingest.producer.security.protocol", "SASL_SSL",
                "ingest.producer.sasl.jaas.config", "PlainLoginModule required password=\"s3cr3t-value\";",
                "ingest.producer.ssl.truststore.password", "another-s3cr3t"));
        Properties producer = config.producerProperties();
        assertThat(producer.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(producer.getProperty("sasl.jaas.config")).contains("s3cr3t-value");
        assertThat(config.toString())
                .contains("ingest.producer.security.protocol = SASL_SSL")
                .contains("ingest.producer.sasl.jaas.config = [hidden]")
                .doesNotContain("s3cr3t");
    }

    @Test
    void invalidValuesAreRefusedWithTheirKey() {
        assertThatThrownBy(() -> IngestConfig.load(Map.of(), Map.of(IngestConfig.COMPRESSION_TYPE, "brotli")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.COMPRESSION_TYPE);
        assertThatThrownBy(() -> IngestConfig.load(Map.of(), Map.of(IngestConfig.HTTP_PORT, "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.HTTP_PORT);
        assertThatThrownBy(() -> IngestConfig.load(Map.of(), Map.of(IngestConfig.DELIVERY_TIMEOUT_MS, "1000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.DELIVERY_TIMEOUT_MS);
    }
}
