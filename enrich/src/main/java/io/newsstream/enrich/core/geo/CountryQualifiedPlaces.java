package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import io.newsstream.enrich.core.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * A place the article itself puts in a country before naming it: "the Indonesian island of Bali", "the Mexican
 * state of Guerrero", "the Chilean port of Valparaiso", "the Ukraine city of Kherson". The country (or its people)
 * right before a kind word and "of" qualifies the place (and its other mentions by the same name) as ", Indonesia"
 * after it would, and more: the resolver then reads the place in that country only (with no such reading, the
 * name gives no place rather than a namesake abroad).
 * Stateless.
 */
final class CountryQualifiedPlaces {
    static final Set<String> KIND_WORDS = Set.of("island", "islands", "archipelago", "peninsula", "city", "town",
            "village", "port", "capital", "resort", "province", "state", "region", "oblast", "district",
            "prefecture", "governorate", "canton", "county", "territory", "municipality", "enclave",
            "neighbourhood", "neighborhood", "suburb", "coast", "border", "heartland", "stronghold");

    private CountryQualifiedPlaces() {}

    /** Adds the country of "the &lt;country or demonym&gt; &lt;kind word&gt; of &lt;place&gt;" to the place's qualifiers. */
    static void mark(Tokens t, List<PlaceSpot> spots) {
        for (int k = 1; k < spots.size(); k++) {
            PlaceSpot place = spots.get(k);
            int of = place.firstToken - 1;
            int kind = of - 1;
            PlaceSpot country = spots.get(k - 1);
            if (kind < 1 || country.lastToken != kind - 1 || !t.key(of).equals("of")
                    || !KIND_WORDS.contains(t.key(kind)) || !spaced(t, kind - 1, place.firstToken)) {
                continue;
            }
            for (Candidate c : country.candidates) {
                if ((c.kind() == Kind.DEMONYM || c.kind() == Kind.COUNTRY) && !place.namedCountries.contains(c.country())) {
                    place.namedCountries.add(c.country());
                }
            }
        }
    }

    /** Every mention of a name the article put in a country (title and body) is read in that country only. */
    static void spread(List<PlaceSpot> spots) {
        for (PlaceSpot named : spots) {
            if (named.namedCountries.isEmpty()) {
                continue;
            }
            for (PlaceSpot same : spots) {
                if (same != named && same.text.equals(named.text)) {
                    for (String country : named.namedCountries) {
                        if (!same.namedCountries.contains(country)) {
                            same.namedCountries.add(country);
                        }
                    }
                }
            }
        }
        for (PlaceSpot s : spots) {
            for (String country : s.namedCountries) {
                if (!s.qualifierCountries.contains(country)) {
                    s.qualifierCountries.add(country);
                }
            }
        }
    }

    /** Tokens {@code from} .. {@code to} are separated by single spaces (one phrase, no punctuation between). */
    private static boolean spaced(Tokens t, int from, int to) {
        String text = t.text();
        for (int i = from; i < to; i++) {
            if (!text.substring(t.end(i), t.start(i + 1)).equals(" ")) {
                return false;
            }
        }
        return true;
    }
}
