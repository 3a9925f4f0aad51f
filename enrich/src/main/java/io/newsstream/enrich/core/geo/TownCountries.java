package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Towns and the countries they share a name with: the one country holding (almost) all people of the towns a
 * name reads as, and a country's name read as the town when the article points at the town ("Palestine, Texas").
 * Part of {@link PlaceResolver}, kept apart to keep each file to one concern.
 */
final class TownCountries {
    private final PlaceResolver resolver;
    private final PlaceGazetteer places;

    TownCountries(PlaceResolver resolver, PlaceGazetteer places) {
        this.resolver = resolver;
        this.places = places;
    }

    /**
     * A country's name that is also a town's ("Palestine", "Lebanon") names the town when the article names
     * the town's (narrow) subdivision, qualifies the name ("Palestine, Texas") or names a town's institution
     * ("Palestine Independent School District") of a country that holds (almost) all towns so named, the town has at least
     * {@value PlaceResolver#SMALL_TOWN} people, nothing else in the article points at the country and no other foreign
     * country is named ("USA, France and China" are countries).
     */
    void namedLikeCountries(List<PlaceSpot> spots, ArticleContext context) {
        for (PlaceSpot s : spots) {
            if (s.sameNamedTowns == null || s.chosen == null || s.chosen.kind() != Kind.COUNTRY
                    || CountryEvidence.otherEvidence(spots, s)) {
                continue;
            }
            int best = -1;
            String home = s.municipal ? homeCountryOfTowns(s.sameNamedTowns) : null;
            for (int town : s.sameNamedTowns) {
                int sub = places.citySubdivision(town);
                Candidate c = new Candidate(Kind.CITY, places.cityCountry(town), town, null);
                boolean local = sub >= 0 && resolver.narrow(sub) && context.subdivision(sub) || resolver.qualified(s, c)
                        || c.country().equals(home);
                if (local && places.cityPopulation(town) >= PlaceResolver.SMALL_TOWN && !CountryEvidence.foreignCountryNamed(spots, c.country())
                        && (best < 0 || places.cityPopulation(town) > places.cityPopulation(best))) {
                    best = town;
                }
            }
            if (best >= 0) {
                s.chosen = new Candidate(Kind.CITY, places.cityCountry(best), best, null);
            }
        }
    }

    /**
     * The country of (almost) all readings of the spot, at least {@code min} readings, all towns by their own
     * name: the one holding at least {@value PlaceResolver#ONE_COUNTRY_SHARE} of the people of the towns so named
     * ("Torrington": towns in Connecticut and Wyoming, and a village in Queensland); null when none does.
     */
    String homeCountry(PlaceSpot s, int min) {
        if (s.candidates.size() < min) {
            return null;
        }
        if (!s.homeCountryKnown) {
            s.homeCountry = homeCountryOfReadings(s);
            s.homeCountryKnown = true;
        }
        return s.homeCountry;
    }

    private String homeCountryOfReadings(PlaceSpot s) {
        int[] towns = new int[s.candidates.size()];
        for (int k = 0; k < towns.length; k++) {
            Candidate c = s.candidates.get(k);
            if (c.kind() != Kind.CITY || c.alternate()) {
                return null;
            }
            towns[k] = c.index();
        }
        return homeCountryOfTowns(towns);
    }

    /** The country holding at least {@value PlaceResolver#ONE_COUNTRY_SHARE} of the people of these towns, or null. */
    private String homeCountryOfTowns(int[] towns) {
        Map<String, Double> people = new HashMap<>(2);
        double total = 0;
        for (int town : towns) {
            double p = Math.max(1, places.cityPopulation(town));
            people.merge(places.cityCountry(town), p, Double::sum);
            total += p;
        }
        for (Map.Entry<String, Double> e : people.entrySet()) {
            if (e.getValue() >= PlaceResolver.ONE_COUNTRY_SHARE * total) {
                return e.getKey();
            }
        }
        return null;
    }
}
