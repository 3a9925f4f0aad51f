package io.newsstream.schemas.validation;

/** One reason an input record breaks the contract, naming the field at fault. */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field == null ? message : field + ": " + message;
    }
}
