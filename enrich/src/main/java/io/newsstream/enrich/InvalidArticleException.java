package io.newsstream.enrich;

import io.newsstream.schemas.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A raw record that breaks the contract; the processing handler sends it to the dead-letter topic. */
public final class InvalidArticleException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String firstField() {
        return errors.isEmpty() || errors.get(0).field() == null ? "" : errors.get(0).field();
    }
}
