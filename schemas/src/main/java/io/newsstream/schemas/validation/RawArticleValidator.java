package io.newsstream.schemas.validation;

import io.newsstream.schemas.UrlCanonicalizer;
import io.newsstream.schemas.avro.RawArticle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract's rules for a {@link RawArticle}; the same rules run at HTTP ingest, in the CLI and
 * in the stream, so a record is judged the same wherever it enters.
 */
public final class RawArticleValidator {
    public static final int MAX_TEXT_CHARS = 2_000_000;
    /** Title, author, section, source: a line, not a document. */
    public static final int MAX_LINE_CHARS = 10_000;
    public static final int MAX_URL_CHARS = 8_192;
    public static final int MAX_METADATA_ENTRIES = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private RawArticleValidator() {}

    public static List<FieldError> validate(RawArticle a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError(null, "record is empty"));
            return errors;
        }
        if (a.getUrl() == null || a.getUrl().isBlank()) {
            errors.add(new FieldError("url", "is required"));
        } else if (a.getUrl().length() > MAX_URL_CHARS) {
            errors.add(new FieldError("url", "longer than " + MAX_URL_CHARS + " characters"));
        } else {
            try {
                UrlCanonicalizer.canonicalize(a.getUrl());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("url", e.getMessage()));
            }
        }
        if (isBlank(a.getBody()) && isBlank(a.getHtml())) {
            errors.add(new FieldError("body", "one of body or html is required"));
        }
        tooLong(errors, "body", a.getBody(), MAX_TEXT_CHARS);
        tooLong(errors, "html", a.getHtml(), MAX_TEXT_CHARS);
        tooLong(errors, "title", a.getTitle(), MAX_LINE_CHARS);
        tooLong(errors, "author", a.getAuthor(), MAX_LINE_CHARS);
        tooLong(errors, "section", a.getSection(), MAX_LINE_CHARS);
        tooLong(errors, "source", a.getSource(), MAX_LINE_CHARS);
        if (a.getMetadata() != null && (a.getMetadata().size() > MAX_METADATA_ENTRIES || a.getMetadata().entrySet().stream()
                .anyMatch(e -> e.getKey().length() > 256 || (e.getValue() != null && e.getValue().length() > MAX_LINE_CHARS)))) {
            errors.add(new FieldError("metadata", "at most " + MAX_METADATA_ENTRIES + " entries, keys up to 256 and values up to "
                    + MAX_LINE_CHARS + " characters"));
        }
        if (a.getId() != null && (a.getId().isBlank() || a.getId().length() > 256)) {
            errors.add(new FieldError("id", "must be 1 to 256 characters when given"));
        }
        if (a.getLanguage() != null && !LANGUAGE.matcher(a.getLanguage()).matches()) {
            errors.add(new FieldError("language", "must be a BCP 47 / ISO 639 code such as 'en'"));
        }
        if (a.getPublishedAt() != null) {
            try {
                Timestamps.parse(a.getPublishedAt());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("publishedAt", "must be ISO-8601, e.g. 2024-05-01T10:00:00Z"));
            }
        }
        return errors;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "longer than " + max + " characters"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
