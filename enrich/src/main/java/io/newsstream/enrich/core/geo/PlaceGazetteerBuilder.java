package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.newsstream.enrich.core.geo.PlaceGazetteer.NamedRegion;
import io.newsstream.enrich.core.geo.PlaceGazetteer.Subdivision;

/** Collects the gazetteer files' rows while {@link PlaceGazetteer} loads them. */
final class PlaceGazetteerBuilder {
    final IntList ids = new IntList();
    final List<String> countries = new ArrayList<>();
    final IntList subs = new IntList();
    final IntList pops = new IntList();
    final List<Float> lats = new ArrayList<>();
    final List<Float> lons = new ArrayList<>();
    final List<Byte> flags = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Subdivision> subdivisions = new ArrayList<>();
    final Map<String, Integer> subdivisionIndex = new HashMap<>();
    final List<NamedRegion> regions = new ArrayList<>();
    final Map<String, Long> countryWeight = new HashMap<>();
    final Map<String, int[]> phrases = new HashMap<>(400_000);
    final Map<String, String> abbreviations = new HashMap<>();
    final Map<String, String> interned = new HashMap<>();
    final Map<String, int[]> counties = new HashMap<>(4_000);
    final Map<Integer, Integer> cityIndex = new HashMap<>(250_000);
    final Map<String, Integer> regionIndex = new HashMap<>();
    final Map<String, Map<String, int[]>> localPhrases = new HashMap<>();
    final Map<String, java.util.Set<String>> commonWords = new HashMap<>();

    void addCounty(String[] f) {
        int[] subs = Arrays.stream(f[2].split(",")).mapToInt(c -> subdivisionIndex.getOrDefault(c, -1))
                .filter(i -> i >= 0).toArray();
        if (subs.length > 0) {
            Tokens t = Tokens.of(f[1]);
            counties.put(t.phraseKey(0, t.size()), subs);
        }
    }

    void addSubdivision(String[] f) {
        int index = subdivisions.size();
        subdivisions.add(new Subdivision(f[1], f[2], f[3], parse(f[4]), parse(f[5]), Long.parseLong(f[6]),
                f[7].contains("w")));
        subdivisionIndex.put(f[1], index);
        for (String name : f[8].split("\\|")) {
            addPhrase(name, PlaceGazetteer.ref(PlaceGazetteer.Type.SUBDIVISION, index));
        }
    }

    void addCity(String[] f) {
        int index = ids.size();
        ids.add(Integer.parseInt(f[1]));
        cityIndex.put(Integer.parseInt(f[1]), index);
        countries.add(interned.computeIfAbsent(f[2], k -> k));
        subs.add(f[3].isEmpty() ? -1 : subdivisionIndex.getOrDefault(f[3], -1));
        String feature = f[4];
        pops.add(Integer.parseInt(f[5]));
        lats.add(Float.parseFloat(f[6]));
        lons.add(Float.parseFloat(f[7]));
        byte flag = 0;
        if (f[8].contains("w")) {
            flag |= PlaceGazetteer.FLAG_COMMON_WORD;
        }
        if (feature.equals("PPLC")) {
            flag |= PlaceGazetteer.FLAG_CAPITAL;
        }
        if (feature.equals("PPLA")) {
            flag |= PlaceGazetteer.FLAG_ADMIN_SEAT;
        }
        flags.add(flag);
        names.add(f[9]);
        int ref = PlaceGazetteer.ref(PlaceGazetteer.Type.CITY, index);
        addPhrase(f[9], ref);
        if (f.length > 10 && !f[10].isEmpty()) {
            for (String alt : f[10].split("\\|")) {
                addPhrase(alt, ref | PlaceGazetteer.ALTERNATE_NAME);
            }
        }
    }

    /**
     * {@code L LANG S|C|R ISO_CODE|GEONAMEID|REGION_NAME NAMES}: names of a subdivision, town or region only in
     * articles in LANG.
     */
    void addLocalNames(String[] f) {
        Integer index = switch (f[2]) {
            case "S" -> subdivisionIndex.get(f[3]);
            case "C" -> cityIndex.get(Integer.valueOf(f[3]));
            default -> regionIndex.get(f[3]);
        };
        if (index == null) {
            return;
        }
        int ref = switch (f[2]) {
            case "S" -> PlaceGazetteer.ref(PlaceGazetteer.Type.SUBDIVISION, index);
            case "C" -> PlaceGazetteer.ref(PlaceGazetteer.Type.CITY, index) | PlaceGazetteer.LOCAL_NAME;
            default -> PlaceGazetteer.ref(PlaceGazetteer.Type.REGION, index);
        };
        Map<String, int[]> names = localPhrases.computeIfAbsent(f[1], k -> new HashMap<>());
        for (String name : f[4].split("\\|")) {
            Tokens t = Tokens.of(name);
            if (t.size() > 0) {
                addKey(names, t.phraseKey(0, t.size()), ref);
            }
        }
    }

    void addRegion(String[] f) {
        int index = regions.size();
        List<String> targets = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
        regions.add(new NamedRegion(f[1], targets, f[3]));
        regionIndex.putIfAbsent(f[3], index);
        for (String name : f[4].split("\\|")) {
            addPhrase(name, PlaceGazetteer.ref(PlaceGazetteer.Type.REGION, index));
        }
    }

    void addFreeAbbreviation(String[] f) {
        Integer sub = subdivisionIndex.get(f[1]);
        if (sub != null) {
            addPhrase(f[2], PlaceGazetteer.ref(PlaceGazetteer.Type.SUBDIVISION, sub));
        }
    }

    void addPhrase(String name, int ref) {
        Tokens t = Tokens.of(name);
        if (t.size() == 0) {
            return;
        }
        addKey(phrases, t.phraseKey(0, t.size()), ref);
    }

    private static void addKey(Map<String, int[]> phrases, String key, int ref) {
        int[] old = phrases.get(key);
        if (old == null) {
            phrases.put(key, new int[] {ref});
        } else {
            for (int r : old) {
                if ((r & ~PlaceGazetteer.ALTERNATE_NAME) == (ref & ~PlaceGazetteer.ALTERNATE_NAME)) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = ref;
            phrases.put(key, grown);
        }
    }

    private static Double parse(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** A growable int list without boxing. */
    static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int size() {
            return size;
        }
    }
}
