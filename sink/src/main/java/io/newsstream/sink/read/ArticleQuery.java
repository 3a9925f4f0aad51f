package io.newsstream.sink.read;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /v1/articles}, checked: {@code topic} (an IPTC QCode such as medtop:11000000),
 * {@code country} (ISO 3166-1 alpha-2, in focus or among the regions), {@code region} (an ISO 3166-2 code or a
 * GeoNames id among the regions), {@code q} (full-text, up to 200 characters), {@code since} (ISO-8601 instant),
 * {@code limit} (1–100, default 20) and {@code cursor} (from the previous page).
 */
public record ArticleQuery(String topic, String country, String region, String q, Instant since, int limit, Cursor cursor) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    private static final Pattern TOPIC = Pattern.compile("medtop:\\d{8}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}|\\d{1,10}");

    /** Where the previous page ended: its last row's sort time and id. */
    public record Cursor(Instant sortAt, String id) {
        public String encode() {
            String raw = sortAt.toString() + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        }
    }

    /** A parameter that is not acceptable, and why. */
    public record Problem(String parameter, String message) {}

    /** Parses the query parameters; the problems list is empty when the query is acceptable. */
    public static Map.Entry<ArticleQuery, List<Problem>> parse(Function<String, String> param) {
        List<Problem> problems = new ArrayList<>();
        String topic = matching(param.apply("topic"), TOPIC, "topic", "an IPTC QCode such as medtop:11000000", problems);
        String country = matching(param.apply("country"), COUNTRY, "country", "an ISO 3166-1 alpha-2 code such as UA", problems);
        String region = matching(param.apply("region"), REGION, "region", "an ISO 3166-2 code such as UA-65 or a GeoNames id", problems);
        String q = param.apply("q");
        if (q != null && (q.isBlank() || q.length() > 200)) {
            problems.add(new Problem("q", "must be 1 to 200 characters"));
        }
        Instant since = null;
        if (param.apply("since") != null) {
            try {
                since = Instant.parse(param.apply("since"));
            } catch (DateTimeParseException e) {
                problems.add(new Problem("since", "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z"));
            }
        }
        int limit = DEFAULT_LIMIT;
        if (param.apply("limit") != null) {
            try {
                limit = Integer.parseInt(param.apply("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                problems.add(new Problem("limit", "must be 1 to " + MAX_LIMIT));
            }
        }
        Cursor cursor = null;
        if (param.apply("cursor") != null) {
            try {
                cursor = Cursor.decode(param.apply("cursor"));
            } catch (RuntimeException e) {
                problems.add(new Problem("cursor", "is not a cursor this API gave out"));
            }
        }
        return Map.entry(new ArticleQuery(topic, country, region, q, since, limit, cursor), problems);
    }

    private static String matching(String value, Pattern pattern, String name, String what, List<Problem> problems) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(new Problem(name, "must be " + what));
        }
        return value;
    }
}
