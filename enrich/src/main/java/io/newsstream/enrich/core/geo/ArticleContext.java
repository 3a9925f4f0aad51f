package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.HashMap;
import java.util.Map;

/** The countries and subdivisions (by index) an article names, with how much, as the {@link PlaceResolver} reads them. */
final class ArticleContext {
    final Map<String, Double> countries = new HashMap<>();
    final Map<Integer, Double> subdivisions = new HashMap<>();

    void add(PlaceResolver r, Candidate c, double sign) {
        if (c.country() != null) {
            countries.merge(c.country(), sign, Double::sum);
        }
        int sub = r.subdivisionOf(c);
        if (sub >= 0) {
            subdivisions.merge(sub, sign, Double::sum);
        }
        if (c.kind() == Kind.REGION) {
            for (String target : r.places().region(c.index()).targets()) {
                int s = r.places().subdivisionIndex(target);
                if (s >= 0) {
                    subdivisions.merge(s, sign, Double::sum);
                }
            }
        }
    }

    boolean country(String code) {
        return code != null && countries.getOrDefault(code, 0.0) > 0.01;
    }

    /** The share of the article's country evidence that goes to this country, 0..1. */
    double countryShare(String code) {
        double own = code == null ? 0 : Math.max(0, countries.getOrDefault(code, 0.0));
        double total = 0;
        for (double v : countries.values()) {
            total += Math.max(0, v);
        }
        return total <= 0 ? 0 : own / total;
    }

    /** No country has positive evidence yet. */
    boolean noCountry() {
        for (double v : countries.values()) {
            if (v > 0.01) {
                return false;
            }
        }
        return true;
    }

    boolean subdivision(int index) {
        return index >= 0 && subdivisions.getOrDefault(index, 0.0) > 0.01;
    }
}
