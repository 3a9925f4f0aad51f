package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Context-free line rules of the {@link TextCleaner}: each recognises one KIND of junk common on
 * news portals and CMS pages (disclaimers of platforms, wire feeds and market data; share, advert,
 * copyright, read-more, cookie and navigation lines; tag lists; source and photo credits;
 * "Published …" lines), never a particular site's wording. Unanchored rules run only when the
 * line contains their keyword, so ordinary paragraphs cost a few {@code contains} calls.
 */
final class BoilerplatePatterns {
    static final int MAX_CHARS = 300;

    /** A regex run only when the lower-cased line contains one of its keywords; anchored ones only at the start. */
    private record Rule(String[] keywords, Pattern pattern, boolean anchored) {
        boolean matches(String u, String lower) {
            for (String k : keywords) {
                if (lower.contains(k)) {
                    return anchored ? pattern.matcher(u).lookingAt() : pattern.matcher(u).find();
                }
            }
            return false;
        }
    }

    private static final List<Rule> DISCLAIMERS = List.of(
            rule("user|reader|member|contributor", "\\b(article|story|post|content|item|news|text)\\s+(was|has been|is)\\s+"
                    + "(added|submitted|posted|uploaded|contributed|shared)\\s+by\\s+(a|the|one of (our|the))?\\s*"
                    + "(user|reader|member|contributor)"),
            rule("responsib", "\\b(is|are) not responsible for (the )?(content|contents|accuracy|views|opinions)\\b"),
            rule("reflect|represent", "\\b(does|do) not (necessarily )?(reflect|represent) the (views|opinions|position)\\b"),
            rule("feed", "\\b(published|generated|sourced|taken|carried|reproduced|received|distributed|created)"
                    + " (directly |automatically )?(from|via|through|off) (a|an|the) ([\\w-]+ ){0,2}"
                    + "(feed|wire|wire service|news service)\\b"),
            rule("modif", "\\bwithout (any )?(modifications?|changes|edits) to the (text|content|story)\\b"),
            rule("headline", "\\bheadlines? (and (the )?(pictures?|images?|photos?) )?(of this [a-z]+ )?"
                    + "(may|might) have been (reworked|changed|edited|modified)"),
            rule("edited", "\\b(has|have|was|were) not been (edited|reviewed|verified|checked) by\\b"),
            rule("appeared", "^(this|the) (article|story|report|post|piece) (first |originally )?appeared (on|in|at)\\b"),
            rule("published", "^(this|the) (article|story|report|post|piece) was (first |originally )published"
                    + " (on|in|at|by)\\b"),
            rule("expressed", "\\b(views|opinions)( and (views|opinions))? expressed\\b"),
            rule("delayed", "\\b(quotes?|prices?|data|quotations?)\\b.{0,40}\\bdelayed\\b.{0,40}"
                    + "\\b(minutes?|mins?|real[- ]time)\\b"),
            rule("delayed", "\\bdelayed (by )?(at least |a minimum of |up to )?\\d+ ?(minutes?|mins?)\\b"),
            rule("data", "^(market |price |stock |financial )?data (is |are )?(provided|supplied|powered|"
                    + "delivered) by\\b"),
            rule("advice", "\\bnot (intended )?(as |to be )?(investment|financial|legal|tax) advice\\b"),
            rule("informational", "\\bfor (general )?informational purposes only\\b"),
            rule("exchanges", "\\blist of exchanges\\b"),
            rule("generated", "^(this|the) (article|story|content|text|summary) (is|was|has been) "
                    + "(auto(matically)?[- ]?generated|machine[- ]generated|generated)\\b"),
            rule("aggregated|syndicated|republished|reproduced|imported", "^(this|the) (article|story|content|text) (is|was|has been) (aggregated|syndicated|"
                    + "republished|reproduced|imported)\\b"),
            rule("disclaimer|note to readers", "^(disclaimer|note to readers)\\s*:"));

