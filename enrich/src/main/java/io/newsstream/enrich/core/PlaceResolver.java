package io.newsstream.enrich.core;

import io.newsstream.enrich.core.PlaceSpot.Candidate;
import io.newsstream.enrich.core.PlaceSpot.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * "Clinton said"); a surname used elsewhere ("Bob Jones") is no small town and no subdivision; a given
 * name before another capitalised word ("Mary Wheeler") is no town below a million people, and no
 * subdivision unless something else supports it; a street's name ("Dublin Road") is a town only of a
 * country the article names; a country's name that is also a town's ("Palestine") is the town when
 * the article names the town's state and nothing else points at the country.
 *
 * <p>One sense per article: a name qualified once ("Dublin, Ohio") keeps that reading throughout, and
 * the reading chosen where a name stands freely also holds where a capitalised word follows it.
 * Stateless and thread-safe.
 */
final class PlaceResolver {
    static final int LARGE_CITY = 100_000;
    static final int MAJOR_CITY = 1_000_000;
    static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "coast", "coastal", "capital", "upper", "lower",
            "middle", "interior", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west", "far", "islands", "island", "region", "highlands", "lowlands", "lakes",
            "mountains", "plateau", "valley", "borders", "midlands", "frontier");
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

    PlaceResolver(Gazetteer countries, PlaceGazetteer places) {
        this.countries = countries;
        this.places = places;
    }

    /** The countries and subdivisions (by index) named in an article, with how much. */
    private static final class Context {
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
                for (String target : r.places.region(c.index()).targets()) {
                    int s = r.places.subdivisionIndex(target);
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
        Context context = new Context();
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
        Context second = new Context();
        for (PlaceSpot s : spots) {
            if (s.chosen != null) {
                second.add(this, s.chosen, 1);
            }
        }
        for (List<PlaceSpot> sameName : byName(spots)) {
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
        townsNamedLikeCountries(spots, second);
        oneSensePerName(spots);
        givenNamesWithoutSupport(spots);
    }

    /**
     * A subdivision read from a given name before a capitalised word ("Mary Smith": Mary in Turkmenistan)
     * stays only if another name of the article points at its country or the name stands elsewhere
     * without a capitalised word after it.
     */
    private static void givenNamesWithoutSupport(List<PlaceSpot> spots) {
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
    private void oneSensePerName(List<PlaceSpot> spots) {
        for (List<PlaceSpot> sameName : byName(spots)) {
            Candidate sense = null;
            Map<Candidate, Integer> free = new HashMap<>();
            for (PlaceSpot s : sameName) {
                if (s.chosen != null && qualified(s, s.chosen)) {
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

    /** A name of compass points and generic words only ("Centre", "North West", "West Coast"). */
    private static boolean generic(PlaceSpot s) {
        String name = s.name();
        int from = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
                if (!GENERIC_WORDS.contains(name.substring(from, i))) {
                    return false;
                }
                from = i + 1;
            }
        }
        return true;
    }

    private static boolean person(PlaceSpot s) {
        return s.personContext || s.speech || s.personElsewhere || s.givenName;
    }

    /**
     * A country's name that is also a town's ("Palestine", "Lebanon") names the town when the article names
     * the town's (narrow) subdivision or qualifies the name ("Palestine, Texas"), the town has at least
     * {@value #SMALL_TOWN} people, nothing else in the article points at the country and no other foreign
     * country is named ("USA, France and China" are countries).
     */
    private void townsNamedLikeCountries(List<PlaceSpot> spots, Context context) {
        for (PlaceSpot s : spots) {
            if (s.sameNamedTowns == null || s.chosen == null || s.chosen.kind() != Kind.COUNTRY
                    || CountryEvidence.otherEvidence(spots, s)) {
                continue;
            }
            int best = -1;
            for (int town : s.sameNamedTowns) {
                int sub = places.citySubdivision(town);
                Candidate c = new Candidate(Kind.CITY, places.cityCountry(town), town, null);
                boolean local = sub >= 0 && narrow(sub) && context.subdivision(sub) || qualified(s, c);
                if (local && places.cityPopulation(town) >= SMALL_TOWN && !CountryEvidence.foreignCountryNamed(spots, c.country())
                        && (best < 0 || places.cityPopulation(town) > places.cityPopulation(best))) {
                    best = town;
                }
            }
            if (best >= 0) {
                s.chosen = new Candidate(Kind.CITY, places.cityCountry(best), best, null);
            }
        }
    }

    /** The spots that are not definite, grouped by name, so that a name is never its own context. */
    private static Collection<List<PlaceSpot>> byName(List<PlaceSpot> spots) {
        Map<String, List<PlaceSpot>> groups = new LinkedHashMap<>();
        for (PlaceSpot s : spots) {
            if (!s.definite()) {
                groups.computeIfAbsent(s.name(), k -> new ArrayList<>(2)).add(s);
            }
        }
        return groups.values();
    }

    private Candidate choose(PlaceSpot s, Context context, SpatialSupport spatial,
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

    private double score(PlaceSpot s, Candidate c, Context context, Supplier<Set<String>> vocabulary) {
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

    private boolean acceptable(PlaceSpot s, int k, Context context, SpatialSupport spatial,
            Supplier<Set<String>> vocabulary) {
        Candidate c = s.candidates.get(k);
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
                boolean common = places.subdivision(c.index()).commonWord() || generic(s);
                return !common || !s.sentenceInitial && (context.country(c.country()) || qualified(s, c));
            }
            case CITY: {
                int i = c.index();
                int population = places.cityPopulation(i);
                if (s.personContext || (s.speech || s.personElsewhere) && population < LARGE_CITY) {
                    return false;
                }
                boolean qualified = qualified(s, c);
                if (s.nameHead && population < LARGE_CITY && !qualified
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
                        || context.noCountry() && c.country().equals(homeCountry(s, ONE_COUNTRY_MIN));
                if (c.alternate() && !(national || local)) {
                    return false;
                }
                if (common) {
                    return population >= LARGE_CITY || local;
                }
                if (population < SMALL_TOWN) {
                    return local;
                }
                return population >= LARGE_CITY || national || local
                        || s.placeNamed && context.noCountry() && c.country().equals(homeCountry(s, 1));
            }
            default:
                return false;
        }
    }

    /**
     * Another country named in the article lies near this one (centroids within {@value #NEIGHBOUR_KM} km):
     * "Georgia" beside Armenia and Azerbaijan is the country.
     */
    private boolean neighbourNamed(String code, Context context) {
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

    /**
     * The country of (almost) all readings of the spot, at least {@code min} readings, all towns by their own
     * name: the one holding at least {@value #ONE_COUNTRY_SHARE} of the people of the towns so named
     * ("Torrington": towns in Connecticut and Wyoming, and a village in Queensland); null when none does.
     */
    private String homeCountry(PlaceSpot s, int min) {
        if (s.candidates.size() < min) {
            return null;
        }
        Map<String, Double> people = new HashMap<>(2);
        double total = 0;
        for (Candidate c : s.candidates) {
            if (c.kind() != Kind.CITY || c.alternate()) {
                return null;
            }
            double p = Math.max(1, places.cityPopulation(c.index()));
            people.merge(c.country(), p, Double::sum);
            total += p;
        }
        for (Map.Entry<String, Double> e : people.entrySet()) {
            if (e.getValue() >= ONE_COUNTRY_SHARE * total) {
                return e.getKey();
            }
        }
        return null;
    }

    private boolean qualified(PlaceSpot s, Candidate c) {
        if (s.qualifierCountries.contains(c.country())) {
            return true;
        }
        int sub = subdivisionOf(c);
        return sub >= 0 && s.qualifierSubdivisions.contains(sub);
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
            case SUBDIVISION, SUBDIVISION_COUNTY -> places.subdivision(c.index()).weight();
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
