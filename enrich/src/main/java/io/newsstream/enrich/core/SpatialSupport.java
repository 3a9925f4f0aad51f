package io.newsstream.enrich.core;

import io.newsstream.enrich.core.PlaceSpot.Candidate;
import io.newsstream.enrich.core.PlaceSpot.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much the other place names of an article point at a reading, before any of them is resolved.
 * Every distinct name (persons left out) spreads one vote evenly over the subdivisions it may be
 * itself ("Texas") or its towns lie in, and one over the map cells (1° × 1°) of its towns; a reading is
 * supported by the subdivision votes for its subdivision and, for a town, the cell votes in and around
 * its cell,
 * so "Paris" next to "Clarksville" and "Bogata" leans to Paris, Texas even when none of the three is
 * known yet. A name never supports itself. Built per article; not thread-safe.
 */
final class SpatialSupport {
    private final PlaceGazetteer places;
    private final Map<Integer, Double> subdivisions = new HashMap<>();
    private final Map<Integer, Double> cells = new HashMap<>();
    private final Map<String, Votes> byName = new HashMap<>();

    /** One name's votes. */
    private static final class Votes {
        final Map<Integer, Double> subdivisions = new HashMap<>(2);
        final Map<Integer, Double> cells = new HashMap<>(4);
    }

    SpatialSupport(List<PlaceSpot> spots, PlaceGazetteer places) {
        this.places = places;
        for (PlaceSpot s : spots) {
            if (s.personContext || s.speech) {
                continue;
            }
            String name = name(s);
            if (byName.containsKey(name)) {
                continue;
            }
            Votes v = new Votes();
            for (Candidate c : s.candidates) {
                if (c.kind() == Kind.SUBDIVISION) {
                    v.subdivisions.put(c.index(), 1.0);
                } else if (c.kind() == Kind.CITY) {
                    v.cells.put(cell(c.index()), 1.0);
                    int sub = places.citySubdivision(c.index());
                    if (sub >= 0) {
                        v.subdivisions.put(sub, 1.0);
                    }
                }
            }
            byName.put(name, v);
            spread(v.subdivisions, subdivisions);
            spread(v.cells, cells);
        }
    }

    private static void spread(Map<Integer, Double> own, Map<Integer, Double> total) {
        double share = 1.0 / Math.max(1, own.size());
        for (Map.Entry<Integer, Double> e : own.entrySet()) {
            e.setValue(share);
            total.merge(e.getKey(), share, Double::sum);
        }
    }

    /** The votes of the article's other names for this reading (0 when none). */
    double support(PlaceSpot s, Candidate c, int subdivision) {
        Votes own = byName.get(name(s));
        double support = 0;
        if (subdivision >= 0) {
            support += others(subdivisions, own == null ? null : own.subdivisions, subdivision);
        }
        if (c.kind() == Kind.CITY && !cells.isEmpty()) {
            int center = cell(c.index());
            for (int dLat = -1; dLat <= 1; dLat++) {
                for (int dLon = -1; dLon <= 1; dLon++) {
                    support += others(cells, own == null ? null : own.cells, center + dLat * 1000 + dLon);
                }
            }
        }
        return support;
    }

    private static double others(Map<Integer, Double> total, Map<Integer, Double> own, int key) {
        double all = total.getOrDefault(key, 0.0);
        return all == 0 ? 0 : all - (own == null ? 0 : own.getOrDefault(key, 0.0));
    }

    /** A 1° map cell: latitude and longitude rounded down, as one int. */
    private int cell(int city) {
        int lat = (int) Math.floor(places.cityLat(city)) + 90;
        int lon = (int) Math.floor(places.cityLon(city)) + 180;
        return lat * 1000 + lon;
    }

    private static String name(PlaceSpot s) {
        return s.text.toLowerCase(Locale.ROOT);
    }
}
