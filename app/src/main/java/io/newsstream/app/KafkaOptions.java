package io.newsstream.app;

import io.newsstream.schemas.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the pipeline's Kafka is and how its topics are named. */
final class KafkaOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${env:NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers (env NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--topic-prefix", defaultValue = "${env:NEWSSTREAM_TOPIC_PREFIX:-}",
            description = "Prefix of the topic names (env NEWSSTREAM_TOPIC_PREFIX; default none).")
    String topicPrefix;

    @Option(names = {"-k", "--kafka-config"}, paramLabel = "KEY=VALUE",
            description = "Extra Kafka client setting for every producer, consumer and Streams client (repeatable), "
                    + "e.g. security.protocol=SASL_SSL or session.timeout.ms=10000.")
    Map<String, String> clientConfig = new LinkedHashMap<>();

    Topics topics() {
        return new Topics(topicPrefix == null ? "" : topicPrefix);
    }

    /** Streams properties of the enrich stage with the extra client settings applied. */
    java.util.Properties streamsProperties(io.newsstream.enrich.EnrichConfig config, String bootstrap) {
        java.util.Properties p = config.streamsProperties(bootstrap);
        p.putAll(clientConfig);
        return p;
    }

    /** The extra client settings as {@code ingest.producer.*} overrides. */
    Map<String, Object> ingestOverrides() {
        Map<String, Object> out = new LinkedHashMap<>();
        clientConfig.forEach((k, v) -> out.put(io.newsstream.ingest.IngestConfig.PRODUCER_PREFIX + k, v));
        return out;
    }

    String requireBootstrap() {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--bootstrap-servers (or NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS) is required for this command");
        }
        return bootstrapServers;
    }

    /** The first map overlaid with the second. */
    static Map<String, Object> withAll(Map<String, Object> base, Map<String, ?> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        out.putAll(over);
        return out;
    }
}
