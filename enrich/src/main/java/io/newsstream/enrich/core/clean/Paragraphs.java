package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A body cut into paragraphs, the unit {@link TextCleaner} judges. */
final class Paragraphs {
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

    private Paragraphs() {}

    /**
     * The body's paragraphs: non-blank lines, trimmed, spaces collapsed; a line is joined to the
     * previous one of its block when that one ends mid-sentence and it starts in lower case.
     */
    static List<String> of(String body) {
        String[] lines = Texts.normalizeWhitespace(body).split("\n");
        List<String> out = new ArrayList<>();
        boolean blockOpen = false;
        for (String raw : lines) {
            String line = raw.indexOf("  ") < 0 ? raw.trim() : SPACE_RUN.matcher(raw).replaceAll(" ").trim();
            if (line.isEmpty()) {
                blockOpen = false;
                continue;
            }
            if (blockOpen && !out.isEmpty() && continuesPrevious(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
            } else {
                out.add(line);
            }
            blockOpen = true;
        }
        return out;
    }

    private static boolean continuesPrevious(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        char first = line.charAt(0);
        boolean previousOpen = Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == ';';
        return previousOpen && (Character.isLowerCase(first) || Character.isDigit(first));
    }
}
