package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.registry.SchemaRegistryClient;
import io.newsstream.schemas.serde.SchemaHistory;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The registry client against a registry server nobody here wrote (Apicurio's Confluent-compatible API), where
 * Docker exists: the subject gets BACKWARD compatibility, the contract's v1 → v1.1 change (an optional field) is
 * accepted, and a change that breaks old readers (a required field without a default) is refused.
 */
@Testcontainers(disabledWithoutDocker = true)
class SchemaRegistryContainersIT {
    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("quay.io/apicurio/apicurio-registry-mem:2.6.13.Final")
            .withExposedPorts(8080).waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));

    @Test
    void backwardCompatibilityIsSetAndEnforced() throws Exception {
        SchemaRegistryClient client = new SchemaRegistryClient(
                "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8080) + "/apis/ccompat/v7", "BACKWARD");
        String subject = "articles.enriched-value";
        int v1 = client.register(subject, SchemaHistory.released("EnrichedArticle").get(0));
        int current = client.register(subject, EnrichedArticle.getClassSchema());
        assertThat(current).isNotEqualTo(v1);
        assertThat(client.byId(current).getField("revision")).isNotNull();

        ObjectNode breaking = (ObjectNode) io.newsstream.schemas.json.ArticleJson.mapper().readTree(EnrichedArticle.getClassSchema().toString());
        ((ArrayNode) breaking.get("fields")).addObject().put("name", "requiredWithoutDefault").put("type", "string");
        Schema incompatible = new Schema.Parser().parse(breaking.toString());
        assertThatThrownBy(() -> client.register(subject, incompatible)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("409");
    }
}
