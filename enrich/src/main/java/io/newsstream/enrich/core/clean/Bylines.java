package io.newsstream.enrich.core.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines: "By Jane Roe", "By JANE ROE and Bo Sample", "By Reuters staff", "By the Associated
 * Press", "By Jane Roe, Senior Correspondent | Updated …", "Written by: …". The author is the names
 * before any role words. A sentence that starts with "By" ("By Tuesday, the…") is not a byline:
 * every word of the name part must be capitalised (or a name particle) and no month, weekday or
 * number may start it. Stateless.
 */
final class Bylines {
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(?:by|written by|words by|story by|report by|reported by|from)\\s*:?\\s+(?:the\\s+)?");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[|·•,]\\s*|\\s+[–—-]\\s+");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "der", "den", "al",
            "el", "bin", "ibn", "la", "le", "dos", "das", "del", "and", "&", "y", "st", "mc");
    private static final Set<String> ROLES = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "desk", "team", "bureau", "agencies", "agency",
            "wire", "wires", "service", "services", "contributor", "contributors", "news", "senior", "chief",
            "political", "business", "economics", "foreign", "special", "with", "and", "in", "for", "the", "our",
            "a", "an", "of", "online", "digital", "sports", "science", "health", "tech", "technology", "associate",
            "deputy", "managing", "contributing", "freelance", "columnist", "analyst", "producer", "photographer",
            "updated", "published");
    private static final Set<String> PERSON_ROLES = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "desk", "team", "bureau", "contributor",
            "contributors", "columnist", "analyst", "producer", "photographer");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "then", "now", "this",
            "that", "these", "those", "far", "contrast", "comparison", "law", "default", "chance", "design",
            "mistake", "way", "all", "some", "most", "early", "late", "noon", "midnight", "mid", "end");

    private Bylines() {}

    /** The author named by a byline line, or null when the line is no byline. */
    static String author(String u) {
        if (u.length() > 160) {
            return null;
        }
        Matcher prefix = PREFIX.matcher(u);
        if (!prefix.lookingAt()) {
            return null;
        }
        String rest = u.substring(prefix.end()).trim();
        if (rest.isEmpty()) {
            return null;
        }
        String[] segments = SEGMENTS.split(rest);
        String names = namePart(segments[0]);
        if (names == null) {
            return null;
        }
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i].trim();
            if (!s.isEmpty() && namePart(s) == null && !isRoleOrDatum(s)) {
                return null;
            }
        }
        return names;
    }

    /** The names of a segment ("Jane Roe and Bo Sample", "Reuters" of "Reuters staff"), or null. */
    private static String namePart(String segment) {
        String[] words = segment.trim().split("\\s+");
        if (words.length > 9 || NOT_NAMES.contains(stripDots(words[0]).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int i = 0;
        int nameEnd = 0;
        for (; i < words.length; i++) {
            String lower = stripDots(words[i]).toLowerCase(Locale.ROOT);
            if (i > 0 && ROLES.contains(lower) && !PARTICLES.contains(lower)
                    && (Character.isLowerCase(words[i].charAt(0)) || PERSON_ROLES.contains(lower))) {
                break;
            }
            if (isCapitalisedWord(words[i])) {
                nameEnd = i + 1;
            } else if (!(PARTICLES.contains(lower) && i > 0 && i + 1 < words.length)) {
                return null;
            }
        }
        for (; i < words.length; i++) {
            if (!ROLES.contains(stripDots(words[i]).toLowerCase(Locale.ROOT)) && !isCapitalisedWord(words[i])) {
                return null;
            }
        }
        return nameEnd == 0 ? null : join(words, nameEnd);
    }

    private static boolean isRoleOrDatum(String s) {
        if (PublicationLines.isPublicationInfo(s)) {
            return true;
        }
        String[] words = s.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            String lower = stripDots(w).toLowerCase(Locale.ROOT);
            if (!ROLES.contains(lower) && !isCapitalisedWord(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalisedWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String stripDots(String w) {
        return w.replace(".", "");
    }

    private static String join(String[] words, int end) {
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }
}
