package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.lang.LanguageCodes;
import io.newsstream.enrich.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * The geoparser: finds the places an article names and the country it is about.
 *
 * <p>Title and body are tokenised once; the {@link PlaceMatcher} finds the gazetteer phrases with
 * their {@link NameContext} ("Mr Jordan", "Paris Hilton", "Clinton said", sentence starts), the
 * {@link CountiesAndQualifiers} rules add "X County" mentions, "Paris, Texas" qualifiers and the states
 * of "Sen. Bob Casey, D-Pa.". The
 * {@link PlaceResolver} then chooses one reading per spot by prominence and by the other places of
 * the article; the {@link RegionRollup} turns the readings into body mentions, regions (every city
 * and subdivision also counting for its country) and the focus country. Evidence is weighted by
 * position ({@link PositionWeights}). Immutable and thread-safe.
 */
public final class RegionTagger {
    private final PlaceMatcher matcher;
    private final CountiesAndQualifiers local;
    private final PlaceResolver resolver;
    private final RegionRollup rollup;

    public RegionTagger(Gazetteer countries, PlaceGazetteer places) {
        this.matcher = new PlaceMatcher(countries, places);
        this.local = new CountiesAndQualifiers(places);
        this.resolver = new PlaceResolver(countries, places);
        this.rollup = new RegionRollup(countries, places);
    }

    /** A tagger over the shipped place gazetteer. */
    public RegionTagger(Gazetteer countries) {
        this(countries, PlaceGazetteer.loadDefault());
    }

    public RegionResult tag(String title, String body) {
        return tag(title, body, null);
    }

    /** As {@link #tag(String, String)} for an article in a language ("ru", "de-AT"): its own-language names count too. */
    public RegionResult tag(String title, String body, String languageTag) {
        String language = LanguageCodes.primary(languageTag);
        String b = body == null ? "" : body;
        Tokens titleTokens = Tokens.of(title);
        Tokens bodyTokens = Tokens.of(b);
        PositionWeights weights = PositionWeights.of(b);
        List<PlaceSpot> spots = new ArrayList<>();
        spot(titleTokens, true, language, spots, start -> PositionWeights.TITLE);
        spot(bodyTokens, false, language, spots, weights::at);
        NameContext.spreadPersonNames(spots);
        CountryQualifiedPlaces.spread(spots);
        resolver.resolve(spots, () -> vocabulary(titleTokens, bodyTokens));
        return rollup.result(spots);
    }

    private void spot(Tokens t, boolean inTitle, String language, List<PlaceSpot> out, IntToDoubleFunction weight) {
        List<PlaceSpot> spots = new ArrayList<>();
        matcher.match(t, inTitle, language, spots, weight);
        local.counties(t, inTitle, spots, weight);
        local.qualifiers(t, spots);
        CountryQualifiedPlaces.mark(t, spots);
        local.partyAffiliations(t, inTitle, spots, weight);
        out.addAll(spots);
    }

    private static Set<String> vocabulary(Tokens... texts) {
        Set<String> v = new HashSet<>();
        for (Tokens t : texts) {
            for (int i = 0; i < t.size(); i++) {
                v.add(t.key(i));
            }
        }
        return v;
    }
}
