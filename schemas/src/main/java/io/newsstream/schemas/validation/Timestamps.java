package io.newsstream.schemas.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 timestamps of the contract: accepted with or without offset or time, written as UTC instants. */
public final class Timestamps {
    private Timestamps() {}

    /**
     * Whether the text is already what {@link #normalize} makes of it: "yyyy-MM-ddTHH:mm:ssZ" with
     * a valid date, hours 00–23, minutes and seconds 00–59 (checked without a formatter).
     */
    static boolean isUtcInstantForm(String t) {
        if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
            return false;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** The decimal number of {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

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
        if (isUtcInstantForm(text)) {
            return text;
        }
        try {
            return parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
