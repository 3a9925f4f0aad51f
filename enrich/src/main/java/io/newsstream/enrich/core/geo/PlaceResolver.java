package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses one reading per {@link PlaceSpot}. Definite spots (country names, demonyms, named
 * regions) form the first context; every other spot takes its most plausible acceptable candidate:
 * prominence (log of population, a capital's bonus), plus the article's context (its country and
 * subdivision named elsewhere), plus an explicit qualifier ("Paris, Texas"), plus the
 * {@link SpatialSupport} of the article's other names (towns nearby, their subdivisions). A second
 * pass repeats this with the places accepted by the first as context, one name at a time, so that
 * a name is never its own context.
 *
 * <p>Candidates need evidence in proportion to their risk: towns must be large or supported by
 * context; a town name found (almost) only in one country counts as that country's evidence when the
 * article names no country, and needs no other evidence in a place context ("in Zionsville", a
 * "TORRINGTON —" dateline); alternate names ("White House" for Casablanca) need context; common words
 * ("Reading") and generic subdivision names ("Centre", "North West") must not start a sentence and need
 * their country or a qualifier; ambiguous country names ("Georgia", "Jordan") need a
 * confirming word or context; nothing but a country name survives a person context ("Mr Chad",
 * "Clinton said"); a surname used elsewhere ("Bob Jones") is no small town and no subdivision, and once
 * named after a given name ("John Bolton") no town below a million people; a common word inside a longer
 * capitalised name ("Metro Squad") needs context below a million people; a given
 * name before another capitalised word ("Mary Wheeler") is no town below a million people, and no
 * subdivision unless something else supports it; a street's name ("Dublin Road") is a town only of a
 * country the article names; a country's name that is also a town's ("Palestine") is the town when
 * the article names the town's state and nothing else points at the country.
 *
 * <p>Then {@link ArticleWideReadings}: one sense per article (a name qualified once, "Dublin, Ohio", keeps
 * that reading throughout, and the reading chosen where a name stands freely also holds where a
 * capitalised word follows it), and given names read as subdivisions without support are dropped.
 * Stateless and thread-safe.
 */
final class PlaceResolver {
    static final int LARGE_CITY = 100_000;
    static final int MAJOR_CITY = 1_000_000;
    static final int SMALL_TOWN = 2_000;
    static final double COUNTRY_CONTEXT = 1.0;
    static final double DOMINANT_COUNTRY = 2.0;
    static final double SUBDIVISION_CONTEXT = 2.5;
    static final double QUALIFIER = 6.0;
    static final double CONFIRMED = 3.0;
    static final double CAPITAL = 1.0;
    static final double LIST_OF_SUBDIVISIONS = 1.0;
    static final int ONE_COUNTRY_MIN = 2;
    static final double ONE_COUNTRY_SHARE = 0.9;
    static final double SPATIAL = 1.5;
    static final double SPATIAL_CAP = 2.0;
    static final double SPATIAL_LOCAL = 1.5;
    static final double NARROW_SHARE = 0.5;
    static final double NEIGHBOUR_KM = 1000;

    private final Gazetteer countries;
    private final PlaceGazetteer places;
    private final TownCountries towns;

    PlaceResolver(Gazetteer countries, PlaceGazetteer places) {
        this.countries = countries;
        this.places = places;
        this.towns = new TownCountries(this, places);
    }

    void resolve(List<PlaceSpot> spots, Supplier<Set<String>> words) {
        Supplier<Set<String>> vocabulary = new Supplier<>() {
            private Set<String> set;

            @Override
            public Set<String> get() {
                if (set == null) {
                    set = words.get();
                }
                return set;
            }
        };
        SpatialSupport spatial = new SpatialSupport(spots, places);
        ArticleContext context = new ArticleContext();
        for (PlaceSpot s : spots) {
            if (s.definite()) {
                s.chosen = s.candidates.get(0);
                context.add(this, s.chosen, 1);
            }
        }
        for (PlaceSpot s : spots) {
            if (!s.definite()) {
                s.chosen = choose(s, context, spatial, vocabulary);
            }
        }
        ArticleContext second = new ArticleContext();
        for (PlaceSpot s : spots) {
            if (s.chosen != null) {
                second.add(this, s.chosen, 1);
            }
        }
        for (List<PlaceSpot> sameName : ArticleWideReadings.byName(spots)) {
            for (PlaceSpot s : sameName) {
                if (s.chosen != null) {
                    second.add(this, s.chosen, -1);
                }
            }
            for (PlaceSpot s : sameName) {
                s.chosen = choose(s, second, spatial, vocabulary);
            }
            for (PlaceSpot s : sameName) {
                if (s.chosen != null) {
                    second.add(this, s.chosen, 1);
                }
            }
        }
        towns.namedLikeCountries(spots, second);
        ArticleWideReadings.oneSensePerName(spots, this);
        ArticleWideReadings.givenNamesWithoutSupport(spots);
    }

    private Candidate choose(PlaceSpot s, ArticleContext context, SpatialSupport spatial,
            Supplier<Set<String>> vocabulary) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.candidates.size(); k++) {
            Candidate c = s.candidates.get(k);
            if (!acceptable(s, k, context, spatial, vocabulary)) {
                continue;
            }
            double score = score(s, c, context, vocabulary) + SPATIAL * Math.min(spatial.near(s, k), SPATIAL_CAP);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private double score(PlaceSpot s, Candidate c, ArticleContext context, Supplier<Set<String>> vocabulary) {
        double score = Math.log10(prominence(c) + 10.0);
        if (c.kind() == Kind.CITY && places.cityCapital(c.index())) {
            score += CAPITAL;
        }
        if (c.kind() == Kind.AMBIGUOUS_COUNTRY
                && (confirmed(c.confirm(), vocabulary) || neighbourNamed(c.country(), context))) {
            score += CONFIRMED;
        }
        if (context.country(c.country())) {
            score += COUNTRY_CONTEXT + DOMINANT_COUNTRY * context.countryShare(c.country());
        }
        int sub = subdivisionOf(c);
        if (context.subdivision(sub) && narrow(sub)) {
            score += SUBDIVISION_CONTEXT;
        }
        if (qualified(s, c)) {
            score += QUALIFIER;
        }
        if (c.kind() == Kind.SUBDIVISION && !s.qualifierSubdivisions.isEmpty()) {
            score += LIST_OF_SUBDIVISIONS;
        }
        return score;
    }

    private boolean acceptable(PlaceSpot s, int k, ArticleContext context, SpatialSupport spatial,
            Supplier<Set<String>> vocabulary) {
        Candidate c = s.candidates.get(k);
        if ((c.kind() == Kind.CITY || c.kind() == Kind.SUBDIVISION) && !s.namedCountries.isEmpty()
                && !s.namedCountries.contains(c.country())) {
            return false;
        }
        switch (c.kind()) {
            case DEMONYM:
                return !s.doubtfulDemonym();
            case REGION:
                return !s.surnameLike();
            case COUNTRY, MACRO, COUNTY, SUBDIVISION_COUNTY:
                return true;
            case AMBIGUOUS_COUNTRY:
                return !s.personContext && !s.speech && (confirmed(c.confirm(), vocabulary)
                        || context.country(c.country()) || neighbourNamed(c.country(), context));
            case SUBDIVISION: {
                if (s.personContext || s.speech && s.personElsewhere || s.street && !context.country(c.country())) {
                    return false;
                }
                boolean common = places.subdivision(c.index()).commonWord() || s.genericName();
                return !common || !s.sentenceInitial && (context.country(c.country()) || qualified(s, c));
            }
            case CITY: {
                int i = c.index();
                int population = places.cityPopulation(i);
                if (s.personContext || (s.speech || s.personElsewhere) && population < LARGE_CITY
                        || s.fullNameElsewhere && population < MAJOR_CITY) {
                    return false;
                }
                boolean qualified = qualified(s, c);
                if (s.nameHead && population < (c.localName() ? MAJOR_CITY : LARGE_CITY) && !qualified
                        || s.givenName && population < MAJOR_CITY && !qualified
                        || s.street && !context.country(c.country())) {
                    return false;
                }
                boolean common = places.cityCommonWord(i);
                if (common && s.sentenceInitial) {
                    return false;
                }
                int citySub = places.citySubdivision(i);
                boolean local = context.subdivision(citySub) && narrow(citySub) || qualified
                        || spatial.near(s, k) >= SPATIAL_LOCAL;
                boolean national = context.country(c.country())
                        || context.noCountry() && c.country().equals(towns.homeCountry(s, ONE_COUNTRY_MIN));
                if ((c.alternate() || c.localName() && population < LARGE_CITY) && !(national || local)) {
                    return false;
                }
                if (common) {
                    return local || population >= (s.nameHead && !national ? MAJOR_CITY : LARGE_CITY);
                }
                if (population < SMALL_TOWN) {
                    return local;
                }
                return population >= LARGE_CITY || national || local
                        || s.placeNamed && context.noCountry() && c.country().equals(towns.homeCountry(s, 1));
            }
            default:
                return false;
        }
    }

    /**
     * Another country named in the article lies near this one (centroids within {@value #NEIGHBOUR_KM} km):
     * "Georgia" beside Armenia and Azerbaijan is the country.
     */
    private boolean neighbourNamed(String code, ArticleContext context) {
        double[] own = places.countryCentre(code);
        if (own == null) {
            return false;
        }
        for (Map.Entry<String, Double> e : context.countries.entrySet()) {
            if (e.getValue() <= 0.01 || e.getKey().equals(code)) {
                continue;
            }
            double[] other = places.countryCentre(e.getKey());
            if (other != null && CountryEvidence.kilometres(own[0], own[1], other[0], other[1]) <= NEIGHBOUR_KM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subdivision holds less than {@value #NARROW_SHARE} of its country's people: naming it says more
     * than naming the country (England does not, being most of the United Kingdom).
     */
    boolean narrow(int sub) {
        PlaceGazetteer.Subdivision d = places.subdivision(sub);
        long country = places.countryWeight(d.country());
        return country <= 0 || d.weight() < NARROW_SHARE * country;
    }

    boolean qualified(PlaceSpot s, Candidate c) {
        if (s.qualifierCountries.contains(c.country())) {
            return true;
        }
        int sub = subdivisionOf(c);
        return sub >= 0 && s.qualifierSubdivisions.contains(sub);
    }

    PlaceGazetteer places() {
        return places;
    }

    int subdivisionOf(Candidate c) {
        return switch (c.kind()) {
            case CITY -> places.citySubdivision(c.index());
            case SUBDIVISION, SUBDIVISION_COUNTY -> c.index();
            default -> -1;
        };
    }

    private double prominence(Candidate c) {
        return switch (c.kind()) {
            case CITY -> places.cityPopulation(c.index());
            case SUBDIVISION -> places.subdivisionProminence(c.index());
            case SUBDIVISION_COUNTY -> places.subdivision(c.index()).weight();
            case COUNTRY, AMBIGUOUS_COUNTRY, DEMONYM -> places.countryWeight(c.country());
            case COUNTY -> 1_000.0 * c.index();
            default -> 1e9;
        };
    }

    private static boolean confirmed(List<List<String>> confirm, Supplier<Set<String>> vocabulary) {
        if (confirm == null || confirm.isEmpty()) {
            return false;
        }
        Set<String> words0 = vocabulary.get();
        for (List<String> words : confirm) {
            if (words0.containsAll(words)) {
                return true;
            }
        }
        return false;
    }
}
