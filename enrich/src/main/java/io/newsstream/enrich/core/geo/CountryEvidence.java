package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.List;

/**
 * What the resolved spots of an article say about one country: whether another name points at it,
 * whether other countries are named, and how far apart two places are. Stateless.
 */
final class CountryEvidence {
    private CountryEvidence() {
    }

    /** The article names a country (or its people) other than this one: it speaks of countries. */
    static boolean foreignCountryNamed(List<PlaceSpot> spots, String home) {
        for (PlaceSpot o : spots) {
            Candidate c = o.chosen;
            if (c != null && (c.kind() == Kind.COUNTRY || c.kind() == Kind.AMBIGUOUS_COUNTRY || c.kind() == Kind.DEMONYM)
                    && !home.equals(c.country()) && o.sameNamedTowns == null) {
                return true;
            }
        }
        return false;
    }

    /** Another name in the article (not the spot's own) points at the spot's country. */
    static boolean otherEvidence(List<PlaceSpot> spots, PlaceSpot s) {
        String country = s.chosen.country();
        for (PlaceSpot o : spots) {
            if (o.chosen != null && country.equals(o.chosen.country()) && !o.name().equals(s.name())) {
                return true;
            }
        }
        return false;
    }

    /** Great-circle distance in kilometres. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
