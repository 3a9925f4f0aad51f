package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link PlaceResolver}'s passes over a whole article once every spot has a reading: one sense per name
 * (a qualified reading, or the one chosen where the name stands freely, holds for the name's other
 * uses) and given names read as subdivisions without support dropped. Stateless.
 */
final class ArticleWideReadings {
    private ArticleWideReadings() {
    }

    /** The spots that are not definite, grouped by name, so that a name is never its own context. */
    static Collection<List<PlaceSpot>> byName(List<PlaceSpot> spots) {
        Map<String, List<PlaceSpot>> groups = new LinkedHashMap<>();
        for (PlaceSpot s : spots) {
            if (!s.definite()) {
                groups.computeIfAbsent(s.name(), k -> new ArrayList<>(2)).add(s);
            }
        }
        return groups.values();
    }

    /**
     * A subdivision read from a given name before a capitalised word ("Mary Smith": Mary in Turkmenistan)
     * stays only if another name of the article points at its country or the name stands elsewhere
     * without a capitalised word after it.
     */
    static void givenNamesWithoutSupport(List<PlaceSpot> spots) {
        for (PlaceSpot s : spots) {
            if (s.givenName && s.chosen != null && s.chosen.kind() == Kind.SUBDIVISION
                    && !CountryEvidence.otherEvidence(spots, s) && !standsFreely(spots, s)) {
                s.chosen = null;
            }
        }
    }

    private static boolean standsFreely(List<PlaceSpot> spots, PlaceSpot s) {
        for (PlaceSpot o : spots) {
            if (o != s && o.name().equals(s.name()) && !o.givenName && s.chosen.equals(o.chosen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One sense per article: a name qualified once ("Dublin, Ohio") names that place wherever else it
     * stands in the article; otherwise the reading most often chosen where the name stands freely ("to
     * enrich Dublin by") also holds where a capitalised word follows it ("Dublin Arts Council"), which
     * alone keeps small towns out. Never where a person is named ("Mr Dublin").
     */
    static void oneSensePerName(List<PlaceSpot> spots, PlaceResolver resolver) {
        for (List<PlaceSpot> sameName : byName(spots)) {
            Candidate sense = null;
            Map<Candidate, Integer> free = new HashMap<>();
            for (PlaceSpot s : sameName) {
                if (s.chosen != null && resolver.qualified(s, s.chosen)) {
                    sense = s.chosen;
                    break;
                }
                if (s.chosen != null && !s.nameHead && !s.sentenceInitial && !person(s)) {
                    free.merge(s.chosen, 1, Integer::sum);
                }
            }
            boolean qualifiedSense = sense != null;
            if (sense == null) {
                sense = free.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            }
            if (sense == null) {
                continue;
            }
            for (PlaceSpot s : sameName) {
                if (!sense.equals(s.chosen) && s.candidates.contains(sense) && !person(s)
                        && (qualifiedSense || s.nameHead || s.sentenceInitial)) {
                    s.chosen = sense;
                }
            }
        }
    }

    private static boolean person(PlaceSpot s) {
        return s.personContext || s.speech || s.personElsewhere || s.givenName;
    }
}
