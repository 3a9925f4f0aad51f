package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.registry.SchemaRegistryClient;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.schemas.serde.SchemaHistory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Confluent wire format through the launcher's embedded registry endpoints (real HTTP): records carry the id of
 * their subject's schema, read back by id; a record written with the released v1 schema reads into the current
 * class; single-object Avro and raw JSON still read; a schema the registry does not hold is refused.
 */
class SchemaRegistryWireTest {
    private final Topics topics = new Topics("wire.");
    private EmbeddedSchemaRegistry schemas;
    private ArticleSerdes serdes;

    @BeforeEach
    void start() {
        schemas = new EmbeddedSchemaRegistry(topics);
        serdes = ArticleSerdes.withRegistry(new SchemaRegistryClient(schemas.start(0), "BACKWARD"));
    }

    @AfterEach
    void stop() {
        schemas.close();
    }

    private static EnrichedArticle article() {
        return EnrichedArticle.newBuilder().setId("a1").setUrl("https://a.example/1").setCanonicalUrl("https://a.example/1")
                .setSource("a.example").setBody("Body.").setTopics(List.of()).setRegions(List.of()).setMentions(List.of())
                .setEnrichedAt("2026-12-06T00:00:00Z").setPipelineVersion("t").setRevision(2).build();
    }

    @Test
    void recordsCarryTheirSchemaIdAndReadBack() {
        byte[] bytes = serdes.enriched().serializer().serialize(topics.enriched(), article());
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).as("v1 is id 2, the current schema id 3").isEqualTo(3);
        assertThat(serdes.enriched().deserializer().deserialize(topics.enriched(), bytes)).isEqualTo(article());
    }

    @Test
    void aRecordOfTheReleasedV1SchemaReadsIntoTheCurrentClass() throws Exception {
        Schema v1 = SchemaHistory.released("EnrichedArticle").get(0);
        GenericRecord old = new GenericData.Record(v1);
        EnrichedArticle current = article();
        for (Schema.Field f : v1.getFields()) {
            old.put(f.name(), GenericData.get().deepCopy(f.schema(), current.get(f.name())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(2).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(v1).write(old, encoder);
        encoder.flush();
        EnrichedArticle read = serdes.enriched().deserializer().deserialize(topics.enriched(), out.toByteArray());
        assertThat(read.getId()).isEqualTo("a1");
        assertThat(read.getRevision()).as("a v1 writer had no revision").isNull();
    }

    @Test
    void singleObjectAvroAndRawJsonStillRead() {
        byte[] single = ArticleSerdes.avro().enriched().serializer().serialize("t", article());
        assertThat(serdes.enriched().deserializer().deserialize(topics.enriched(), single)).isEqualTo(article());
        RawArticle raw = serdes.raw().deserializer().deserialize(topics.raw(),
                "{\"url\":\"https://a.example/2\",\"body\":\"Text.\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.getUrl()).isEqualTo("https://a.example/2");
    }

    @Test
    void aSchemaTheRegistryDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> serdes.raw().serializer().serialize("some.other.topic",
                RawArticle.newBuilder().setUrl("https://a.example/3").setBody("x").build()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("404");
    }
}