    private static final List<Rule> CHROME = List.of(
            rule("cookie", "\\b(we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|"
                    + "cookie (policy|settings|preferences))\\b"),
            rule("javascript", "\\b(enable|enabling|turn on) javascript\\b"),
            rule("browser", "\\byour browser does not support\\b"),
            rule("skip", "^skip (to|navigation)\\b"),
            rule("listen", "^listen to (this )?(article|story)\\b"),
            rule("error", "^(report an error|spotted an error|found an error)\\b"));
    private static final Set<String> CHROME_WORDS = Set.of("menu", "search", "close", "sign in", "log in", "login",
            "subscribe", "back to top", "loading", "main menu",
            "open menu", "close menu", "toggle navigation", "sign up", "log out", "comments", "leave a comment",
            "show comments", "hide comments", "next article", "previous article");

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
                    + "download (our|the) app|follow us\\b|get the latest|join (our|us on)|"
                    + "(want|get) (more|the best)|don'?t miss\\b)");
    private static final Pattern READ_MORE_LABEL = Pattern.compile(
            "(?i)^(related( (articles?|stories|news|coverage|content|links?|topics))?|recommended"
                    + "( (for you|reading|stories))?|most (read|popular|viewed|shared)|more (from|stories|news)"
                    + "( [\\p{L} ]{1,30})?|latest news|top stories|trending( now)?|editor'?s picks)"
                    + "(\\s*[:»>|–—-].*)?$");
    private static final Pattern TAGS = Pattern.compile(
            "(?i)^(tags?|topics?|keywords?|filed under|categor(y|ies)|subjects?|more about|tagged( with)?)"
                    + "\\s*[:：]\\s*(.{1,200})$");
    private static final Pattern TAG_ITEM = Pattern.compile("[\\p{L}\\p{N}#][\\p{L}\\p{N} .&'’/-]{0,40}");
    private static final Pattern HASHTAGS = Pattern.compile("#[\\p{L}\\p{N}_]+(\\s+#[\\p{L}\\p{N}_]+)*");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)^(source|sources|via|courtesy( of)?|news source|agency|wire|content provided by|distributed by)"
                    + "\\s*[:：]?\\s+([\\p{L}][\\p{L}\\p{N} .,&'’/()-]{0,60})$");
    private static final Pattern PHOTO = Pattern.compile(
            "(?i)^[(\\[]?\\s*(file )?(photo|photograph|image|picture|pic|illustration|video|graphic|"
                    + "caption)s?( credits?)?\\s*(:|by\\b|/|\\|)\\s*[^\\n]{1,120}$");
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "this", "article", "story", "page",
            "post", "on", "via", "with", "facebook", "twitter", "x", "email", "e", "mail", "print", "whatsapp",
            "linkedin", "pinterest", "reddit", "telegram", "messenger", "copy", "link", "url", "tweet", "follow",
            "us", "save", "comment", "comments", "bookmark", "the", "friends", "friend", "send", "flipboard", "or",
            "threads", "bluesky", "instagram", "youtube", "tiktok", "gift", "copied", "sharing", "options");
    private static final Set<String> SHARE_STRONG = Set.of("share", "tweet", "facebook", "twitter", "whatsapp",
            "linkedin", "pinterest", "reddit", "telegram", "email", "mail", "print", "bookmark", "flipboard",
            "instagram", "bluesky", "threads", "sharing");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private BoilerplatePatterns() {}

    private static Rule rule(String keywords, String regex) {
        boolean anchored = regex.startsWith("^");
        return new Rule(keywords.split("\\|"), Pattern.compile("(?i)" + (anchored ? regex.substring(1) : regex)), anchored);
    }

    /** The kind of a line on its own, or null when no rule matches. */
    static BoilerplateKind classify(String u) {
        if (u.length() > MAX_CHARS) {
            return null;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (matchesAny(DISCLAIMERS, u, lower)) {
            return BoilerplateKind.DISCLAIMER;
        }
        if (isShareLine(lower)) {
            return BoilerplateKind.SHARE;
        }
        if (ADVERT.matcher(u).matches()) {
            return BoilerplateKind.ADVERT;
        }
        if (u.length() <= 250 && (lower.contains("copyright") || lower.contains("©") || lower.contains("(c)")
                || lower.contains("rights reserved")) && COPYRIGHT.matcher(u).find()) {
            return BoilerplateKind.COPYRIGHT;
        }
        if (u.length() <= 200 && (READ_MORE.matcher(u).lookingAt() || READ_MORE_LABEL.matcher(u).matches())) {
            return BoilerplateKind.READ_MORE;
        }
        if (tags(u) != null) {
            return BoilerplateKind.TAGS;
        }
        if (source(u) != null) {
            return BoilerplateKind.SOURCE_LINE;
        }
        if (PublicationLines.isPublicationInfo(u)) {
            return BoilerplateKind.PUBLICATION_INFO;
        }
        if (u.length() <= 140 && PHOTO.matcher(u).matches()) {
            return BoilerplateKind.PHOTO_CREDIT;
        }
        if (u.length() <= 25 && CHROME_WORDS.contains(Texts.comparisonForm(u))
                || u.length() <= 120 && matchesAny(CHROME, u, lower)) {
            return BoilerplateKind.SITE_CHROME;
        }
        return null;
    }

    /** The tag list of a "Tags: a, b" or "#a #b" line, or null. */
    static String tags(String u) {
        if (u.length() > 220) {
            return null;
        }
        if (u.charAt(0) == '#' && HASHTAGS.matcher(u).matches()) {
            return u.replace("#", "").trim().replaceAll("\\s+", ", ");
        }
        Matcher m = TAGS.matcher(u);
        if (!m.matches()) {
            return null;
        }
        String list = m.group(m.groupCount()).trim();
        String[] items = list.split("\\s*[,;|·•]\\s*");
        for (String item : items) {
            if (!TAG_ITEM.matcher(item).matches() || item.split(" ").length > 5) {
                return null;
            }
        }
        return String.join(", ", items);
    }

    /** "Source: X" as a credit text, or null. */
    static String source(String u) {
        if (u.length() > 90) {
            return null;
        }
        Matcher m = SOURCE.matcher(u);
        if (!m.matches() || !u.contains(":") && !u.toLowerCase(Locale.ROOT).startsWith("via ")) {
            return null;
        }
        String name = m.group(3).trim();
        if (name.split(" ").length > 6 || name.endsWith(".") && name.length() > 4 && !name.endsWith(".com")) {
            return null;
        }
        return "Source: " + name;
    }

    private static boolean matchesAny(List<Rule> rules, String u, String lower) {
        for (Rule r : rules) {
            if (r.matches(u, lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line's first word is plainly outside the set: it is a run of ASCII letters (after
     * ASCII non-letters only) not in the set. False whenever that cannot be told from ASCII alone.
     */
    private static boolean firstAsciiWordIsNot(String lower, Set<String> words) {
        int i = 0;
        while (i < lower.length() && lower.charAt(i) < 0x80 && !isAsciiLetter(lower.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < lower.length() && isAsciiLetter(lower.charAt(i))) {
            i++;
        }
        if (i == start || i < lower.length() && lower.charAt(i) >= 0x80) {
            return false;
        }
        return !words.contains(lower.substring(start, i));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isShareLine(String lower) {
        if (lower.length() > 120 || firstAsciiWordIsNot(lower, SHARE_WORDS)) {
            return false;
        }
        String[] words = NON_LETTERS.split(lower.trim());
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
}
