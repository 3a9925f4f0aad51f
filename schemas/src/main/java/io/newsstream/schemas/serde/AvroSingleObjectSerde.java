package io.newsstream.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for Avro single-object encoding ({@code C3 01}, the 8-byte schema fingerprint, the
 * binary body). The decoder resolves any writer schema held by its {@link SchemaStore}, so records
 * written with a released older schema decode into the current class. Encoding writes into a
 * per-thread buffer and copies once into the returned array; buffers grown past
 * {@value #RETAINED_BUFFER_BYTES} bytes by a huge record are dropped, not kept.
 */
public final class AvroSingleObjectSerde<T extends SpecificRecord> implements Serde<T> {
    static final int RETAINED_BUFFER_BYTES = 256 * 1024;
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(16 * 1024));
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSingleObjectSerde(Schema schema, SchemaStore store) {
        SpecificData model = SpecificData.get();
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, store);
    }

    public static <T extends SpecificRecord> AvroSingleObjectSerde<T> forSchema(Schema current) {
        return new AvroSingleObjectSerde<>(current, SchemaHistory.storeFor(current));
    }

    public byte[] encode(T record) {
        ByteArrayOutputStream buffer = BUFFER.get();
        buffer.reset();
        try {
            encoder.encode(record, buffer);
            return buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + record.getSchema().getName() + ": " + e.getMessage(), e);
        } finally {
            if (buffer.size() > RETAINED_BUFFER_BYTES) {
                BUFFER.remove();
            }
        }
    }

    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode Avro single-object record: " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> data == null ? null : encode(data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> data == null ? null : decode(data);
    }
}
