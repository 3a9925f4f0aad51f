package io.newsstream.enrich.core.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that only carry publication data, as CMS templates print them above or below a story:
 * "Published 2024-03-05 | Source: X", "Updated: March 5, 2024 10:32 am ET", "By Jane Roe · 4 min read",
 * a bare date. Every segment (split on {@code | · •} or a spaced dash) must be such a datum, so a
 * sentence that merely mentions a date is never one.
 */
final class PublicationLines {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:z|[+-]\\d{2}:?\\d{2})?)?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?";
    private static final String DATE = "(?:" + WEEKDAY + "(?:" + ISO + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})" + TIME
            + "|\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago)";
    private static final Pattern DATED = Pattern.compile("(?i)(?:(?:first |originally |last )?(?:published|updated|"
            + "posted|modified|created|released|date|dated|issued)(?:\\s+(?:on|at))?\\s*:?\\s*)?(" + DATE + ")");
    private static final Pattern READING = Pattern.compile(
            "(?i)(?:\\d+\\s*(?:-|\\s)?\\s*(?:minutes?|mins?)\\s+read|reading time\\s*:?\\s*\\d+\\s*(?:minutes?|mins?)"
                    + "|\\d+\\s+comments?|\\d+\\s+views?)");
    private static final Pattern BY = Pattern.compile("(?i)by\\s+\\p{L}[\\p{L} .'’-]{1,50}");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[|·•]\\s*|\\s+[-–—]\\s+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("MMMM d, uuuu"), formatter("MMMM d uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"));

    private PublicationLines() {}

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    static boolean isPublicationInfo(String u) {
        if (u.length() > 160 || !hasDigit(u)) {
            return false;
        }
        boolean dated = false;
        for (String segment : SEGMENTS.split(u.trim())) {
            String s = segment.trim();
            if (s.isEmpty()) {
                continue;
            }
            if (DATED.matcher(s).matches()) {
                dated = true;
            } else if (!READING.matcher(s).matches() && BoilerplatePatterns.source(s) == null
                    && !BY.matcher(s).matches()) {
                return false;
            }
        }
        return dated || READING.matcher(u.trim()).lookingAt();
    }

    /** The ISO date (yyyy-mm-dd) of the first date in a publication line, or null when unparseable. */
    static String isoDate(String u) {
        for (String segment : SEGMENTS.split(u.trim())) {
            Matcher m = DATED.matcher(segment.trim());
            if (!m.matches()) {
                continue;
            }
            String date = m.group(1);
            Matcher iso = ISO_DATE.matcher(date);
            if (iso.lookingAt()) {
                return iso.group();
            }
            String plain = date.replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replace(".", "").replaceAll(",?\\s*(at\\s+)?\\d{1,2}:\\d{2}.*$", "").trim();
            for (DateTimeFormatter f : FORMATS) {
                try {
                    return LocalDate.parse(plain, f).toString();
                } catch (DateTimeParseException e) {
                    // next format
                }
            }
        }
        return null;
    }

    private static boolean hasDigit(String u) {
        for (int i = 0; i < u.length(); i++) {
            if (Character.isDigit(u.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
