package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import io.newsstream.enrich.core.text.TokenShapes;
import io.newsstream.enrich.core.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Local-name rules over the spots of one text: "Laurel County" / "Orleans Parish" (capitalised
 * words before a place word form a county mention, a known US county naming its possible states), the "Paris, Texas" / "Athens, Ga." qualifier
 * (a subdivision or country right after ", ", state abbreviations included) and the party-and-state
 * notation "Sen. Bob Casey, D-Pa.". Immutable.
 */
final class CountiesAndQualifiers {
    private final PlaceGazetteer places;

    CountiesAndQualifiers(PlaceGazetteer places) {
        this.places = places;
    }

    /**
     * "Laurel County", "Orleans Parish": capitalised words before a place word form a county mention; "Loudon
     * Co." too when it abbreviates a known US county (not "Ford Motor Co.").
     */
    void counties(Tokens t, boolean inTitle, List<PlaceSpot> spots, IntToDoubleFunction weight) {
        String text = t.text();
        for (int i = 1; i < t.size(); i++) {
            boolean abbreviated = t.key(i).equals("co") && t.end(i) < text.length() && text.charAt(t.end(i)) == '.';
            if (!NameContext.PLACE_WORDS.contains(t.key(i)) && !abbreviated || !TokenShapes.upper(t, i)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && i - first < 3 && TokenShapes.upper(t, first - 1)
                    && t.start(first) - t.end(first - 1) == 1 && text.charAt(t.end(first - 1)) == ' '
                    && !NameContext.FUNCTION_WORDS.contains(t.key(first - 1))
                    && !NameContext.PLACE_WORDS.contains(t.key(first - 1))) {
                first--;
            }
            if (first == i) {
                continue;
            }
            String fullKey = abbreviated ? t.phraseKey(first, i - first) + " county" : t.phraseKey(first, i - first + 1);
            if (abbreviated && places.countySubdivisions(fullKey) == null) {
                continue;
            }
            int lo = first;
            int hi = i;
            spots.removeIf(s -> s.firstToken >= lo && s.lastToken <= hi);
            int start = t.start(first);
            int end = abbreviated ? t.end(i) + 1 : t.end(i);
            PlaceSpot s = new PlaceSpot(inTitle, first, i, start, end, text.substring(start, end),
                    weight.applyAsDouble(start));
            countyCandidates(s, t.phraseKey(first, i - first), fullKey);
            int at = 0;
            while (at < spots.size() && spots.get(at).start < start) {
                at++;
            }
            spots.add(at, s);
        }
    }

