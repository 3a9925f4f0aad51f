package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the countries an article is about (countries only for now). The title and the body are
 * tokenised once and matched longest-first against the {@link Gazetteer}'s phrases; a phrase
 * matches only when its capitalised words are capitalised in the text (all-capital abbreviations
 * such as "US" exactly), blocking phrases ("Latin America") consume their words, and ambiguous
 * names ("Georgia") count only when a confirming word occurs in the article. Names in the body
 * become {@link Mention}s (offsets into the body); names and demonyms both count as evidence.
 * Evidence is weighted by position (title {@value #TITLE_WEIGHT}, first paragraph
 * {@value #LEAD_WEIGHT}, a wire dateline only {@value #DATELINE_WEIGHT}); a region's score is its
 * share of the article's evidence, and the focus country is the best-scored one. Immutable and
 * thread-safe.
 */
public final class RegionTagger {
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;
    static final double DATELINE_WEIGHT = 0.5;
    static final double DEMONYM_FACTOR = 0.5;
    private static final int MAX_GAP = 2;
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[^\\n]{2,60}?)\\s*(?<agency>\\([^)\\n]{1,30}\\))?\\s*(?:-{1,2}|–|—)\\s");
    private static final Pattern MONTH_DAY = Pattern.compile(
            ",\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b");

    private final Gazetteer gazetteer;

    public RegionTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Hit(String code, Gazetteer.Kind kind, int start, int end, String text, double weight,
                       List<List<String>> confirm, int order) {}

    public RegionResult tag(String title, String body) {
        String b = body == null ? "" : body;
        Tokens titleTokens = Tokens.of(title);
        Tokens bodyTokens = Tokens.of(b);
        Set<String> vocabulary = new HashSet<>();
        for (Tokens t : List.of(titleTokens, bodyTokens)) {
            for (int i = 0; i < t.size(); i++) {
                vocabulary.add(t.key(i));
            }
        }
        int paragraphBreak = b.indexOf("\n\n");
        int leadEnd = paragraphBreak < 0 ? b.length() : paragraphBreak;
        int datelineEnd = datelineEnd(b);

        List<Hit> hits = new ArrayList<>();
        match(titleTokens, hits, start -> TITLE_WEIGHT, -1_000_000);
        match(bodyTokens, hits, start -> start < datelineEnd ? DATELINE_WEIGHT
                : start < leadEnd ? LEAD_WEIGHT : BODY_WEIGHT, 0);

        Map<String, double[]> evidence = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        double total = 0;
        for (Hit h : hits) {
            if (h.kind() == Gazetteer.Kind.AMBIGUOUS && !confirmed(h.confirm(), vocabulary)) {
                continue;
            }
            double w = h.weight() * (h.kind() == Gazetteer.Kind.DEMONYM ? DEMONYM_FACTOR : 1.0);
            evidence.computeIfAbsent(h.code(), c -> new double[] {0, h.order()})[0] += w;
            counts.merge(h.code(), 1, Integer::sum);
            total += w;
            if (h.order() >= 0 && h.kind() != Gazetteer.Kind.DEMONYM) {
                Gazetteer.Country c = gazetteer.country(h.code());
                mentions.add(Mention.newBuilder().setText(h.text()).setStart(h.start()).setEnd(h.end())
                        .setGeonameId(c == null ? null : c.geonameId()).setCountry(h.code()).build());
            }
        }
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.getValue()[0], x.getValue()[0]);
            return byScore != 0 ? byScore : Double.compare(x.getValue()[1], y.getValue()[1]);
        });
        List<Region> regions = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ranked) {
            Gazetteer.Country c = gazetteer.country(e.getKey());
            regions.add(Region.newBuilder()
                    .setCode(e.getKey())
                    .setName(c == null ? e.getKey() : c.name())
                    .setType("country")
                    .setCountry(e.getKey())
                    .setGeonameId(c == null ? null : c.geonameId())
                    .setLat(c == null ? null : c.lat())
                    .setLon(c == null ? null : c.lon())
                    .setMentions(counts.get(e.getKey()))
                    .setScore(round(e.getValue()[0] / total))
                    .build());
        }
        return new RegionResult(mentions, regions, regions.isEmpty() ? null : regions.get(0).getCode());
    }

    private interface PositionWeight {
        double at(int start);
    }

    private void match(Tokens t, List<Hit> hits, PositionWeight weight, int orderBase) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            int max = Math.min(gazetteer.maxPhraseLength(t.key(i)), n - i);
            for (int len = max; len >= 1; len--) {
                Gazetteer.Phrase p = gazetteer.phrase(t.phraseKey(i, len));
                if (p == null || !caseMatches(t, i, p.surface()) || !tight(t, i, len)) {
                    continue;
                }
                if (p.kind() != Gazetteer.Kind.BLOCK) {
                    int start = t.start(i);
                    int end = t.end(i + len - 1);
                    if (p.text().endsWith(".") && end < t.text().length() && t.text().charAt(end) == '.') {
                        end++;
                    }
                    hits.add(new Hit(p.code(), p.kind(), start, end, t.text().substring(start, end),
                            weight.at(start), p.confirm(), orderBase + start));
                }
                i += len - 1;
                break;
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
                        || (c == '.' && t.end(k) - t.start(k) <= 2);
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean confirmed(List<List<String>> confirm, Set<String> vocabulary) {
        for (List<String> words : confirm) {
            if (vocabulary.containsAll(words)) {
                return true;
            }
        }
        return false;
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

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
