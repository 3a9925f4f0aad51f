package io.newsstream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** One evolution step of the contract (v2 adds an optional field), decoded both ways. */
class SchemaEvolutionTest {
    private static final Schema V1 = RawArticle.getClassSchema();
    private static final Schema V2 = load("/evolution/RawArticle.v2.avsc");

    @Test
    void v2AddsAnOptionalFieldCompatiblyBothWays() {
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(V2, V1).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(V1, V2).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void aV2ReaderDecodesRecordsWrittenWithV1() throws IOException {
        byte[] v1Bytes = AvroSingleObjectSerde.<RawArticle>forSchema(V1).encode(article());
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(V1);
        BinaryMessageDecoder<GenericRecord> v2Reader = new BinaryMessageDecoder<>(GenericData.get(), V2, store);

        GenericRecord decoded = v2Reader.decode(v1Bytes);

        assertThat(decoded.get("url").toString()).isEqualTo("https://news.example/a");
        assertThat(decoded.get("paywalled")).isNull();
    }

    @Test
    void theV1SerdeDecodesRecordsWrittenWithV2OnceV2IsInItsStore() throws IOException {
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("url", "https://news.example/b");
        v2.put("body", "text");
        v2.put("paywalled", true);
        ByteBuffer v2Bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), V2).encode(v2);
        byte[] bytes = new byte[v2Bytes.remaining()];
        v2Bytes.get(bytes);

        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(V1);
        store.addSchema(V2);
        RawArticle decoded = new AvroSingleObjectSerde<RawArticle>(V1, store).decode(bytes);

        assertThat(decoded.getUrl()).isEqualTo("https://news.example/b");
        assertThat(decoded.getBody()).isEqualTo("text");
    }

    @Test
    void anUnknownWriterSchemaIsASerializationErrorNotACrash() {
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("url", "https://news.example/c");
        byte[] bytes;
        try {
            ByteBuffer b = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), V2).encode(v2);
            bytes = new byte[b.remaining()];
            b.get(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        AvroSingleObjectSerde<RawArticle> v1Only = AvroSingleObjectSerde.forSchema(V1);
        assertThatThrownBy(() -> v1Only.decode(bytes)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> v1Only.decode("{\"url\":1}".getBytes())).isInstanceOf(SerializationException.class);
    }

    private static RawArticle article() {
        return RawArticle.newBuilder().setUrl("https://news.example/a").setBody("Body text.").build();
    }

    private static Schema load(String resource) {
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
