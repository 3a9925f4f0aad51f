package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the other place names of an article point at each reading, before any of them is
 * resolved. Every distinct name (persons left out) spreads one vote evenly over the subdivisions it
 * may be itself ("Texas") or its towns lie in, and one over the map cells (1° × 1°) of its towns; a
 * reading is supported by the subdivision votes for its subdivision and, for a town, the cell votes
 * in and around its cell, so "Paris" next to "Clarksville" and "Bogata" leans to Paris, Texas even
 * when none of the three is known yet. A name never supports itself. Built per article, the support
 * of a spot's readings computed when first asked for; not thread-safe.
 */
final class SpatialSupport {
    private final PlaceGazetteer places;
    private final Map<String, Votes> byName = new HashMap<>();
    private final IntDoubleMap subdivisionTotals = new IntDoubleMap();
    private final IntDoubleMap cellTotals = new IntDoubleMap();

    private static final int[] NONE = new int[0];

    /** One name's distinct subdivisions and cells, sorted once complete. */
    private static final class Votes {
        int[] subdivisions = NONE;
        int subdivisionCount;
        int[] cells = NONE;
        int cellCount;

        void addSubdivision(int sub) {
            if (subdivisionCount == subdivisions.length) {
                subdivisions = Arrays.copyOf(subdivisions, Math.max(4, subdivisionCount * 2));
            }
            subdivisions[subdivisionCount++] = sub;
        }

        void addCell(int cell) {
            if (cellCount == cells.length) {
                cells = Arrays.copyOf(cells, Math.max(4, cellCount * 2));
            }
            cells[cellCount++] = cell;
        }

        void complete() {
            subdivisionCount = distinct(subdivisions, subdivisionCount);
            cellCount = distinct(cells, cellCount);
        }

        double subdivisionShare(int sub) {
            return Arrays.binarySearch(subdivisions, 0, subdivisionCount, sub) >= 0 ? 1.0 / subdivisionCount : 0;
        }

        double cellShare(int cell) {
            return Arrays.binarySearch(cells, 0, cellCount, cell) >= 0 ? 1.0 / cellCount : 0;
        }

        private static int distinct(int[] values, int count) {
            Arrays.sort(values, 0, count);
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (n == 0 || values[n - 1] != values[i]) {
                    values[n++] = values[i];
                }
            }
            return n;
        }
    }

    SpatialSupport(List<PlaceSpot> spots, PlaceGazetteer places) {
        this.places = places;
        for (PlaceSpot s : spots) {
            if (s.personContext || s.speech) {
                continue;
            }
            String name = s.name();
            if (s.definite() || byName.containsKey(name)) {
                continue;
            }
            Votes v = new Votes();
            for (Candidate c : s.candidates) {
                if (c.kind() == Kind.SUBDIVISION || c.kind() == Kind.SUBDIVISION_COUNTY) {
                    v.addSubdivision(c.index());
                } else if (c.kind() == Kind.CITY) {
                    v.addCell(cell(places, c.index()));
                    int sub = places.citySubdivision(c.index());
                    if (sub >= 0) {
                        v.addSubdivision(sub);
                    }
                }
            }
            v.complete();
            byName.put(name, v);
            for (int i = 0; i < v.subdivisionCount; i++) {
                subdivisionTotals.add(v.subdivisions[i], 1.0 / v.subdivisionCount);
            }
            for (int i = 0; i < v.cellCount; i++) {
                cellTotals.add(v.cells[i], 1.0 / v.cellCount);
            }
        }
    }

    /** The other names' votes for candidate k of the spot (kept in {@link PlaceSpot#support}). */
    double near(PlaceSpot s, int k) {
        if (s.support == null) {
            s.support = support(s);
        }
        return s.support[k];
    }

    private double[] support(PlaceSpot s) {
        Votes own = byName.get(s.name());
        double[] support = new double[s.candidates.size()];
        for (int k = 0; k < support.length; k++) {
            Candidate c = s.candidates.get(k);
            int sub = c.kind() == Kind.CITY ? places.citySubdivision(c.index())
                    : c.kind() == Kind.SUBDIVISION || c.kind() == Kind.SUBDIVISION_COUNTY ? c.index() : -1;
            double total = 0;
            if (sub >= 0) {
                double all = subdivisionTotals.get(sub);
                total += all == 0 ? 0 : all - (own == null ? 0 : own.subdivisionShare(sub));
            }
            if (c.kind() == Kind.CITY && cellTotals.size() > 0) {
                int center = cell(places, c.index());
                for (int dLat = -1; dLat <= 1; dLat++) {
                    for (int dLon = -1; dLon <= 1; dLon++) {
                        int cell = center + dLat * 1000 + dLon;
                        double all = cellTotals.get(cell);
                        total += all == 0 ? 0 : all - (own == null ? 0 : own.cellShare(cell));
                    }
                }
            }
            support[k] = total;
        }
        return support;
    }

    /** A 1° map cell: latitude and longitude rounded down, as one non-negative int. */
    private static int cell(PlaceGazetteer places, int city) {
        int lat = (int) (places.cityLat(city) + 90.0);
        int lon = (int) (places.cityLon(city) + 180.0);
        return lat * 1000 + lon;
    }

    /** A small open-addressing map from non-negative ints to sums, without boxing. */
    private static final class IntDoubleMap {
        private int[] keys = filled(256);
        private double[] values = new double[256];
        private int size;

        private static int[] filled(int n) {
            int[] k = new int[n];
            Arrays.fill(k, -1);
            return k;
        }

        int size() {
            return size;
        }

        double get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] < 0) {
                    return 0;
                }
            }
        }

        void add(int key, double value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] += value;
                    return;
                }
                if (keys[i] < 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            double[] oldValues = values;
            keys = filled(oldKeys.length * 2);
            values = new double[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] >= 0) {
                    add(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(int key) {
            return key * 0x9E3779B1 >>> 7;
        }
    }
}
