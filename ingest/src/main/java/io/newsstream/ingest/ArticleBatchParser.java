package io.newsstream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.json.JsonFormatException;
import io.newsstream.schemas.validation.FieldError;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an HTTP request body into articles: {@code application/json} (one object or an array of
 * objects) or {@code application/x-ndjson} (one object per line, blank lines skipped). Every
 * record is parsed and validated, so the caller learns of all bad records at once.
 */
final class ArticleBatchParser {
    enum Format { JSON, NDJSON }

    /** The parsed articles, or the errors when any record is bad. */
    record Batch(List<RawArticle> articles, List<RecordError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }

        /** How many records were bad; a body that could not be split into records counts as one. */
        int badRecords() {
            long indexed = errors.stream().map(RecordError::index).filter(java.util.Objects::nonNull).distinct().count();
            return errors.isEmpty() ? 0 : (int) Math.max(1, indexed);
        }
    }

    /** More records than allowed in one request. */
    static final class TooManyRecordsException extends RuntimeException {
        TooManyRecordsException(int max) {
            super("a request may carry at most " + max + " articles");
        }
    }

    private final int maxBatch;

    ArticleBatchParser(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /** The body format of a Content-Type header, or null when it is not one this API reads. */
    static Format formatOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/json" -> Format.JSON;
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" ->
                    Format.NDJSON;
            default -> null;
        };
    }

    Batch parse(byte[] body, Format format) {
        return format == Format.JSON ? parseJson(body) : parseNdjson(body);
    }

    private Batch parseJson(byte[] body) {
        JsonNode root;
        try {
            root = ArticleJson.mapper().readTree(ArticleJson.strictUtf8(body));
        } catch (JsonFormatException e) {
            return bodyError(e.getMessage());
        } catch (JsonProcessingException e) {
            return bodyError("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return bodyError("unreadable body: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return bodyError("the body is empty");
        }
        List<Object> records = new ArrayList<>();
        if (root.isArray()) {
            checkCount(root.size());
            root.forEach(records::add);
        } else if (root.isObject()) {
            records.add(root);
        } else {
            return bodyError("the body must be a JSON object or an array of objects");
        }
        return parseRecords(records);
    }

    private Batch parseNdjson(byte[] body) {
        String text;
        try {
            text = ArticleJson.strictUtf8(body);
        } catch (JsonFormatException e) {
            return bodyError(e.getMessage());
        }
        List<Object> records = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                records.add(line);
                checkCount(records.size());
            }
        }
        return parseRecords(records);
    }

    /** Binds each record (a tree from a JSON body, or the text of an NDJSON line) once, and validates it. */
    private Batch parseRecords(List<Object> records) {
        if (records.isEmpty()) {
            return bodyError("the body holds no articles");
        }
        List<RawArticle> articles = new ArrayList<>(records.size());
        List<RecordError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                Object record = records.get(i);
                RawArticle article = record instanceof JsonNode node ? ArticleJson.readRaw(node) : ArticleJson.readRaw((String) record);
                List<FieldError> invalid = RawArticleValidator.validate(article);
                for (FieldError error : invalid) {
                    errors.add(RecordError.of(i, error));
                }
                articles.add(article);
            } catch (JsonFormatException e) {
                errors.add(new RecordError(i, e.field(), e.getMessage()));
            }
        }
        return errors.isEmpty() ? new Batch(articles, List.of()) : new Batch(List.of(), errors);
    }

    private void checkCount(int count) {
        if (count > maxBatch) {
            throw new TooManyRecordsException(maxBatch);
        }
    }

    private static Batch bodyError(String message) {
        return new Batch(List.of(), List.of(new RecordError(null, null, message)));
    }
}
