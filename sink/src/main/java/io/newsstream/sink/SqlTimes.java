package io.newsstream.sink;

import io.newsstream.schemas.validation.Timestamps;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 text of the contract to {@code timestamptz} values. */
final class SqlTimes {
    private SqlTimes() {}

    /** The UTC date-time of an ISO-8601 text; null when the text is null, blank or unparseable. */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
