package io.newsstream.enrich.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One place name found in an article's title or body, with the candidates it may stand for and,
 * once resolved, the chosen one. Mutable, used by one {@link RegionTagger#tag} call only.
 */
final class PlaceSpot {
    /** What a candidate is. */
    enum Kind { COUNTRY, AMBIGUOUS_COUNTRY, DEMONYM, SUBDIVISION, CITY, REGION, MACRO, COUNTY, SUBDIVISION_COUNTY }

    /**
     * A reading of the spot: a country (code), a subdivision or city (index), a named region (index), or a
     * county known to lie in a subdivision (the subdivision's index: "Clarke County" in Georgia);
     * {@code alternate} when the text is one of a city's alternate names only; {@code localName} when it is the
     * city's name in the article's own language ("Харьков" in a Russian article).
     */
    record Candidate(Kind kind, String country, int index, List<List<String>> confirm, boolean alternate,
                     boolean localName) {
        Candidate(Kind kind, String country, int index, List<List<String>> confirm) {
            this(kind, country, index, confirm, false, false);
        }
    }

    /** Words of generic region names ("Centre", "North West", "West Coast"): no evidence of one country alone. */
    static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "coast", "coastal", "capital", "upper", "lower",
            "middle", "interior", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west", "far", "islands", "island", "region", "highlands", "lowlands", "lakes",
            "mountains", "plateau", "valley", "borders", "midlands", "frontier");

    final boolean inTitle;
    final int firstToken;
    final int lastToken;
    final int start;
    final int end;
    final String text;
    final double weight;
    final List<Candidate> candidates = new ArrayList<>(2);
    boolean sentenceInitial;
    /** A person's name around it ("Mr Jordan", "Michael Jordan", "Jordan said"). */
    boolean personContext;
    /** Named with a title ("Mr Jordan"): the word names a person throughout the article. */
    boolean personName;
    /** After a capitalised word inside a sentence ("Bob Jones"): the surname of a person, or a place in a name. */
    boolean surname;
    /** The same word is a person elsewhere in the article ("Bob Jones ... Jones said"). */
    boolean personElsewhere;
    /** After a given name ("John Bolton"): a person's full name. */
    boolean afterGivenName;
    /** The word is a person elsewhere, once after a given name ("John Bolton ... Bolton"). */
    boolean fullNameElsewhere;
    /** After a place preposition ("in Dublin") or before an institution ("Dublin City Council"). */
    boolean placeContext;
    /** The same name stands in a place context somewhere in the article. */
    boolean placeNamed;
    /** Followed by a speech verb ("Clinton said"): a person, or a place's government. */
    boolean speech;
    /** Followed by another capitalised word ("Mary Smith", "Toyota Motor"): risky for small towns. */
    boolean nameHead;
    /** A one-word {@link GivenNames given name} followed by another capitalised word ("Mary Wheeler"): a person. */
    boolean givenName;
    /** A one-word demonym used for a language, a dish or Native Americans ({@link DemonymUses}). */
    boolean demonymOtherUse;
    /** Followed by a town's institution ("Lebanon Police", "Palestine Independent School District"). */
    boolean municipal;
    /**
     * Followed by a street word ("Dublin Road", "Nordland Avenue") or after a capitalised word and a particle
     * ("Gare du Nord", "Puerta del Sol"): part of a street's, station's or building's name.
     */
    boolean street;
    /** ISO 3166-2 subdivision indices and countries named right after ", " (the "Paris, Texas" qualifier). */
    final List<Integer> qualifierSubdivisions = new ArrayList<>(1);
    final List<String> qualifierCountries = new ArrayList<>(1);
    /** Countries the article puts this name in before naming it ("the Indonesian island of Bali"): only these. */
    final List<String> namedCountries = new ArrayList<>(1);
    /** Towns (city indices) named like the country this spot names ("Palestine", Texas); null when none. */
    int[] sameNamedTowns;
    /** The country of (almost) all the spot's town readings, once the resolver has asked ({@code homeCountryKnown}). */
    String homeCountry;
    boolean homeCountryKnown;
    /** Per candidate, the support of the article's other names ({@link SpatialSupport}); null until asked for. */
    double[] support;
    Candidate chosen;

    PlaceSpot(boolean inTitle, int firstToken, int lastToken, int start, int end, String text, double weight) {
        this.inTitle = inTitle;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.start = start;
        this.end = end;
        this.text = text;
        this.weight = weight;
    }

    private String name;

    /** Named with a title or after a capitalised word inside a sentence ("John Flanders"). */
    boolean surnameLike() {
        return personName || surname;
    }

    /** A name of compass points and generic words only ("Centre", "North West", "West Coast"). */
    boolean genericName() {
        String name = name();
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

    /** A demonym used otherwise ({@link DemonymUses}) or as a person's name ("Monica French", "Thomas Finn ... Finn said"). */
    boolean doubtfulDemonym() {
        return demonymOtherUse || surnameLike() || speech && personElsewhere;
    }

    /** The spot's text in lower case: occurrences of one name share it. */
    String name() {
        if (name == null) {
            name = text.toLowerCase(java.util.Locale.ROOT);
        }
        return name;
    }

    boolean definite() {
        if (candidates.size() != 1) {
            return false;
        }
        Kind k = candidates.get(0).kind();
        return k == Kind.COUNTRY || k == Kind.DEMONYM && !doubtfulDemonym() || k == Kind.REGION && !surnameLike()
                || k == Kind.MACRO;
    }
}
