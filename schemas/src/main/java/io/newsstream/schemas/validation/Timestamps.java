package io.newsstream.schemas.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 timestamps of the contract: accepted with or without offset or time, written as UTC instants. */
public final class Timestamps {
    private Timestamps() {}

    /** @throws DateTimeParseException when the text is no ISO-8601 date or date-time */
    public static Instant parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** The UTC instant form of an ISO-8601 text, or null when the text is null or unparseable. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
