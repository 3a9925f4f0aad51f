package io.newsstream.enrich.core.clean;

import java.util.List;

/**
 * The headline of a page given as plain text without a title: its first paragraph left after the boilerplate
 * is taken out, when that is one short line (3 to 25 words, at most 200 characters) that does not end like a
 * sentence or a lead-in ({@code . , ; :}), starts with a capital, a digit or a quote, and at least two paragraphs
 * of body follow it. Stateless.
 */
final class Headlines {
    static final int MAX_CHARS = 200;
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 25;

    private Headlines() {}

    /** Marks the first kept paragraph {@link BoilerplateKind#HEADLINE} when it looks like one. */
    static void mark(List<String> units, BoilerplateKind[] kinds) {
        int first = -1;
        int after = 0;
        for (int i = 0; i < units.size(); i++) {
            if (kinds[i] == null) {
                if (first < 0) {
                    first = i;
                } else {
                    after++;
                }
            }
        }
        if (first >= 0 && after >= 2 && looksLikeHeadline(units.get(first))) {
            kinds[first] = BoilerplateKind.HEADLINE;
        }
    }

    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_CHARS || line.indexOf('\n') >= 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = line.charAt(0);
        if (".,;:".indexOf(last) >= 0 || !(Character.isUpperCase(first) || Character.isDigit(first)
                || "\"'\u201c\u2018".indexOf(first) >= 0)) {
            return false;
        }
        int words = line.trim().split("\\s+").length;
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }
}
