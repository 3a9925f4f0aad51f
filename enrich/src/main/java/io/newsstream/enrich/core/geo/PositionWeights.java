package io.newsstream.enrich.core.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a place name counts by where it stands: title {@value #TITLE} and first paragraph
 * {@value #LEAD} alike (the title is part of the lead, not worth more than it), the rest of the body {@value #BODY}, a wire dateline ("LONDON, May 3 (Reuters) -")
 * only {@value #DATELINE}. Immutable.
 */
final class PositionWeights {
    static final double TITLE = 1.5;
    static final double LEAD = 1.5;
    static final double BODY = 1.0;
    static final double DATELINE = 0.5;
    private static final Pattern DATELINE_PATTERN = Pattern.compile(
            "^(?<place>[^\\n]{2,60}?)\\s*(?<agency>\\([^)\\n]{1,30}\\))?\\s*(?:-{1,2}|–|—)\\s");
    private static final Pattern MONTH_DAY = Pattern.compile(
            ",\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b");

    private final int datelineEnd;
    private final int leadEnd;

    private PositionWeights(int datelineEnd, int leadEnd) {
        this.datelineEnd = datelineEnd;
        this.leadEnd = leadEnd;
    }

    /** The weights of a body: its dateline, then its first paragraph (up to the first blank line). */
    static PositionWeights of(String body) {
        int paragraphBreak = body.indexOf("\n\n");
        return new PositionWeights(datelineEnd(body), paragraphBreak < 0 ? body.length() : paragraphBreak);
    }

    /** The weight of a body place name starting at this offset. */
    double at(int start) {
        return start < datelineEnd ? DATELINE : start < leadEnd ? LEAD : BODY;
    }

    /** End of a wire dateline ("LONDON, May 3 (Reuters) - ") at the start of the body, else 0. */
    static int datelineEnd(String body) {
        Matcher m = DATELINE_PATTERN.matcher(body);
        if (!m.find()) {
            return 0;
        }
        String place = m.group("place");
        String firstWord = place.split("[ ,]")[0];
        boolean shouting = firstWord.length() >= 2 && firstWord.chars().noneMatch(Character::isLowerCase)
                && firstWord.chars().anyMatch(Character::isLetter);
        if (shouting || m.group("agency") != null || MONTH_DAY.matcher(place).find()) {
            return m.end();
        }
        return 0;
    }
}
