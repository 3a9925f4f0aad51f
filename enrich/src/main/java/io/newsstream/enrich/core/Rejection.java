package io.newsstream.enrich.core;

import io.newsstream.schemas.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** An input line of a batch that was not enriched: its 1-based line number and what is wrong with it. */
public record Rejection(long lineNumber, List<FieldError> errors) {
    public Rejection {
        errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
