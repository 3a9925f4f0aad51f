package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.text.Texts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page labels that name a site section rather than say anything: a short label line ("Canada",
 * "MARKETS"), a breadcrumb ("Home > Business > Markets") and a "Section | Site" header. A label in
 * capitals is accepted only when it is a common section name or confirmed by its neighbours, so
 * datelines such as "WASHINGTON" stay. Stateless.
 */
final class SectionLabels {
    static final Pattern LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}'’.&/-]*(?: (?:&|and|of|the|\\p{Lu}[\\p{L}\\p{N}'’.&/-]*)){0,3}");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:>|›|»|/|→|::)\\s+|\\s*[›»→]\\s*");
    private static final Pattern HEADER_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\s+[–—-]\\s+");
    private static final Set<String> HOME = Set.of("home", "homepage", "home page", "start", "front page", "news",
            "main");
    /** Common names of news site sections (general knowledge of CMS menus), in comparison form. */
    private static final Set<String> SECTIONS = Set.of("world", "world news", "international", "global", "business",
            "markets", "market", "economy", "finance", "money", "companies", "industry", "banking", "investing",
            "personal finance", "stocks", "currencies", "bonds", "commodities", "energy", "deals", "earnings",
            "politics", "national", "nation", "local", "regional", "metro", "city", "us", "u s", "us news",
            "u s news", "uk", "uk news", "europe", "asia", "asia pacific", "africa", "americas", "latin america",
            "middle east", "australia", "canada", "india", "china", "technology", "tech", "science", "health",
            "environment", "climate", "education", "weather", "sport", "sports", "football", "soccer", "cricket",
            "entertainment", "culture", "arts", "arts culture", "books", "music", "movies", "film", "tv", "media",
            "lifestyle", "life", "living", "style", "fashion", "food", "travel", "opinion", "opinions", "comment",
            "editorial", "editorials", "analysis", "features", "breaking news", "top news", "top stories", "latest",
            "latest news", "news", "crime", "law", "legal", "society", "religion", "obituaries", "autos", "cars",
            "real estate", "property", "retail", "startups", "innovation", "defence", "defense", "security",
            "elections", "diplomacy", "government", "wires", "wire", "press releases", "domestic", "foreign");

    private SectionLabels() {}

    static boolean isLabelShaped(String u) {
        return u.length() <= 40 && LABEL.matcher(u).matches() && !endsLikeSentence(u);
    }

    static boolean isCommonSection(String u) {
        return SECTIONS.contains(Texts.comparisonForm(u));
    }

    static boolean isShouting(String u) {
        return u.equals(u.toUpperCase(Locale.ROOT)) && !u.equals(u.toLowerCase(Locale.ROOT));
    }

    /** The section named by a breadcrumb line (its last item not equal to the headline), or null. */
    static String breadcrumbSection(String u, String titleKey) {
        if (u.length() > 120) {
            return null;
        }
        String[] items = BREADCRUMB_SEPARATOR.split(u.trim());
        if (items.length < 2 || items.length > 6) {
            return null;
        }
        boolean startsHome = HOME.contains(Texts.comparisonForm(items[0]));
        int common = 0;
        for (String item : items) {
            if (!isLabelShaped(item) && !HOME.contains(Texts.comparisonForm(item))) {
                return null;
            }
            common += isCommonSection(item) ? 1 : 0;
        }
        if (!startsHome && common == 0) {
            return null;
        }
        for (int i = items.length - 1; i >= 0; i--) {
            if (!Texts.comparisonForm(items[i]).equals(titleKey) && !HOME.contains(Texts.comparisonForm(items[i]))) {
                return items[i];
            }
        }
        return null;
    }

    /**
     * The section named by a "Section | Site" header line: the item that is a common section name,
     * else (on the first line only) the first item; null when the line is no such header.
     */
    static String headerSection(String u, boolean firstLine) {
        if (u.length() > 80) {
            return null;
        }
        String[] items = HEADER_SEPARATOR.split(u.trim());
        if (items.length < 2 || items.length > 3) {
            return null;
        }
        String common = null;
        for (String item : items) {
            if (!isLabelShaped(item)) {
                return null;
            }
            if (common == null && isCommonSection(item)) {
                common = item;
            }
        }
        return common != null ? common : firstLine ? items[0] : null;
    }

    static boolean endsLikeSentence(String u) {
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
}
