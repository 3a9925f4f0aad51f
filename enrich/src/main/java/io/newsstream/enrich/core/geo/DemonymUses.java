package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.text.TokenShapes;
import io.newsstream.enrich.core.text.Tokens;
import java.util.Set;

/**
 * Uses of a demonym that say nothing about its country: a language ("spoke French", "in English and
 * Spanish", "French immersion"), a dish ("Mexican food", "Polish sausage"), Native Americans ("American
 * Indians", "Caddo Indians", "Indian reservation"). Stateless.
 */
final class DemonymUses {
    static final Set<String> SPEAKING = Set.of("speak", "speaks", "spoke", "spoken", "speaking", "fluent",
            "translated", "teach", "teaches", "taught", "learn", "learning", "learned", "studying", "studied");
    static final Set<String> ADVERBS = Set.of("only", "fluently", "fluent", "little", "some", "mostly", "mainly",
            "perfect", "broken", "good", "no");
    static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "immersion", "speaker", "speakers",
            "speaking", "translation", "translator", "subtitles", "class", "classes", "teacher", "teachers",
            "course", "courses", "lesson", "lessons", "dictionary", "grammar", "literature", "major", "majors");
    static final Set<String> DISHES = Set.of("food", "foods", "cuisine", "restaurant", "restaurants", "dish",
            "dishes", "sausage", "sausages", "bread", "toast", "fries", "dressing", "cooking", "recipe", "recipes",
            "wine", "wines", "beer", "cheese", "pastry", "pastries", "dessert", "desserts", "bakery", "pizza");
    static final Set<String> INDIAN = Set.of("indian", "indians");
    static final Set<String> NATIVE_AMERICAN_NOUNS = Set.of("tribe", "tribes", "tribal", "reservation",
            "reservations", "casino", "casinos", "gaming", "affairs", "nation", "nations", "territory", "removal",
            "mound", "mounds", "wars", "burial", "chief", "chiefs", "village", "villages", "trail");
    static final Set<String> NATIVE_AMERICAN_BEFORE = Set.of("american", "native", "plains", "pueblo");

    private DemonymUses() {
    }

    /** Whether the one-word demonym at token {@code i} is used as a language, a dish or for Native Americans. */
    static boolean notTheCountry(Tokens t, int i) {
        String next = wordAfter(t, i);
        if (next != null && DISHES.contains(next)) {
            return true;
        }
        if (INDIAN.contains(t.key(i))) {
            String prev = wordBefore(t, i);
            return prev != null && (NATIVE_AMERICAN_BEFORE.contains(prev) || t.key(i).equals("indians")
                    && TokenShapes.upper(t, i - 1) && !NameContext.FUNCTION_WORDS.contains(prev))
                    || next != null && NATIVE_AMERICAN_NOUNS.contains(next);
        }
        return language(t, i, 2);
    }

    /**
     * A language: after a speaking verb ("spoke French", "speaks only French"), before a language noun
     * ("French immersion"), alone after "in" ("in French."), or listed with one ("in English and Spanish").
     */
    private static boolean language(Tokens t, int i, int depth) {
        String prev = wordBefore(t, i);
        String next = wordAfter(t, i);
        if (next != null && LANGUAGE_NOUNS.contains(next)) {
            return true;
        }
        if (prev == null) {
            return false;
        }
        if (SPEAKING.contains(prev) || ADVERBS.contains(prev) && SPEAKING.contains(String.valueOf(wordBefore(t, i - 1)))) {
            return true;
        }
        if (prev.equals("in") && (next == null || next.equals("and") || next.equals("or"))) {
            return true;
        }
        return depth > 0 && (prev.equals("and") || prev.equals("or")) && i >= 2 && TokenShapes.upper(t, i - 2)
                && (next == null || !TokenShapes.upper(t, i + 1)) && language(t, i - 2, depth - 1);
    }

    /** The lower-case key of the word right before token {@code i} (one space between), or null. */
    private static String wordBefore(Tokens t, int i) {
        return i > 0 && t.start(i) - t.end(i - 1) == 1 && t.text().charAt(t.end(i - 1)) == ' ' ? t.key(i - 1) : null;
    }

    /** The lower-case key of the word right after token {@code i} (one space between), or null. */
    private static String wordAfter(Tokens t, int i) {
        return i + 1 < t.size() && t.start(i + 1) - t.end(i) == 1 && t.text().charAt(t.end(i)) == ' '
                ? t.key(i + 1) : null;
    }
}
