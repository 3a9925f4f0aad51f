package io.newsstream.schemas.serde;

import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.json.JsonFormatException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of {@code articles.raw}: writes Avro single-object records; reads, detected per record, Avro
 * single-object records (they begin {@code C3 01}) and RawArticle JSON (a UTF-8 object, the same JSON the HTTP
 * API takes), so a scraper in any language can publish with a plain Kafka producer. Anything else is a
 * {@link SerializationException} naming what the bytes looked like.
 */
public final class RawArticleSerde implements Serde<RawArticle> {
    private final AvroSingleObjectSerde<RawArticle> avro = AvroSingleObjectSerde.forSchema(RawArticle.getClassSchema());

    /** What a raw record's bytes are, judged from their first bytes. */
    public enum Encoding { AVRO_SINGLE_OBJECT, JSON, CONFLUENT_WIRE, UNKNOWN }

    public static Encoding encodingOf(byte[] data) {
        if (data.length >= 2 && (data[0] & 0xff) == 0xC3 && data[1] == 0x01) {
            return Encoding.AVRO_SINGLE_OBJECT;
        }
        for (byte b : data) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            if (b == '{') {
                return Encoding.JSON;
            }
            break;
        }
        return data.length >= 5 && data[0] == 0 ? Encoding.CONFLUENT_WIRE : Encoding.UNKNOWN;
    }

    public RawArticle decode(byte[] data) {
        return switch (encodingOf(data)) {
            case AVRO_SINGLE_OBJECT -> avro.decode(data);
            case JSON -> fromJson(data);
            case CONFLUENT_WIRE -> throw new SerializationException(
                    "a Confluent wire-format record (magic byte 0): write RawArticle as JSON or Avro single-object");
            case UNKNOWN -> throw new SerializationException(
                    "neither RawArticle JSON (an object) nor Avro single-object encoding (C3 01): " + head(data));
        };
    }

    private static RawArticle fromJson(byte[] data) {
        try {
            return ArticleJson.readRaw(data);
        } catch (JsonFormatException e) {
            throw new SerializationException("RawArticle JSON: " + (e.field() == null ? "" : e.field() + ": ") + e.getMessage(), e);
        }
    }

    private static String head(byte[] data) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(4, data.length); i++) {
            out.append(String.format("%02X ", data[i] & 0xff));
        }
        return data.length == 0 ? "empty value" : "begins " + out.toString().trim();
    }

    @Override
    public Serializer<RawArticle> serializer() {
        return avro.serializer();
    }

    @Override
    public Deserializer<RawArticle> deserializer() {
        return (topic, data) -> data == null ? null : decode(data);
    }
}
