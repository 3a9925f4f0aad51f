package io.newsstream.ingest;

import io.newsstream.schemas.validation.FieldError;

/**
 * Why one record of a request was refused: its position in the request (null when the whole body is
 * at fault), the field at fault (null when none is) and a readable reason. The HTTP API's
 * {@code {"errors":[...]}} items have exactly these names.
 */
public record RecordError(Integer index, String field, String message) {
    public static RecordError of(Integer index, FieldError error) {
        return new RecordError(index, error.field(), error.message());
    }

    @Override
    public String toString() {
        String where = index == null ? "" : "[" + index + "] ";
        return where + (field == null ? message : field + ": " + message);
    }
}
