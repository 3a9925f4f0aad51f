package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceGazetteer.Subdivision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@link PlaceGazetteer} derives from its rows: country centres, subdivision prominence, phrase lengths. */
final class GazetteerWeights {
    private GazetteerWeights() {
    }

    /** Each country's population-weighted centre of its towns, {lat, lon}. */
    static Map<String, double[]> centres(String[] country, int[] population, float[] lat, float[] lon) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < country.length; i++) {
            double w = Math.max(1, population[i]);
            double[] s = sums.computeIfAbsent(country[i], k -> new double[3]);
            s[0] += w * lat[i];
            s[1] += w * lon[i];
            s[2] += w;
        }
        Map<String, double[]> centres = new HashMap<>();
        sums.forEach((k, s) -> centres.put(k, new double[] {s[0] / s[2], s[1] / s[2]}));
        return Map.copyOf(centres);
    }

    static long[] subdivisionProminence(List<Subdivision> subdivisions, Map<String, Long> countryWeight) {
        Map<String, long[]> known = new HashMap<>();
        for (Subdivision d : subdivisions) {
            long[] k = known.computeIfAbsent(d.country(), c -> new long[2]);
            k[0] += d.weight();
            k[1] += d.weight() > 0 ? 0 : 1;
        }
        long[] out = new long[subdivisions.size()];
        for (int i = 0; i < out.length; i++) {
            Subdivision d = subdivisions.get(i);
            long[] k = known.get(d.country());
            long rest = countryWeight.getOrDefault(d.country(), 0L) - k[0];
            out[i] = d.weight() > 0 ? d.weight() : Math.max(0, rest) / Math.max(1, k[1]);
        }
        return out;
    }

    /** The longest phrase (in tokens) of each first token of these space-separated keys. */
    static Map<String, Integer> maxLengthByFirstToken(java.util.Set<String> keys) {
        Map<String, Integer> max = new HashMap<>();
        for (String key : keys) {
            int len = 1;
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) == ' ') {
                    len++;
                }
            }
            int space = key.indexOf(' ');
            max.merge(space < 0 ? key : key.substring(0, space), len, Math::max);
        }
        return max;
    }
}
