package io.newsstream.schemas.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * JSON codec for the contract's records: the JSON field names are the Avro field names, unknown
 * fields are rejected by name, and null fields are written out explicitly. Thread-safe.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(SpecificRecordBase.class, AvroRecordMixin.class)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // numbers in a tree keep their exact text (12.5e400 must not come back as "Infinity")
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static {
        MAPPER.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final ObjectReader RAW = MAPPER.readerFor(RawArticle.class);
    private static final ObjectReader ENRICHED = MAPPER.readerFor(EnrichedArticle.class);
    private static final ObjectReader DUPLICATE = MAPPER.readerFor(DuplicateEvent.class);
    private static final ObjectWriter WRITER = MAPPER.writer();

    private ArticleJson() {}

    @JsonIgnoreProperties({"schema", "specificData"})
    private abstract static class AvroRecordMixin {}

    public static RawArticle readRaw(String json) {
        return read(RAW, json);
    }

    /** As {@link #readRaw(String)} from UTF-8 bytes; bytes that are not valid UTF-8 are refused, never replaced. */
    public static RawArticle readRaw(byte[] utf8) {
        return readRaw(strictUtf8(utf8));
    }

    /** The text of UTF-8 bytes; a malformed sequence is a {@link JsonFormatException} naming its byte offset. */
    public static String strictUtf8(byte[] utf8) {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(utf8);
        try {
            return decoder.decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new JsonFormatException(null, "not valid UTF-8 (near byte " + in.position() + ")");
        }
    }

    /** As {@link #readRaw(String)}, from a JSON tree already parsed (one element of a JSON array body). */
    public static RawArticle readRaw(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new JsonFormatException(null, "JSON document is null");
        }
        return bind(() -> RAW.readValue(node));
    }

    public static EnrichedArticle readEnriched(String json) {
        return read(ENRICHED, json);
    }

    public static DuplicateEvent readDuplicate(String json) {
        return read(DUPLICATE, json);
    }

    public static String write(SpecificRecordBase record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getSchema().getName() + " as JSON", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static <T> T read(ObjectReader reader, String json) {
        if (json == null || json.isBlank()) {
            throw new JsonFormatException(null, "empty JSON document");
        }
        return bind(() -> reader.readValue(json));
    }

    private interface Binding<T> {
        T bind() throws java.io.IOException;
    }

    /** Binds, turning Jackson's errors into a {@link JsonFormatException} naming the field at fault. */
    private static <T> T bind(Binding<T> binding) {
        try {
            T value = binding.bind();
            if (value == null) {
                throw new JsonFormatException(null, "JSON document is null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new JsonFormatException(e.getPropertyName(), "unknown field '" + e.getPropertyName() + "'");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new JsonFormatException(null, "malformed JSON: unexpected end of input");
            }
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new JsonFormatException(field, field == null ? e.getOriginalMessage()
                    : "field '" + field + "' has the wrong type");
        } catch (JsonProcessingException e) {
            throw new JsonFormatException(null, "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new JsonFormatException(null, "unreadable JSON: " + e.getMessage());
        }
    }
}
