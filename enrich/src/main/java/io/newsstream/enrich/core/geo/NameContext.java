package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import io.newsstream.enrich.core.text.TokenShapes;
import io.newsstream.enrich.core.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context rules around a place name: sentence start, a person's name around it ("Mr Jordan",
 * "Michael Jordan", "Roy A. Nelson", "Jordan said"), a following capitalised word ("Paris Hilton"), a given
 * name before a capitalised word ("Mary Wheeler"), a street ("Dublin Road"), and a word once named with a
 * title being a person throughout the article. Stateless.
 */
final class NameContext {
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
            "gov", "governor", "president", "judge", "justice", "coach", "officer", "sheriff", "chief", "sgt",
            "lt", "capt", "gen", "general", "col", "prof", "professor", "pastor", "rev", "father", "sister",
            "brother", "uncle", "aunt", "mayor", "minister", "secretary", "commissioner", "councilman",
            "councilwoman", "deputy", "detective", "trooper", "attorney", "king", "queen", "prince", "princess",
            "lord", "lady", "sir", "saint");
    /** Kin and companions before a name ("his wife Nancy"): the name is a person's. */
    static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father", "grandson",
            "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "widow", "widower",
            "boyfriend", "girlfriend", "fiance", "fiancee", "stepson", "stepdaughter", "twin", "sons", "daughters");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds", "explained",
            "explains", "wrote", "writes", "asked", "asks", "noted", "notes", "argued", "argues", "insisted",
            "insists", "stated", "states", "replied", "replies", "continued", "recalled", "recalls", "tweeted",
            "concedes", "conceded", "thinks", "thought", "believes", "believed", "agrees", "agreed", "admits",
            "admitted", "warns", "warned", "acknowledges", "acknowledged", "himself", "herself");
    static final Set<String> FUNCTION_WORDS = Set.of("the", "in", "at", "from", "for", "but", "and",
            "when", "after", "before", "to", "on", "of", "by", "with", "as", "while", "since", "like", "near",
            "across", "outside", "inside", "throughout", "a", "an", "this", "that", "both", "all", "unlike",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
            "downtown", "rural", "suburban", "metro", "upstate", "via", "into", "over", "if", "so", "then", "than",
            "or", "nor", "yet", "because", "where", "although", "though", "until", "during", "between", "among",
            "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
            "southwestern", "midwest", "midwestern", "mid", "upper", "lower", "metropolitan", "coastal",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december");
    /** Words after a place name that make it the seat of an institution ("Athens Police", "Dover City Council"). */
    static final Set<String> INSTITUTIONS = Set.of("city", "town", "village", "twp", "police", "fire", "mayor",
            "council", "board", "chamber", "station", "circuit", "superior", "municipal", "sheriff",
            "selectmen", "aldermen");
    /** Words of a town's own institutions ("Lebanon Police Department", "Palestine Independent School District"). */
    static final Set<String> MUNICIPAL = Set.of("city", "town", "village", "township", "council", "police", "fire",
            "school", "schools", "library", "district", "selectmen", "aldermen", "mayor", "sheriff");
    static final Set<String> PLACE_WORDS = Set.of("county", "parish", "borough", "township");
    /** Particles that join a place name into a longer proper name after a capitalised word ("Gare du Nord"). */
    static final Set<String> NAME_PARTICLES = Set.of("du", "de", "des", "del", "della", "di", "do", "da", "dos", "das");
    /** Words after a name that make it part of a street's name ("Dublin Road"). */
    static final Set<String> STREET_WORDS = Set.of("road", "rd", "street", "st", "avenue", "ave", "boulevard",
            "blvd", "lane", "drive");
    /** Lower-case prepositions before a name that make it a place ("in Dublin", "near Lebanon"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "inside",
            "across", "around", "throughout", "toward", "towards");

    /**
     * Words of other languages naming the kind of the place after them ("Bundesstaat Borno", "province de Pataz",
     * "estado de Benue", "штате Амасонас"), folded; English keeps its own rules.
     */
    static final Set<String> KIND_BEFORE = Set.of("bundesstaat", "bundesstaaten", "provinz", "region", "bezirk",
            "distrikt", "stadt", "marktstadt", "hauptstadt", "dorf", "ort", "gemeinde", "kanton", "landkreis",
            "departement", "province", "ville", "village", "commune", "comte", "district", "etat", "localite",
            "estado", "provincia", "ciudad", "localidad", "municipio", "pueblo", "departamento",
            "distrito", "штат", "штата", "штате", "провинция", "провинции", "провинцию", "город", "города",
            "городе", "деревня", "деревне", "село", "селе", "поселок", "поселке", "раион", "раионе", "уезд",
            "уезде", "округ", "округе", "тауншип", "тауншипе", "регион", "регионе", "эмират", "эмирате");
    static final Set<String> OF = Set.of("de", "du", "d", "del", "des");

    private static final Pattern DATELINE_TAIL =
            Pattern.compile("(?:,\\s*[A-Z][A-Za-z.]{1,14})?\\s+[—–-]{1,2}\\s");

    private NameContext() {
    }

    /**
     * Sentence start and person context ("Mr Jordan", "Michael Jordan", "Jordan said") of a spot; in an article in
     * a language with names of its own ({@code foreign}: German, French, Spanish, Russian) a kind word before the name ("Bundesstaat Borno") is place context, not a
     * given name, and a capitalised word that starts the sentence ("Аэропорт Копенгагена") is no given name either.
     */
    static void mark(Tokens t, PlaceSpot s, boolean foreign) {
        String text = t.text();
        s.demonymOtherUse = s.firstToken == s.lastToken && demonym(s) && DemonymUses.notTheCountry(t, s.firstToken);
        s.sentenceInitial = TokenShapes.sentenceInitial(t, s.firstToken);
        if (dateline(text, s)) {
            s.placeContext = true;
        }
        int prev = s.firstToken - 1;
        boolean kindBefore = foreign && TokenShapes.upper(t, s.firstToken) && kindBefore(t, s.firstToken);
        if (kindBefore) {
            s.placeContext = true;
        }
        if (!kindBefore && prev >= 0 && t.start(s.firstToken) - t.end(prev) <= 2 && TokenShapes.upper(t, s.firstToken)) {
            String gap = text.substring(t.end(prev), t.start(s.firstToken));
            String prevKey = t.key(prev);
            if (gap.equals(" ") && PLACE_PREPOSITIONS.contains(prevKey) && !TokenShapes.upper(t, prev)) {
                s.placeContext = true;
            }
            if (KIN.contains(prevKey) && gap.equals(" ") && !TokenShapes.upper(t, prev)) {
                s.personContext = true;
                s.personName = true;
            } else if (TITLES.contains(prevKey) && (gap.equals(" ") || gap.equals(". "))) {
                s.personContext = true;
                s.personName = true;
            } else if (gap.equals(". ") && initial(t, prev)) {
                s.personContext = true;
                s.surname = true;
            } else if (TokenShapes.upper(t, prev) && gap.equals(" ") && !FUNCTION_WORDS.contains(prevKey)
                    && !TokenShapes.allCaps(t, prev) && !(foreign && TokenShapes.sentenceInitial(t, prev))) {
                s.personContext = true;
                s.surname = !TokenShapes.sentenceInitial(t, prev);
                s.afterGivenName = GivenNames.contains(prevKey);
            }
        }
        if (prev >= 1 && NAME_PARTICLES.contains(t.key(prev)) && TokenShapes.upper(t, prev - 1)
                && !TokenShapes.sentenceInitial(t, prev - 1)
                && text.substring(t.end(prev - 1), t.start(s.firstToken)).equals(" " + t.surface(prev) + " ")) {
            s.street = true;
        }
        int next = s.lastToken + 1;
        if (next < t.size() && t.start(next) - t.end(s.lastToken) == 1 && text.charAt(s.end) == ' ') {
            s.municipal = municipal(t, next);
            if (INSTITUTIONS.contains(t.key(next)) && TokenShapes.upper(t, next)) {
                s.placeContext = true;
            }
            if (STREET_WORDS.contains(t.key(next)) && TokenShapes.upper(t, next)) {
                s.street = true;
            }
            if (SPEECH.contains(t.key(next))) {
                s.speech = true;
            } else if (TokenShapes.upper(t, next) && !PLACE_WORDS.contains(t.key(next))
                    && !INSTITUTIONS.contains(t.key(next))
                    && !FUNCTION_WORDS.contains(t.key(next)) && !TokenShapes.allCaps(t, next)) {
                s.nameHead = true;
                s.givenName = s.firstToken == s.lastToken && GivenNames.contains(t.key(s.firstToken));
            }
        }
    }

    /**
     * A dateline: the name in capitals, then an optional ", State" and a dash ("TORRINGTON — ", "March 29, 2009
     * PATASKALA -- ").
     */
    private static boolean dateline(String text, PlaceSpot s) {
        int end = s.end;
        if (end + 2 >= text.length() || text.charAt(end) != ' ' && text.charAt(end) != ',' || s.text.length() < 2) {
            return false;
        }
        for (int k = 0; k < s.text.length(); k++) {
            if (Character.isLowerCase(s.text.charAt(k))) {
                return false;
            }
        }
        return DATELINE_TAIL.matcher(text).region(s.end, Math.min(text.length(), s.end + 24)).lookingAt();
    }

    /** One of the next three capitalised words names a town's institution ("Palestine Independent School District"). */
    private static boolean municipal(Tokens t, int next) {
        for (int i = next; i < Math.min(t.size(), next + 3) && TokenShapes.upper(t, i); i++) {
            if (MUNICIPAL.contains(t.key(i))) {
                return true;
            }
            if (i + 1 < t.size() && (t.start(i + 1) - t.end(i) != 1 || t.text().charAt(t.end(i)) != ' ')) {
                return false;
            }
        }
        return false;
    }

    private static boolean demonym(PlaceSpot s) {
        for (PlaceSpot.Candidate c : s.candidates) {
            if (c.kind() == Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /** A kind word of another language right before token i, or before "de"/"du" before it ("province de Pataz"). */
    static boolean kindBefore(Tokens t, int i) {
        int prev = i - 1;
        return prev >= 0 && (KIND_BEFORE.contains(t.key(prev))
                || prev >= 1 && OF.contains(t.key(prev)) && KIND_BEFORE.contains(t.key(prev - 1)));
    }

    /** A middle initial ("Roy A. Nelson"): one capital letter after another capitalised word. */
    private static boolean initial(Tokens t, int i) {
        return t.end(i) - t.start(i) == 1 && Character.isUpperCase(t.text().charAt(t.start(i))) && i > 0
                && TokenShapes.upper(t, i - 1) && t.start(i) - t.end(i - 1) == 1;
    }

    /**
     * A one-word name once used with a title ("Mr Jordan") names a person wherever else it stands; one
     * used as a surname ("Bob Jones") or with a speech verb ("Jones said") is a person elsewhere too,
     * unless it names a large place or is used as a place ("in Jones", "Jones City Council") at least as
     * often.
     */
    static void spreadPersonNames(List<PlaceSpot> spots) {
        Set<String> personNames = null;
        Set<String> surnames = null;
        Set<String> fullNames = null;
        Map<String, Integer> placeUses = null;
        for (PlaceSpot s : spots) {
            if (s.firstToken != s.lastToken) {
                continue;
            }
            if (s.personName) {
                personNames = add(personNames, s.name());
            }
            if (s.surname || s.speech) {
                surnames = add(surnames, s.name());
            }
            if (s.afterGivenName) {
                fullNames = add(fullNames, s.name());
            }
            if (s.placeContext || s.surname || s.speech) {
                placeUses = placeUses == null ? new HashMap<>() : placeUses;
                placeUses.merge(s.name(), s.placeContext ? 1 : -1, Integer::sum);
            }
        }
        if (surnames != null) {
            Map<String, Integer> uses = placeUses;
            surnames.removeIf(name -> uses.getOrDefault(name, 0) >= 0);
        }
        if (placeUses != null) {
            for (PlaceSpot s : spots) {
                if (s.firstToken == s.lastToken && placeUses.getOrDefault(s.name(), 0) > 0) {
                    s.placeNamed = true;
                }
            }
        }
        if (personNames == null && surnames == null) {
            return;
        }
        for (PlaceSpot s : spots) {
            if (s.firstToken != s.lastToken) {
                continue;
            }
            String key = s.name();
            if (personNames != null && personNames.contains(key)) {
                s.personContext = true;
            }
            if (surnames != null && surnames.contains(key)) {
                s.personElsewhere = true;
                s.fullNameElsewhere = fullNames != null && fullNames.contains(key);
            }
        }
    }

    private static Set<String> add(Set<String> set, String name) {
        Set<String> s = set == null ? new HashSet<>() : set;
        s.add(name);
        return s;
    }
}
