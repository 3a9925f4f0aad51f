package io.newsstream.schemas.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A topic's serde in the Confluent wire format: writes {@code 0x00}, the schema's id under {@code <topic>-value},
 * the Avro binary body; reads that (resolving the writer's schema, fetched by id, to this class's schema) and
 * hands any other encoding to {@code otherEncodings} (single-object Avro, JSON), so every stage accepts both.
 */
public final class ConfluentWireSerde<T extends SpecificRecord> implements Serde<T> {
    public static final byte MAGIC = 0;
    private final SchemaRegistryClient registry;
    private final Schema schema;
    private final Deserializer<T> otherEncodings;
    private final SpecificDatumWriter<T> writer;
    private final Map<Integer, SpecificDatumReader<T>> readers = new ConcurrentHashMap<>();
    private final Map<String, byte[]> headers = new ConcurrentHashMap<>();

    public ConfluentWireSerde(SchemaRegistryClient registry, Schema schema, Deserializer<T> otherEncodings) {
        this.registry = registry;
        this.schema = schema;
        this.otherEncodings = otherEncodings;
        this.writer = new SpecificDatumWriter<>(schema);
    }

    public static String subject(String topic) {
        return topic + "-value";
    }

    public byte[] encode(String topic, T record) {
        byte[] header = headers.computeIfAbsent(topic, t -> ByteBuffer.allocate(5).put(MAGIC)
                .putInt(registry.register(subject(t), schema)).array());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes(header);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public T decode(String topic, byte[] data) {
        if (data.length < 5 || data[0] != MAGIC) {
            return otherEncodings.deserialize(topic, data);
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        SpecificDatumReader<T> reader = readers.computeIfAbsent(id, k -> new SpecificDatumReader<>(registry.byId(k), schema));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode a wire-format record with schema id " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> data == null ? null : encode(topic, data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> data == null ? null : decode(topic, data);
    }
}
