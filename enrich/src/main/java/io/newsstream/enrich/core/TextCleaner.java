package io.newsstream.enrich.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes portal boilerplate out of the plain text of an article. The rules describe KINDS of junk
 * (a section label on the first line, platform disclaimers, "Article Author:" blocks, the headline
 * repeated in the body, wire credit lines, share/advert/copyright/"Read more" lines), never
 * particular documents, and are deterministic. The output is NFC with normalised whitespace and
 * paragraphs separated by one blank line; hard-wrapped lines of one paragraph are joined.
 * Stateless and thread-safe.
 */
public final class TextCleaner {
    private static final int MAX_BOILERPLATE_CHARS = 300;
    private static final int HEAD_LINES = 8;
    private static final int TAIL_LINES = 3;

    private static final Pattern LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}'’.&/-]*(?: (?:&|and|of|the|\\p{Lu}[\\p{L}\\p{N}'’.&/-]*)){0,2}");
    private static final List<Pattern> DISCLAIMERS = List.of(
            Pattern.compile("(?i)\\b(article|story|post|content|item|news|text)\\s+(was|has been|is)\\s+"
                    + "(added|submitted|posted|uploaded|contributed|shared)\\s+by\\s+(a|the|one of (our|the))?\\s*"
                    + "(user|reader|member|contributor)"),
            Pattern.compile("(?i)\\b(is|are) not responsible for (the )?(content|contents|accuracy|views|opinions)\\b"),
            Pattern.compile("(?i)\\b(does|do) not (necessarily )?(reflect|represent) the (views|opinions|position)\\b"),
            Pattern.compile("(?i)^(this|the) (article|story|content|text) (is|was|has been) (auto(matically)?[- ]?"
                    + "generated|aggregated|syndicated|republished|reproduced|imported)\\b"),
            Pattern.compile("(?i)^(disclaimer|note to readers)\\s*:"));
    private static final Pattern AUTHOR_MARKER = Pattern.compile(
            "(?i)^(?:article\\s+)?(?:author|authors|writer|written by|posted by|byline)\\s*:\\s*(.*)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^By:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}(?:,\\s*\\p{Lu}[\\p{L} ]{1,40})?)$");
    private static final Pattern NAME_LINE = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .,&'’()/-]{0,59}");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\(?\\s*(additional reporting|reported|reporting|writing|written|editing|edited|compiled|"
                    + "produced|translated|contributed|research)\\b[^()]{0,250}?\\bby\\b[^()]{0,250}\\)?\\.?$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)\\s*\\((additional reporting|reported|reporting|writing|written|editing|edited|compiled)\\b"
                    + "[^()]{0,250}?\\bby\\b[^()]{0,250}\\)\\.?$");
    private static final Pattern ADVERT = Pattern.compile(
            "(?i)^[\\[(]?\\s*(advertisement|advertising|advert|ad|sponsored( content| post| links?)?|"
                    + "paid (content|post|partnership)|promoted( content)?|scroll (down )?to continue"
                    + "( (reading|with content))?|(story|article) continues below( (the )?advertisement)?|"
                    + "continue reading( (below|the main story))?)\\s*[\\])]?\\W*$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(©|\\(c\\)\\s|copyright\\b)|\\ball rights reserved\\b");
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^(read more|read also|also read|read next|see also|more on this story|you (may|might) also "
                    + "(like|be interested in)|click here|subscribe (to|now|for)|sign up (for|to|now)|"
                    + "download (our|the) app|follow us\\b|get the latest)");
    private static final Pattern READ_MORE_LABEL = Pattern.compile(
            "(?i)^(related( (articles?|stories|news|coverage|content|links?|topics))?|recommended"
                    + "( (for you|reading|stories))?|most (read|popular|viewed)|more (from|stories|news)"
                    + "( [\\p{L} ]{1,30})?|latest news|top stories|trending( now)?)(\\s*[:»>|–—-].*)?$");
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "this", "article", "story", "page",
            "post", "on", "via", "with", "facebook", "twitter", "x", "email", "e", "mail", "print", "whatsapp",
            "linkedin", "pinterest", "reddit", "telegram", "messenger", "copy", "link", "url", "tweet", "follow",
            "us", "save", "comment", "comments", "bookmark", "the", "friends", "friend", "send", "flipboard", "or");
    private static final Set<String> SHARE_STRONG = Set.of("share", "tweet", "facebook", "twitter", "whatsapp",
            "linkedin", "pinterest", "reddit", "telegram", "email", "mail", "print", "bookmark", "flipboard");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern SITE_SUFFIX = Pattern.compile(".*\\s[|–—-]\\s[^|–—-]{1,60}$");

    /** Cleans a body whose title, section and author are known (any may be null). */
    public CleanedText clean(String body, String title, String knownSection, String knownAuthor) {
        List<String> units = paragraphs(body);
        String titleKey = Texts.comparisonForm(title);
        int n = units.size();
        BoilerplateKind[] kinds = new BoilerplateKind[n];
        String section = null;
        Set<String> authors = new LinkedHashSet<>();
        List<String> credits = new ArrayList<>();

        for (int i = 0; i < n; i++) {
            if (kinds[i] != null) {
                continue;
            }
            String u = units.get(i);
            BoilerplateKind kind = classify(u, titleKey);
            if (kind == null && i < HEAD_LINES) {
                kind = authorLine(units, i, kinds, authors, knownAuthor);
            }
            if (kind == null && i == 0 && n > 1
                    && isSectionLabel(u, titleKey, knownSection, units.get(1))) {
                kind = BoilerplateKind.SECTION_LABEL;
                section = u;
            }
            kinds[i] = kind;
        }
        markTrailingCredits(units, kinds, credits);

        List<RemovedLine> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (kinds[i] != null) {
                removed.add(new RemovedLine(i, kinds[i], units.get(i)));
            } else {
                kept.add(units.get(i));
                lastKept = i;
            }
        }
        if (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            Matcher m = TRAILING_CREDIT.matcher(last);
            if (m.find() && m.start() > 0) {
                String credit = last.substring(m.start()).trim();
                credits.add(stripParens(credit));
                removed.add(new RemovedLine(lastKept, BoilerplateKind.CREDITS, credit));
                kept.set(kept.size() - 1, last.substring(0, m.start()).trim());
            }
        }
        if (kept.isEmpty()) {
            return new CleanedText(String.join("\n\n", units), null, null, null, List.of());
        }
        removed.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new CleanedText(String.join("\n\n", kept), section,
                authors.isEmpty() ? null : String.join(", ", authors),
                credits.isEmpty() ? null : String.join(" ", credits), removed);
    }

    /** Cleans a body of which only the title is known. */
    public CleanedText clean(String body, String title) {
        return clean(body, title, null, null);
    }

    /**
     * The body's paragraphs: non-blank lines, trimmed, spaces collapsed; a line is joined to the
     * previous one of its block when that one ends mid-sentence and it starts in lower case.
     */
    static List<String> paragraphs(String body) {
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

    private static BoilerplateKind classify(String u, String titleKey) {
        if (!titleKey.isEmpty() && isRepeatedHeadline(u, titleKey)) {
            return BoilerplateKind.REPEATED_HEADLINE;
        }
        if (u.length() > MAX_BOILERPLATE_CHARS) {
            return null;
        }
        for (Pattern p : DISCLAIMERS) {
            if (p.matcher(u).find()) {
                return BoilerplateKind.DISCLAIMER;
            }
        }
        if (isShareLine(u)) {
            return BoilerplateKind.SHARE;
        }
        if (ADVERT.matcher(u).matches()) {
            return BoilerplateKind.ADVERT;
        }
        if (u.length() <= 250 && COPYRIGHT.matcher(u).find()) {
            return BoilerplateKind.COPYRIGHT;
        }
        if (u.length() <= 200 && (READ_MORE.matcher(u).find() || READ_MORE_LABEL.matcher(u).matches())) {
            return BoilerplateKind.READ_MORE;
        }
        return null;
    }

    private static boolean isRepeatedHeadline(String u, String titleKey) {
        if (u.length() < titleKey.length() / 2 || u.length() > titleKey.length() * 2 + 80) {
            return false;
        }
        String key = Texts.comparisonForm(u);
        if (key.equals(titleKey)) {
            return true;
        }
        if (key.startsWith(titleKey + " ") && SITE_SUFFIX.matcher(u).matches()) {
            return key.substring(titleKey.length()).trim().split(" ").length <= 5;
        }
        return false;
    }

    private static boolean isSectionLabel(String u, String titleKey, String knownSection, String next) {
        if (u.length() > 40 || !LABEL.matcher(u).matches() || endsLikeSentence(u)) {
            return false;
        }
        String key = Texts.comparisonForm(u);
        if (key.equals(titleKey)) {
            return false;
        }
        boolean confirmed = (knownSection != null && key.equals(Texts.comparisonForm(knownSection)))
                || classify(next, titleKey) != null
                || AUTHOR_MARKER.matcher(next).matches();
        boolean shouting = u.equals(u.toUpperCase(Locale.ROOT));
        return confirmed || !shouting;
    }

    private static boolean endsLikeSentence(String u) {
        char last = u.charAt(u.length() - 1);
        if (last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
            return true;
        }
        if (last == '.') {
            String[] words = u.split(" ");
            return words[words.length - 1].replace(".", "").length() > 3;
        }
        return false;
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
        Matcher byline = BYLINE.matcher(u);
        if (byline.matches()) {
            authors.add(byline.group(1));
            return BoilerplateKind.AUTHOR_LINE;
        }
        if (isNameLine(u) && (knownAuthor != null && sameName(u, knownAuthor)
                || authors.stream().anyMatch(a -> sameName(u, a)))) {
            return BoilerplateKind.AUTHOR_LINE;
        }
        return null;
    }

    private static boolean isNameLine(String u) {
        return NAME_LINE.matcher(u).matches() && u.split(" ").length <= 6 && !endsLikeSentence(u);
    }

    private static boolean sameName(String a, String b) {
        return Texts.comparisonForm(a).equals(Texts.comparisonForm(b));
    }

    private static boolean isShareLine(String u) {
        if (u.length() > 120) {
            return false;
        }
        String[] words = NON_LETTERS.split(u.toLowerCase(Locale.ROOT).trim());
        int count = 0;
        boolean strong = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(w)) {
                return false;
            }
            strong |= SHARE_STRONG.contains(w);
            count++;
        }
        return strong && count <= 12;
    }

    /** Credit lines among the last {@value #TAIL_LINES} lines that are not already boilerplate. */
    private static void markTrailingCredits(List<String> units, BoilerplateKind[] kinds, List<String> credits) {
        int seen = 0;
        for (int i = units.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
            if (kinds[i] != null) {
                continue;
            }
            seen++;
            String u = units.get(i);
            if (u.length() <= MAX_BOILERPLATE_CHARS && CREDIT_LINE.matcher(u).matches()) {
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
