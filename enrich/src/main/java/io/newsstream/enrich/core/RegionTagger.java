package io.newsstream.enrich.core;

import io.newsstream.enrich.core.PlaceSpot.Candidate;
import io.newsstream.enrich.core.PlaceSpot.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The geoparser: finds the places an article names and the country it is about.
 *
 * <p>Title and body are tokenised once; at every capitalised token the longest phrase of the
 * country {@link Gazetteer} or the {@link PlaceGazetteer} (cities, subdivisions, regions) is
 * taken, subject to capitalisation, tight spacing and context rules ("Mr Jordan", "Paris Hilton",
 * "Clinton said", sentence-initial common words such as "Reading"). The {@link PlaceResolver}
 * then chooses one reading per spot by prominence and by the other places of the article; the
 * {@link RegionRollup} turns the readings into body mentions, regions (every city and subdivision
 * also counting for its country) and the focus country. Evidence is weighted by position (title
 * {@value #TITLE_WEIGHT}, first paragraph {@value #LEAD_WEIGHT}, a wire dateline only
 * {@value #DATELINE_WEIGHT}). Immutable and thread-safe.
 */
public final class RegionTagger {
    static final double TITLE_WEIGHT = 2.0;
    static final double LEAD_WEIGHT = 1.5;
    static final double BODY_WEIGHT = 1.0;
    static final double DATELINE_WEIGHT = 0.5;
    private static final int MAX_GAP = 2;
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[^\\n]{2,60}?)\\s*(?<agency>\\([^)\\n]{1,30}\\))?\\s*(?:-{1,2}|–|—)\\s");
    private static final Pattern MONTH_DAY = Pattern.compile(
            ",\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "del", "la", "le", "les", "du", "des",
            "upon", "on", "am", "an", "der", "en", "y", "e", "al", "el", "sur", "di", "da", "do", "dos", "das",
            "region", "oblast", "province", "governorate", "prefecture", "and", "s", "im", "in", "d", "l", "et");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
            "gov", "governor", "president", "judge", "justice", "coach", "officer", "sheriff", "chief", "sgt",
            "lt", "capt", "gen", "general", "col", "prof", "professor", "pastor", "rev", "father", "sister",
            "brother", "uncle", "aunt", "mayor", "minister", "secretary", "commissioner", "councilman",
            "councilwoman", "deputy", "detective", "trooper", "attorney", "king", "queen", "prince", "princess",
            "lord", "lady", "sir", "saint");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained", "wrote",
            "asked", "noted", "argued", "insisted", "stated", "replied", "continued", "recalled", "tweeted");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "in", "at", "from", "for", "but", "and",
            "when", "after", "before", "to", "on", "of", "by", "with", "as", "while", "since", "like", "near",
            "across", "outside", "inside", "throughout", "a", "an", "this", "that", "both", "all", "unlike",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
            "downtown", "rural", "suburban", "metro", "upstate", "via", "into", "over", "if", "so", "then", "than",
            "or", "nor", "yet", "because", "where", "although", "though", "until", "during", "between", "among");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PLACE_WORDS = Set.of("county", "parish", "borough", "township");

    private final Gazetteer countries;
    private final PlaceGazetteer places;
    private final PlaceResolver resolver;
    private final RegionRollup rollup;

    public RegionTagger(Gazetteer countries, PlaceGazetteer places) {
        this.countries = countries;
        this.places = places;
        this.resolver = new PlaceResolver(countries, places);
        this.rollup = new RegionRollup(countries, places);
    }

    /** A tagger over the shipped place gazetteer. */
    public RegionTagger(Gazetteer countries) {
        this(countries, PlaceGazetteer.loadDefault());
    }

    public RegionResult tag(String title, String body) {
        String b = body == null ? "" : body;
        Tokens titleTokens = Tokens.of(title);
        Tokens bodyTokens = Tokens.of(b);
        Supplier<Set<String>> vocabulary = () -> {
            Set<String> v = new HashSet<>();
            for (Tokens t : List.of(titleTokens, bodyTokens)) {
                for (int i = 0; i < t.size(); i++) {
                    v.add(t.key(i));
                }
            }
            return v;
        };
        int paragraphBreak = b.indexOf("\n\n");
        int leadEnd = paragraphBreak < 0 ? b.length() : paragraphBreak;
        int datelineEnd = datelineEnd(b);

        List<PlaceSpot> spots = new ArrayList<>();
        spot(titleTokens, true, spots, start -> TITLE_WEIGHT);
        spot(bodyTokens, false, spots, start -> start < datelineEnd ? DATELINE_WEIGHT
                : start < leadEnd ? LEAD_WEIGHT : BODY_WEIGHT);
        Set<String> personNames = new HashSet<>();
        for (PlaceSpot s : spots) {
            if (s.personName && s.firstToken == s.lastToken) {
                personNames.add(s.text.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (PlaceSpot s : spots) {
            if (!personNames.isEmpty() && s.firstToken == s.lastToken
                    && personNames.contains(s.text.toLowerCase(java.util.Locale.ROOT))) {
                s.personContext = true;
            }
        }
        resolver.resolve(spots, vocabulary);
        return rollup.result(spots);
    }

    private interface PositionWeight {
        double at(int start);
    }

    private void spot(Tokens t, boolean inTitle, List<PlaceSpot> out, PositionWeight weight) {
        int n = t.size();
        String text = t.text();
        List<PlaceSpot> local = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(text.charAt(t.start(i)))) {
                continue;
            }
            String first = t.key(i);
            int max = Math.min(Math.max(countries.maxPhraseLength(first), places.maxPhraseLength(first)),
                    reach(t, i));
            for (int len = max; len >= 1; len--) {
                String key = t.phraseKey(i, len);
                Gazetteer.Phrase p = countries.phrase(key);
                if (p != null && !caseMatches(t, i, p.surface())) {
                    p = null;
                }
                int[] refs = places.candidates(key);
                if (refs != null && !placeCaseMatches(t, i, len) && !(anyRegion(refs) && allCaps(t, i))) {
                    refs = null;
                }
                if (refs != null && p != null && p.kind() == Gazetteer.Kind.BLOCK) {
                    refs = withoutSmallTowns(refs);
                }
                if (p == null && refs == null) {
                    continue;
                }
                if (p != null && p.kind() == Gazetteer.Kind.BLOCK && refs == null) {
                    i += len - 1;
                    break;
                }
                int start = t.start(i);
                int end = t.end(i + len - 1);
                if (end < text.length() && text.charAt(end) == '.' && key.length() <= 8
                        && (p != null ? p.text().endsWith(".") : t.end(i + len - 1) - t.start(i + len - 1) <= 3
                                && len > 1)) {
                    end++;
                }
                PlaceSpot s = new PlaceSpot(inTitle, i, i + len - 1, start, end, text.substring(start, end),
                        weight.at(start));
                if (p != null && p.kind() != Gazetteer.Kind.BLOCK) {
                    Kind k = switch (p.kind()) {
                        case DEMONYM -> Kind.DEMONYM;
                        case AMBIGUOUS -> Kind.AMBIGUOUS_COUNTRY;
                        default -> Kind.COUNTRY;
                    };
                    s.candidates.add(new Candidate(k, p.code(), -1, p.confirm()));
                }
                if (refs != null && (p == null || p.kind() != Gazetteer.Kind.NAME && p.kind() != Gazetteer.Kind.DEMONYM)) {
                    addPlaceCandidates(s, refs);
                }
                if (!s.candidates.isEmpty()) {
                    context(t, s);
                    local.add(s);
                }
                i += len - 1;
                break;
            }
        }
        counties(t, inTitle, local, weight);
        qualifiers(t, local);
        out.addAll(local);
    }

    private static boolean anyRegion(int[] refs) {
        for (int ref : refs) {
            if (PlaceGazetteer.type(ref) == PlaceGazetteer.Type.REGION) {
                return true;
            }
        }
        return false;
    }

    /** A blocked phrase ("White House", "New Jersey") still names a subdivision, a region or a large city. */
    private int[] withoutSmallTowns(int[] refs) {
        int[] kept = java.util.Arrays.stream(refs).filter(r -> PlaceGazetteer.type(r) != PlaceGazetteer.Type.CITY
                || places.cityPopulation(PlaceGazetteer.index(r)) >= PlaceResolver.LARGE_CITY).toArray();
        return kept.length == 0 ? null : kept;
    }

    private void addPlaceCandidates(PlaceSpot s, int[] refs) {
        for (int ref : refs) {
            int index = PlaceGazetteer.index(ref);
            switch (PlaceGazetteer.type(ref)) {
                case CITY -> {
                    if (!CALENDAR.contains(Texts.foldToken(s.text))) {
                        s.candidates.add(new Candidate(Kind.CITY, places.cityCountry(index), index, null));
                    }
                }
                case SUBDIVISION -> s.candidates.add(new Candidate(Kind.SUBDIVISION,
                        places.subdivision(index).country(), index, null));
                case REGION -> {
                    PlaceGazetteer.NamedRegion r = places.region(index);
                    boolean macro = r.kind().startsWith("macro");
                    String country = r.kind().equals("country") ? r.targets().get(0)
                            : r.kind().equals("sub") ? r.targets().get(0).substring(0, 2) : null;
                    s.candidates.clear();
                    s.candidates.add(new Candidate(macro ? Kind.MACRO : Kind.REGION, country, index, null));
                    return;
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /** Sentence start and person context ("Mr Jordan", "Michael Jordan", "Jordan said") of a spot. */
    private static void context(Tokens t, PlaceSpot s) {
        String text = t.text();
        s.sentenceInitial = sentenceInitial(t, s.firstToken);
        int prev = s.firstToken - 1;
        if (prev >= 0 && t.start(s.firstToken) - t.end(prev) <= 2) {
            String gap = text.substring(t.end(prev), t.start(s.firstToken));
            String prevKey = t.key(prev);
            boolean prevUpper = Character.isUpperCase(text.charAt(t.start(prev)));
            if (TITLES.contains(prevKey) && (gap.equals(" ") || gap.equals(". "))) {
                s.personContext = true;
                s.personName = true;
            } else if (prevUpper && gap.equals(" ") && !FUNCTION_WORDS.contains(prevKey)
                    && !allCaps(t, prev)) {
                s.personContext = true;
            }
        }
        int next = s.lastToken + 1;
        if (next < t.size() && t.start(next) - t.end(s.lastToken) == 1 && text.charAt(s.end) == ' ') {
            if (SPEECH.contains(t.key(next))) {
                s.speech = true;
            } else if (Character.isUpperCase(text.charAt(t.start(next))) && !PLACE_WORDS.contains(t.key(next))
                    && !FUNCTION_WORDS.contains(t.key(next)) && !allCaps(t, next)) {
                s.nameHead = true;
            }
        }
    }

    private static boolean allCaps(Tokens t, int i) {
        String text = t.text();
        for (int x = t.start(i); x < t.end(i); x++) {
            if (Character.isLowerCase(text.charAt(x))) {
                return false;
            }
        }
        return true;
    }

    static boolean sentenceInitial(Tokens t, int i) {
        String text = t.text();
        int x = t.start(i) - 1;
        while (x >= 0 && (text.charAt(x) == ' ' || text.charAt(x) == '"' || text.charAt(x) == '“'
                || text.charAt(x) == '\'' || text.charAt(x) == '‘' || text.charAt(x) == '(')) {
            x--;
        }
        if (x < 0) {
            return true;
        }
        char c = text.charAt(x);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-' || c == '—';
    }

    /** "Laurel County", "Orleans Parish": capitalised words before a place word form a county mention. */
    private void counties(Tokens t, boolean inTitle, List<PlaceSpot> spots, PositionWeight weight) {
        String text = t.text();
        for (int i = 1; i < t.size(); i++) {
            if (!PLACE_WORDS.contains(t.key(i)) || !Character.isUpperCase(text.charAt(t.start(i)))) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && i - first < 3 && Character.isUpperCase(text.charAt(t.start(first - 1)))
                    && t.start(first) - t.end(first - 1) == 1 && text.charAt(t.end(first - 1)) == ' '
                    && !FUNCTION_WORDS.contains(t.key(first - 1)) && !PLACE_WORDS.contains(t.key(first - 1))) {
                first--;
            }
            if (first == i) {
                continue;
            }
            int lo = first;
            int hi = i;
            spots.removeIf(s -> s.lastToken >= lo && s.firstToken <= hi && s.candidates.stream()
                    .noneMatch(c -> c.kind() == Kind.COUNTRY || c.kind() == Kind.SUBDIVISION && s.lastToken > hi));
            int start = t.start(first);
            int end = t.end(i);
            PlaceSpot s = new PlaceSpot(inTitle, first, i, start, end, text.substring(start, end), weight.at(start));
            countyCandidates(s, t.phraseKey(first, i - first));
            int at = 0;
            while (at < spots.size() && spots.get(at).start < start) {
                at++;
            }
            spots.add(at, s);
        }
    }

    /**
     * A county's readings: one per country that has towns of the county's name ("Laurel" County →
     * US), the index carrying how many; one without a country when no town has that name.
     */
    private void countyCandidates(PlaceSpot s, String key) {
        int[] refs = places.candidates(key);
        Map<String, Integer> counts = new HashMap<>();
        if (refs != null) {
            for (int ref : refs) {
                if (PlaceGazetteer.type(ref) == PlaceGazetteer.Type.CITY) {
                    counts.merge(places.cityCountry(PlaceGazetteer.index(ref)), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            s.candidates.add(new Candidate(Kind.COUNTY, null, 0, null));
        }
        counts.forEach((country, n) -> s.candidates.add(new Candidate(Kind.COUNTY, country, n, null)));
    }

    /** "Paris, Texas" / "Moscow, Idaho" / "Athens, Ga.": a subdivision or country right after ", ". */
    private void qualifiers(Tokens t, List<PlaceSpot> spots) {
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
            if (abbreviation != null) {
                String iso = places.qualifierAbbreviation(t.phraseKey(next, abbreviation[0]).replace(" ", ""));
                int sub = iso == null ? -1 : places.subdivisionIndex(iso);
                if (sub >= 0) {
                    s.qualifierSubdivisions.add(sub);
                    boolean spotted = k + 1 < spots.size() && spots.get(k + 1).firstToken == next;
                    if (!spotted) {
                        int start = t.start(next);
                        PlaceSpot a = new PlaceSpot(s.inTitle, next, next + abbreviation[0] - 1, start,
                                abbreviation[1], text.substring(start, abbreviation[1]), s.weight);
                        a.candidates.add(new Candidate(Kind.SUBDIVISION, places.subdivision(sub).country(), sub, null));
                        spots.add(k + 1, a);
                        k++;
                    }
                }
            }
        }
    }

    /**
     * A state abbreviation at token i ("Ga.", "W.Va.", or two capitals "GA"): {token count, end offset};
     * null when there is none.
     */
    private static int[] abbreviationAt(Tokens t, int i) {
        String text = t.text();
        if (t.end(i) - t.start(i) == 2 && allCaps(t, i)) {
            int after = t.end(i);
            if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) != '.') {
                return new int[] {1, after};
            }
        }
        int x = i;
        while (x < t.size() && x - i < 3 && Character.isUpperCase(text.charAt(t.start(x)))
                && t.end(x) - t.start(x) <= 4 && t.end(x) < text.length() && text.charAt(t.end(x)) == '.') {
            x++;
            if (x < t.size() && t.start(x) - t.end(x - 1) > 2) {
                break;
            }
        }
        return x == i ? null : new int[] {x - i, t.end(x - 1) + 1};
    }

    private static boolean caseMatches(Tokens t, int from, List<String> surface) {
        for (int k = 0; k < surface.size(); k++) {
            String want = surface.get(k);
            String got = t.surface(from + k);
            char w0 = want.charAt(0);
            if (!Character.isUpperCase(w0)) {
                continue;
            }
            if (!Character.isUpperCase(got.charAt(0))) {
                return false;
            }
            boolean abbreviation = want.length() == 1 || want.chars().allMatch(c -> !Character.isLowerCase(c));
            if (abbreviation && got.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** Place names: a capitalised first word, later words capitalised or connectors; no short all-caps words. */
    private static boolean placeCaseMatches(Tokens t, int from, int len) {
        String text = t.text();
        for (int k = from; k < from + len; k++) {
            char c = text.charAt(t.start(k));
            int length = t.end(k) - t.start(k);
            if (length >= 2 && length <= 4 && allCaps(t, k)) {
                return false;
            }
            if (k > from && !Character.isUpperCase(c) && !CONNECTORS.contains(t.key(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many tokens from i can belong to one name: closely spaced ({@link #tight}), each capitalised
     * or a connector ("of", "and", "region").
     */
    private static int reach(Tokens t, int i) {
        String text = t.text();
        int k = i + 1;
        while (k < t.size() && tight(t, k - 1, 2)
                && (Character.isUpperCase(text.charAt(t.start(k))) || CONNECTORS.contains(t.key(k)))) {
            k++;
        }
        return k - i;
    }

    /** Words of one phrase follow each other closely: a space, a hyphen, an apostrophe or an abbreviation's dot. */
    private static boolean tight(Tokens t, int from, int len) {
        String text = t.text();
        for (int k = from; k < from + len - 1; k++) {
            int gapStart = t.end(k);
            int gapEnd = t.start(k + 1);
            if (gapEnd - gapStart > MAX_GAP) {
                return false;
            }
            for (int x = gapStart; x < gapEnd; x++) {
                char c = text.charAt(x);
                boolean ok = c == ' ' || c == '-' || c == '\'' || c == '’'
                        || (c == '.' && t.end(k) - t.start(k) <= 4);
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** End of a wire dateline ("LONDON, May 3 (Reuters) - ") at the start of the body, else 0. */
    static int datelineEnd(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return 0;
        }
        String place = m.group("place");
        String firstWord = place.split("[ ,]")[0];
        boolean shouting = firstWord.length() >= 2 && firstWord.chars().noneMatch(Character::isLowerCase)
                && firstWord.chars().anyMatch(Character::isLetter);
        if (shouting || m.group("agency") != null || MONTH_DAY.matcher(place).find()) {
            return m.end();
        }
        return 0;
    }
}
