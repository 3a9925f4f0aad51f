package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import io.newsstream.enrich.core.text.Texts;
import io.newsstream.enrich.core.text.TokenShapes;
import io.newsstream.enrich.core.text.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Finds place-name spots in one tokenised text: at every capitalised token the longest phrase of the
 * country {@link Gazetteer} or the {@link PlaceGazetteer} (cities, subdivisions, regions) whose words
 * are closely spaced and properly capitalised, with its candidate readings. Blocked phrases ("White
 * House") hide their words unless they also name a subdivision, a region or a large city. In an article in
 * another language its own names count too, lower-case ones included ("nigerianische", "Émirats arabes unis",
 * "Херсонской области"), and a one-word name that is a word of that language ("Un") names only a large city. Immutable.
 */
final class PlaceMatcher {
    private static final Set<String> CONNECTORS = foldAll("of", "the", "de", "del", "la", "le", "les", "du", "des",
            "upon", "on", "am", "an", "der", "en", "y", "e", "al", "el", "sur", "di", "da", "do", "dos", "das",
            "region", "oblast", "province", "governorate", "prefecture", "and", "s", "im", "in", "d", "l", "et",
            "область", "области", "областью", "край", "края", "краю", "крае", "краем", "округ", "округа", "округе",
            "округом", "республика", "республики", "республике", "республику", "республикой",
            "де", "на", "ла", "ле", "эль", "аль", "эд", "эз", "эс", "эт", "эш", "ад", "аз", "ас", "ат", "аш", "дель",
            "да", "ду", "ди", "дос", "дас", "ан", "ам", "им", "сюр");

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private final Gazetteer countries;
    private final PlaceGazetteer places;

    PlaceMatcher(Gazetteer countries, PlaceGazetteer places) {
        this.countries = countries;
        this.places = places;
    }

    /**
     * Adds the spots of one text to {@code out}, in text order, with their sentence and name context; names of another
     * language than the article's ({@code language}, null when unknown) are not names here.
     */
    void match(Tokens t, boolean inTitle, String language, List<PlaceSpot> out, IntToDoubleFunction weight) {
        int n = t.size();
        String text = t.text();
        boolean foreign = language != null && countries.hasNamesIn(language);
        LocalNames local = places.localNames(language);
        for (int i = 0; i < n; i++) {
            boolean upper = TokenShapes.upper(t, i);
            if (!upper && !foreign) {
                continue;
            }
            String first = t.key(i);
            int lowerLocal = !upper && local != null ? tightReach(t, i, local.maxLength(first)) : 0;
            if (!upper && countries.maxLowerCasePhraseLength(first) == 0 && lowerLocal < 2) {
                continue;
            }
            int longest = Math.max(countries.maxPhraseLength(first), places.maxPhraseLength(first));
            int capitalised = upper ? Math.min(longest, reach(t, i, longest)) : 0;
            int max = !foreign ? capitalised : Math.max(capitalised, tightReach(t, i,
                    upper ? countries.maxPhraseLength(first) : countries.maxLowerCasePhraseLength(first)));
            if (local != null && upper) {
                max = Math.max(max, tightReach(t, i, local.maxLength(first)));
            }
            max = Math.max(max, lowerLocal);
            for (int len = max; len >= 1; len--) {
                String key = t.phraseKey(i, len);
                Gazetteer.Phrase p = countries.phrase(key);
                if (p != null && (!caseMatches(t, i, p.surface()) || !p.namesIn(language)
                        || (len > capitalised || !upper) && !p.ownIn(language))) {
                    p = null;
                }
                int[] refs = upper && len <= capitalised ? places.candidates(key) : null;
                if (refs != null && !placeCaseMatches(t, i, len) && !(anyRegion(refs) && TokenShapes.allCaps(t, i))) {
                    refs = null;
                }
                if (local != null && (upper || len >= 2)) {
                    refs = union(refs, local.candidates(key));
                }
                if (refs != null && p != null && p.kind() == Gazetteer.Kind.BLOCK) {
                    refs = withoutSmallTowns(refs);
                }
                if (refs != null && len == 1 && places.commonWordIn(language, key)) {
                    refs = asCommonWord(refs, NameContext.kindBefore(t, i));
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
                        weight.applyAsDouble(start));
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
                } else if (refs != null && p.kind() == Gazetteer.Kind.NAME) {
                    s.sameNamedTowns = towns(refs);
                }
                if (!s.candidates.isEmpty()) {
                    NameContext.mark(t, s, foreign);
                    out.add(s);
                }
                i += len - 1;
                break;
            }
        }
    }

    /** Both sets of references, each once; null when both are null. */
    private static int[] union(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    /** The towns among the references, by their own name only; null when none. */
    private static int[] towns(int[] refs) {
        int[] towns = Arrays.stream(refs).filter(r -> PlaceGazetteer.type(r) == PlaceGazetteer.Type.CITY
                && !PlaceGazetteer.alternateName(r)).map(PlaceGazetteer::index).toArray();
        return towns.length == 0 ? null : towns;
    }

    private static boolean anyRegion(int[] refs) {
        for (int ref : refs) {
            if (PlaceGazetteer.type(ref) == PlaceGazetteer.Type.REGION) {
                return true;
            }
        }
        return false;
    }

    /**
     * A blocked phrase ("New Jersey") still names a subdivision, a region or a large city by its own name
     * (not "White House", an alternate name of Casablanca).
     */
    private int[] withoutSmallTowns(int[] refs) {
        int[] kept = Arrays.stream(refs).filter(r -> PlaceGazetteer.type(r) != PlaceGazetteer.Type.CITY
                || places.cityPopulation(PlaceGazetteer.index(r)) >= PlaceResolver.LARGE_CITY
                        && !PlaceGazetteer.alternateName(r)).toArray();
        return kept.length == 0 ? null : kept;
    }

    /**
     * A word of the article's language ("Zug", "un") names a large city by its own name or a named region; a town
     * or a subdivision only after a kind word ("departamento del Cauca").
     */
    private int[] asCommonWord(int[] refs, boolean kindBefore) {
        int[] kept = Arrays.stream(refs).filter(r -> switch (PlaceGazetteer.type(r)) {
            case REGION -> true;
            case SUBDIVISION -> kindBefore;
            default -> kindBefore || places.cityPopulation(PlaceGazetteer.index(r)) >= PlaceResolver.LARGE_CITY
                    && !PlaceGazetteer.alternateName(r);
        }).toArray();
        return kept.length == 0 ? null : kept;
    }

    private void addPlaceCandidates(PlaceSpot s, int[] refs) {
        for (int ref : refs) {
            int index = PlaceGazetteer.index(ref);
            switch (PlaceGazetteer.type(ref)) {
                case CITY -> {
                    if (!CALENDAR.contains(Texts.foldToken(s.text))) {
                        s.candidates.add(new Candidate(Kind.CITY, places.cityCountry(index), index, null,
                                PlaceGazetteer.alternateName(ref), PlaceGazetteer.localName(ref)));
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
        for (int k = from; k < from + len; k++) {
            int length = t.end(k) - t.start(k);
            if (length >= 2 && length <= 4 && TokenShapes.allCaps(t, k)) {
                return false;
            }
            if (k > from && !TokenShapes.upper(t, k) && !CONNECTORS.contains(t.key(k))) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens from i (at most limit) are closely spaced, whatever their case ("Émirats arabes unis"). */
    private static int tightReach(Tokens t, int i, int limit) {
        int k = i + 1;
        while (k < t.size() && k - i < limit && TokenShapes.tight(t, k - 1, 2)) {
            k++;
        }
        return k - i;
    }

    /**
     * How many tokens from i (at most limit) can belong to one name: closely spaced ({@link TokenShapes#tight}), each
     * capitalised or a connector ("of", "and", "region").
     */
    private static int reach(Tokens t, int i, int limit) {
        int k = i + 1;
        while (k < t.size() && k - i < limit && TokenShapes.tight(t, k - 1, 2)
                && (TokenShapes.upper(t, k) || CONNECTORS.contains(t.key(k)))) {
            k++;
        }
        return k - i;
    }

    private static Set<String> foldAll(String... words) {
        return Arrays.stream(words).map(Texts::foldToken).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
