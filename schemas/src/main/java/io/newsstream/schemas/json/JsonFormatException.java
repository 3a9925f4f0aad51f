package io.newsstream.schemas.json;

/** A JSON document that is not a record of the contract; {@link #field()} names the field at fault, if one is. */
public final class JsonFormatException extends IllegalArgumentException {
    private final String field;

    public JsonFormatException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