    /**
     * A county's readings: a known US county, one reading per state that has one of the name ("Clarke
     * County": Alabama, Georgia, ...); else one per country that has towns of the county's name ("Laurel"
     * County → US), the index carrying how many; one without a country when no town has that name.
     */
    private void countyCandidates(PlaceSpot s, String key, String keyWithPlaceWord) {
        int[] states = places.countySubdivisions(keyWithPlaceWord);
        if (states != null) {
            for (int sub : states) {
                s.candidates.add(new Candidate(Kind.SUBDIVISION_COUNTY, places.subdivision(sub).country(), sub, null));
            }
            return;
        }
        int[] refs = places.candidates(key);
        Map<String, Integer> counts = new HashMap<>();
        if (refs != null) {
            for (int ref : refs) {
                if (PlaceGazetteer.type(ref) == PlaceGazetteer.Type.CITY && !PlaceGazetteer.alternateName(ref)) {
                    counts.merge(places.cityCountry(PlaceGazetteer.index(ref)), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            s.candidates.add(new Candidate(Kind.COUNTY, null, 0, null));
        }
        counts.forEach((country, n) -> s.candidates.add(new Candidate(Kind.COUNTY, country, n, null)));
    }

    /**
     * "Paris, Texas" / "Moscow, Idaho" / "Athens, Ga.": a subdivision or country right after ", ". A state
     * abbreviation there is the state, whatever else the word may name ("Wichita, Kan.", not Kan in China).
     */
    void qualifiers(Tokens t, List<PlaceSpot> spots) {
        String text = t.text();
        for (int k = 0; k < spots.size(); k++) {
            PlaceSpot s = spots.get(k);
            int next = s.lastToken + 1;
            if (next >= t.size()) {
                continue;
            }
            String gap = text.substring(s.end, t.start(next));
            if (!gap.equals(", ") && !gap.equals(",")) {
                continue;
            }
            if (k + 1 < spots.size() && spots.get(k + 1).firstToken == next) {
                for (Candidate c : spots.get(k + 1).candidates) {
                    if (c.kind() == Kind.SUBDIVISION) {
                        s.qualifierSubdivisions.add(c.index());
                    } else if (c.kind() == Kind.COUNTRY || c.kind() == Kind.AMBIGUOUS_COUNTRY) {
                        s.qualifierCountries.add(c.country());
                    }
                }
            }
            int[] abbreviation = abbreviationAt(t, next);
            int sub = abbreviatedState(t, next, abbreviation);
            if (sub >= 0) {
                s.qualifierSubdivisions.add(sub);
                PlaceSpot spotted = k + 1 < spots.size() && spots.get(k + 1).firstToken == next ? spots.get(k + 1) : null;
                PlaceSpot state = stateSpot(t, next, abbreviation, sub, spotted, s.inTitle, s.weight);
                if (state != spotted) {
                    spots.add(k + 1, state);
                    k++;
                }
            }
        }
    }

    /**
     * The party-and-home notation of US political news ("Sen. Bob Casey, D-Pa.", "(R-Texas)", "Rep. Jo Lee,
     * R-Elbow Lake"): the state abbreviation after "D-", "R-" or "I-" is the state, and a place named there is
     * a place, not a person's or a company's name.
     */
    void partyAffiliations(Tokens t, boolean inTitle, List<PlaceSpot> spots, IntToDoubleFunction weight) {
        String text = t.text();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!partyLetter(t, i) || t.start(i + 1) != t.end(i) + 1 || text.charAt(t.end(i)) != '-') {
                continue;
            }
            int next = i + 1;
            int[] abbreviation = abbreviationAt(t, next);
            int sub = abbreviatedState(t, next, abbreviation);
            PlaceSpot spotted = null;
            int at = 0;
            while (at < spots.size() && spots.get(at).start < t.start(next)) {
                at++;
            }
            if (at < spots.size() && spots.get(at).firstToken == next) {
                spotted = spots.get(at);
                spotted.placeContext = true;
            }
            if (sub >= 0) {
                PlaceSpot state = stateSpot(t, next, abbreviation, sub, spotted, inTitle, weight.applyAsDouble(t.start(next)));
                state.placeContext = true;
                if (state != spotted) {
                    spots.add(at, state);
                }
            }
        }
    }

    /** "D", "R" or "I" after ", " or "(" (a party letter, not an initial). */
    private static boolean partyLetter(Tokens t, int i) {
        String text = t.text();
        int start = t.start(i);
        if (t.end(i) - start != 1 || "DRI".indexOf(text.charAt(start)) < 0 || start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return before == '(' || before == ' ' && start >= 2 && text.charAt(start - 2) == ',';
    }

    /** The subdivision index of the state abbreviation at token {@code i} ("Ga.", "N.D.", "TX"), or -1. */
    private int abbreviatedState(Tokens t, int i, int[] abbreviation) {
        if (abbreviation == null) {
            return -1;
        }
        String iso = places.qualifierAbbreviation(t.phraseKey(i, abbreviation[0]).replace(" ", ""));
        return iso == null ? -1 : places.subdivisionIndex(iso);
    }

    /**
     * The spot of a state abbreviation: the spot already found there, if it covers exactly the
     * abbreviation, read as the state only ("Kan." is not Kan in China); else a new spot (not yet in
     * the list) when none was found there; else the spot found there, unchanged.
     */
    private PlaceSpot stateSpot(Tokens t, int i, int[] abbreviation, int sub, PlaceSpot spotted, boolean inTitle,
                                double weight) {
        Candidate state = new Candidate(Kind.SUBDIVISION, places.subdivision(sub).country(), sub, null);
        if (spotted != null) {
            if (spotted.lastToken == i + abbreviation[0] - 1) {
                spotted.candidates.removeIf(c -> !c.equals(state));
                if (spotted.candidates.isEmpty()) {
                    spotted.candidates.add(state);
                }
            }
            return spotted;
        }
        int start = t.start(i);
        PlaceSpot a = new PlaceSpot(inTitle, i, i + abbreviation[0] - 1, start, abbreviation[1],
                t.text().substring(start, abbreviation[1]), weight);
        a.candidates.add(state);
        return a;
    }

    /**
     * A state abbreviation at token i ("Ga.", "W.Va.", or two capitals "GA"): {token count, end offset};
     * null when there is none.
     */
    static int[] abbreviationAt(Tokens t, int i) {
        String text = t.text();
        if (t.end(i) - t.start(i) == 2 && TokenShapes.allCaps(t, i)) {
            int after = t.end(i);
            if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) != '.') {
                return new int[] {1, after};
            }
        }
        int x = i;
        while (x < t.size() && x - i < 3 && TokenShapes.upper(t, x)
                && t.end(x) - t.start(x) <= 4 && t.end(x) < text.length() && text.charAt(t.end(x)) == '.') {
            x++;
            if (x < t.size() && t.start(x) - t.end(x - 1) > 2) {
                break;
            }
        }
        return x == i ? null : new int[] {x - i, t.end(x - 1) + 1};
    }
}
