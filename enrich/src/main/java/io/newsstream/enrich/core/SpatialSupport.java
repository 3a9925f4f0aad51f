package io.newsstream.enrich.core;

import io.newsstream.enrich.core.PlaceSpot.Candidate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much the other place names of an article point at a subdivision, before any of them is
 * resolved: every distinct name (persons left out) spreads one vote evenly over the subdivisions its
 * readings lie in, so "Paris" next to "Clarksville" and "Bogata" leans to Texas even when none of
 * the three is known yet. A name never supports itself. Built per article; not thread-safe.
 */
final class SpatialSupport {
    private final Map<Integer, Double> total = new HashMap<>();
    private final Map<String, Map<Integer, Double>> byName = new HashMap<>();

    SpatialSupport(List<PlaceSpot> spots, PlaceResolver resolver) {
        for (PlaceSpot s : spots) {
            if (s.personContext || s.speech) {
                continue;
            }
            String name = name(s);
            if (byName.containsKey(name)) {
                continue;
            }
            Map<Integer, Double> votes = new HashMap<>();
            for (Candidate c : s.candidates) {
                int sub = resolver.subdivisionOf(c);
                if (sub >= 0) {
                    votes.put(sub, 1.0);
                }
            }
            byName.put(name, votes);
            if (votes.isEmpty()) {
                continue;
            }
            double share = 1.0 / votes.size();
            for (Map.Entry<Integer, Double> e : votes.entrySet()) {
                e.setValue(share);
                total.merge(e.getKey(), share, Double::sum);
            }
        }
    }

    /** The votes of the article's other names for this subdivision (0 when none). */
    double support(PlaceSpot s, int subdivision) {
        if (subdivision < 0) {
            return 0;
        }
        double all = total.getOrDefault(subdivision, 0.0);
        if (all == 0) {
            return 0;
        }
        Map<Integer, Double> own = byName.get(name(s));
        return all - (own == null ? 0 : own.getOrDefault(subdivision, 0.0));
    }

    private static String name(PlaceSpot s) {
        return s.text.toLowerCase(Locale.ROOT);
    }
}
