package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes portal boilerplate out of the plain text of an article. The rules describe KINDS of junk
 * ({@link BoilerplatePatterns}: disclaimers, share/advert/copyright/read-more/cookie lines, tag
 * lists, source, photo and publication lines; {@link SectionLabels}: section labels, breadcrumbs,
 * "Section | Site" headers; {@link Bylines} and "Article Author:" blocks; the headline repeated in
 * the body; wire credit lines at the end), never particular documents, and are deterministic.
 * What is metadata moves to fields (section, author, credits, tags, publication date). A line is
 * only removed when its shape says it is junk, and a body of nothing but junk is kept whole. The
 * output is NFC with normalised whitespace and paragraphs separated by one blank line; hard-wrapped
 * lines of one paragraph are joined. Stateless and thread-safe.
 */
public final class TextCleaner {
    private static final int HEAD_LINES = 8;
    private static final int TAIL_LINES = 4;
    private static final int CREDIT_TAIL_LINES = 3;

    private static final Pattern AUTHOR_MARKER = Pattern.compile(
            "(?i)^(?:article\\s+)?(?:author|authors|writer|written by|posted by|byline)\\s*:\\s*(.*)$");
    private static final Pattern NAME_LINE = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .,&'’()/-]{0,59}");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\(?\\s*(additional reporting|reported|reporting|writing|written|editing|edited|compiled|"
                    + "produced|translated|contributed|research)\\b[^()]{0,250}?\\bby\\b[^()]{0,250}\\)?\\.?$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)\\s*\\((additional reporting|reported|reporting|writing|written|editing|edited|compiled)\\b"
                    + "[^()]{0,250}?\\bby\\b[^()]{0,250}\\)\\.?$");
    private static final Pattern SITE_SUFFIX = Pattern.compile(".*\\s[|–—-]\\s[^|–—-]{1,60}$");

    /** Cleans a body whose title, section and author are known (any may be null). */
    public CleanedText clean(String body, String title, String knownSection, String knownAuthor) {
        List<String> units = Paragraphs.of(body);
        String titleKey = Texts.comparisonForm(title);
        int n = units.size();
        BoilerplateKind[] kinds = new BoilerplateKind[n];
        Set<String> authors = new LinkedHashSet<>();
        String section = null;

        for (int i = 0; i < n; i++) {
            if (kinds[i] != null) {
                continue;
            }
            String u = units.get(i);
            BoilerplateKind kind = classify(u, titleKey);
            if (kind == null && i < HEAD_LINES) {
                kind = authorLine(units, i, kinds, authors, knownAuthor);
            }
            if (kind == null && (i < HEAD_LINES || i >= n - TAIL_LINES)) {
                String named = SectionLabels.breadcrumbSection(u, titleKey);
                named = named != null ? named : SectionLabels.headerSection(u, i == 0);
                if (named != null) {
                    kind = BoilerplateKind.SECTION_LABEL;
                    section = section == null ? named : section;
                }
            }
            if (kind == null && i == 0 && n > 1 && isFirstLineLabel(u, titleKey, knownSection, units.get(1))) {
                kind = BoilerplateKind.SECTION_LABEL;
                section = section == null ? u : section;
            }
            kinds[i] = kind;
        }
        section = markLabelsBesideJunk(units, kinds, titleKey, section);
        List<String> credits = new ArrayList<>();
        markTrailingCredits(units, kinds, credits);
        if (titleKey.isEmpty()) {
            Headlines.mark(units, kinds);
        }
        return assemble(units, kinds, section, authors, credits);
    }

    /** Cleans a body of which only the title is known. */
    public CleanedText clean(String body, String title) {
        return clean(body, title, null, null);
    }

    private static CleanedText assemble(List<String> units, BoilerplateKind[] kinds, String section,
                                        Set<String> authors, List<String> credits) {
        List<RemovedLine> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String published = null;
        String headline = null;
        int lastKept = -1;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (kinds[i] == null) {
                kept.add(u);
                lastKept = i;
                continue;
            }
            removed.add(new RemovedLine(i, kinds[i], u));
            switch (kinds[i]) {
                case TAGS -> tags.add(BoilerplatePatterns.tags(u));
                case HEADLINE -> headline = u;
                case SOURCE_LINE -> addOnce(credits, BoilerplatePatterns.source(u));
                case PUBLICATION_INFO -> {
                    published = published != null ? published : PublicationLines.isoDate(u);
                    for (String segment : u.split("\\s*[|·•]\\s*")) {
                        addOnce(credits, BoilerplatePatterns.source(segment.trim()));
                    }
                }
                default -> { }
            }
        }
        if (kept.isEmpty()) {
            return new CleanedText(String.join("\n\n", units), null, null, null, null, null, List.of(), null);
        }
        String last = kept.get(kept.size() - 1);
        Matcher m = TRAILING_CREDIT.matcher(last);
        if (m.find() && m.start() > 0) {
            String credit = last.substring(m.start()).trim();
            credits.add(stripParens(credit));
            removed.add(new RemovedLine(lastKept, BoilerplateKind.CREDITS, credit));
            kept.set(kept.size() - 1, last.substring(0, m.start()).trim());
        }
        removed.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new CleanedText(String.join("\n\n", kept), section,
                authors.isEmpty() ? null : String.join(", ", authors),
                credits.isEmpty() ? null : String.join("; ", credits),
                tags.isEmpty() ? null : String.join(", ", tags), published, removed, headline);
    }

    private static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    private static BoilerplateKind classify(String u, String titleKey) {
        if (!titleKey.isEmpty() && isRepeatedHeadline(u, titleKey)) {
            return BoilerplateKind.REPEATED_HEADLINE;
        }
        return BoilerplatePatterns.classify(u);
    }

    private static boolean isRepeatedHeadline(String u, String titleKey) {
        if (u.length() < titleKey.length() / 2 || u.length() > titleKey.length() * 2 + 80
                || !startsAlike(u, titleKey)) {
            return false;
        }
        String key = Texts.comparisonForm(u);
        if (key.equals(titleKey)) {
            return !SectionLabels.endsLikeSentence(u);
        }
        if (key.startsWith(titleKey + " ") && SITE_SUFFIX.matcher(u).matches()) {
            return key.substring(titleKey.length()).trim().split(" ").length <= 5;
        }
        return false;
    }

    /** Whether the first letter or digit of the line is the first character of the title key (cheap pre-check). */
    private static boolean startsAlike(String u, String titleKey) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c >= 0x80 || Character.toLowerCase(c) == titleKey.charAt(0);
            }
        }
        return false;
    }

    private static boolean isFirstLineLabel(String u, String titleKey, String knownSection, String next) {
        if (!SectionLabels.isLabelShaped(u)) {
            return false;
        }
        String key = Texts.comparisonForm(u);
        if (key.equals(titleKey)) {
            return false;
        }
        boolean confirmed = (knownSection != null && key.equals(Texts.comparisonForm(knownSection)))
                || SectionLabels.isCommonSection(u)
                || classify(next, titleKey) != null
                || AUTHOR_MARKER.matcher(next).matches();
        return confirmed || !SectionLabels.isShouting(u);
    }

    /**
     * Label-shaped lines in the head or tail next to a line already found to be junk, or naming a
     * common section there, are section labels too (e.g. "MARKETS" above a market-data disclaimer).
     */
    private static String markLabelsBesideJunk(List<String> units, BoilerplateKind[] kinds, String titleKey,
                                               String section) {
        int n = units.size();
        boolean changed = true;
        for (int round = 0; round < 3 && changed; round++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (kinds[i] != null || !(i < HEAD_LINES || i >= n - TAIL_LINES)) {
                    continue;
                }
                String u = units.get(i);
                if (!SectionLabels.isLabelShaped(u) || Texts.comparisonForm(u).equals(titleKey)) {
                    continue;
                }
                boolean besideJunk = i > 0 && kinds[i - 1] != null || i + 1 < n && kinds[i + 1] != null;
                boolean atEdge = i == 0 || i == n - 1 || besideJunk;
                if (atEdge && (besideJunk || SectionLabels.isCommonSection(u)) && n > 1) {
                    kinds[i] = BoilerplateKind.SECTION_LABEL;
                    section = section == null ? u : section;
                    changed = true;
                }
            }
        }
        return section;
    }

    private static BoilerplateKind authorLine(List<String> units, int i, BoilerplateKind[] kinds,
                                              Set<String> authors, String knownAuthor) {
        String u = units.get(i);
        Matcher marker = AUTHOR_MARKER.matcher(u);
        if (marker.matches()) {
            String inline = marker.group(1).trim();
            if (!inline.isEmpty()) {
                authors.add(inline);
            }
            for (int j = i + 1; j < units.size() && j <= i + 4 && isNameLine(units.get(j)); j++) {
                String name = units.get(j);
                if (!inline.isEmpty() && authors.stream().noneMatch(a -> sameName(name, a))) {
                    break;
                }
                if (authors.stream().noneMatch(a -> sameName(name, a))) {
                    authors.add(name);
                }
                kinds[j] = BoilerplateKind.AUTHOR_LINE;
            }
            return BoilerplateKind.AUTHOR_LINE;
        }
        String byline = Bylines.author(u);
        if (byline != null) {
            authors.add(byline);
            return BoilerplateKind.AUTHOR_LINE;
        }
        if (isNameLine(u) && (knownAuthor != null && sameName(u, knownAuthor)
                || authors.stream().anyMatch(a -> sameName(u, a)))) {
            return BoilerplateKind.AUTHOR_LINE;
        }
        return null;
    }

    private static boolean isNameLine(String u) {
        return u.length() <= 60 && NAME_LINE.matcher(u).matches() && u.split(" ").length <= 6 && !SectionLabels.endsLikeSentence(u);
    }

    private static boolean sameName(String a, String b) {
        return Texts.comparisonForm(a).equals(Texts.comparisonForm(b));
    }

    /** Credit lines among the last {@value #CREDIT_TAIL_LINES} lines that are not already boilerplate. */
    private static void markTrailingCredits(List<String> units, BoilerplateKind[] kinds, List<String> credits) {
        int seen = 0;
        for (int i = units.size() - 1; i >= 0 && seen < CREDIT_TAIL_LINES; i--) {
            if (kinds[i] != null) {
                continue;
            }
            seen++;
            String u = units.get(i);
            if (u.length() <= BoilerplatePatterns.MAX_CHARS && CREDIT_LINE.matcher(u).matches()) {
                kinds[i] = BoilerplateKind.CREDITS;
                credits.add(0, stripParens(u));
            }
        }
    }

    private static String stripParens(String credit) {
        String c = credit.trim();
        if (c.endsWith(".")) {
            c = c.substring(0, c.length() - 1);
        }
        if (c.startsWith("(") && c.endsWith(")")) {
            c = c.substring(1, c.length() - 1);
        }
        return c.trim();
    }
}
