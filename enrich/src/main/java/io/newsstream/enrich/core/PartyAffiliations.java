package io.newsstream.enrich.core;

import io.newsstream.enrich.core.PlaceSpot.Candidate;
import io.newsstream.enrich.core.PlaceSpot.Kind;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The party-and-home notation of US political news ("Sen. Bob Casey, D-Pa.", "(R-Texas)", "Rep. Jo Lee,
 * R-Elbow Lake"): the state abbreviation after "D-", "R-" or "I-" is the state, and a place named there is
 * a place, not a person's or a company's name. Immutable.
 */
final class PartyAffiliations {
    private final PlaceGazetteer places;

    PartyAffiliations(PlaceGazetteer places) {
        this.places = places;
    }

    /** Marks the spots after a party letter as places and adds the state abbreviations found there. */
    void mark(Tokens t, boolean inTitle, List<PlaceSpot> spots, IntToDoubleFunction weight) {
        String text = t.text();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!partyLetter(t, i) || t.start(i + 1) != t.end(i) + 1 || text.charAt(t.end(i)) != '-') {
                continue;
            }
            int next = i + 1;
            PlaceSpot spotted = spotAt(spots, next);
            int[] abbreviation = CountiesAndQualifiers.abbreviationAt(t, next);
            String iso = abbreviation == null ? null
                    : places.qualifierAbbreviation(t.phraseKey(next, abbreviation[0]).replace(" ", ""));
            int sub = iso == null ? -1 : places.subdivisionIndex(iso);
            if (spotted != null) {
                spotted.placeContext = true;
                if (sub >= 0 && spotted.lastToken == next + abbreviation[0] - 1) {
                    spotted.candidates.clear();
                    spotted.candidates.add(new Candidate(Kind.SUBDIVISION, places.subdivision(sub).country(), sub, null));
                }
                continue;
            }
            if (sub < 0) {
                continue;
            }
            int start = t.start(next);
            PlaceSpot a = new PlaceSpot(inTitle, next, next + abbreviation[0] - 1, start, abbreviation[1],
                    text.substring(start, abbreviation[1]), weight.applyAsDouble(start));
            a.candidates.add(new Candidate(Kind.SUBDIVISION, places.subdivision(sub).country(), sub, null));
            a.placeContext = true;
            int at = 0;
            while (at < spots.size() && spots.get(at).start < start) {
                at++;
            }
            spots.add(at, a);
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

    private static PlaceSpot spotAt(List<PlaceSpot> spots, int token) {
        for (PlaceSpot s : spots) {
            if (s.firstToken == token) {
                return s;
            }
        }
        return null;
    }
}
