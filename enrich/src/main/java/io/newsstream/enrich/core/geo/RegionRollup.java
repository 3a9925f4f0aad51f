package io.newsstream.enrich.core.geo;

import io.newsstream.enrich.core.geo.PlaceSpot.Candidate;
import io.newsstream.enrich.core.geo.PlaceSpot.Kind;
import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns resolved {@link PlaceSpot}s into the contract's output: one {@link Mention} per body spot
 * (offsets into the body; continents and blocs without a country, "X County" with the country of
 * the nearest place), one {@link Region} per distinct place (country, subdivision or city), every
 * city and subdivision also counting for its country, and the focus country: the country with the
 * most position-weighted evidence (a demonym counts like the country's name, a county whose country is only
 * guessed from its towns' names {@value #UNKNOWN_COUNTY_FACTOR}), the first named on a
 * tie, null when no country is named. A region's {@code mentions} counts the mentions of the place
 * and of the places inside it; its {@code score} is its share of the article's country evidence.
 */
final class RegionRollup {
    static final double UNKNOWN_COUNTY_FACTOR = 0.5;

    private final Gazetteer countries;
    private final PlaceGazetteer places;

    RegionRollup(Gazetteer countries, PlaceGazetteer places) {
        this.countries = countries;
        this.places = places;
    }

    private static final class Tally {
        final Region.Builder region;
        final int order;
        double evidence;
        int mentions;

        Tally(Region.Builder region, int order) {
            this.region = region;
            this.order = order;
        }
    }

    RegionResult result(List<PlaceSpot> spots) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        double total = 0;
        int order = 0;
        for (PlaceSpot s : spots) {
            Candidate c = s.chosen;
            if (c == null) {
                continue;
            }
            order++;
            double w = s.weight * (c.kind() == Kind.COUNTY ? UNKNOWN_COUNTY_FACTOR : 1.0);
            String country = c.country();
            if (country != null) {
                Tally t = countryTally(tallies, country, order);
                t.evidence += w;
                t.mentions++;
                total += w;
            }
            switch (c.kind()) {
                case CITY -> {
                    Tally t = cityTally(tallies, c.index(), order);
                    t.evidence += w;
                    t.mentions++;
                    int sub = places.citySubdivision(c.index());
                    if (sub >= 0) {
                        subdivisionTally(tallies, sub, order).mentions++;
                    }
                }
                case SUBDIVISION_COUNTY -> subdivisionTally(tallies, c.index(), order).mentions++;
                case SUBDIVISION -> {
                    Tally t = subdivisionTally(tallies, c.index(), order);
                    t.evidence += w;
                    t.mentions++;
                }
                case REGION -> {
                    List<String> targets = places.region(c.index()).targets();
                    for (String target : targets) {
                        int sub = places.subdivisionIndex(target);
                        if (sub >= 0) {
                            Tally t = subdivisionTally(tallies, sub, order);
                            t.evidence += w / targets.size();
                            t.mentions++;
                        }
                    }
                }
                default -> { }
            }
        }
        for (PlaceSpot s : spots) {
            if (s.chosen != null && !s.inTitle) {
                mentions.add(mention(s, spots));
            }
        }
        List<Tally> ranked = new ArrayList<>(tallies.values());
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.evidence, x.evidence);
            return byScore != 0 ? byScore : Integer.compare(x.order, y.order);
        });
        List<Region> regions = new ArrayList<>(ranked.size());
        String focus = null;
        for (Tally t : ranked) {
            t.region.setMentions(t.mentions).setScore(total == 0 ? 0.0 : round(t.evidence / total));
            Region r = t.region.build();
            if (focus == null && r.getType().equals("country")) {
                focus = r.getCode();
            }
            regions.add(r);
        }
        return new RegionResult(mentions, regions, focus);
    }

    private Mention mention(PlaceSpot s, List<PlaceSpot> spots) {
        Candidate c = s.chosen;
        Long geonameId = null;
        String country = c.country();
        switch (c.kind()) {
            case CITY -> geonameId = places.cityGeonameId(c.index());
            case COUNTRY, AMBIGUOUS_COUNTRY, DEMONYM -> {
                Gazetteer.Country k = countries.country(country);
                geonameId = k == null ? null : k.geonameId();
            }
            case COUNTY -> country = country != null ? country : nearestCountry(s, spots);
            default -> { }
        }
        return Mention.newBuilder().setText(s.text).setStart(s.start).setEnd(s.end)
                .setGeonameId(geonameId).setCountry(country).build();
    }

    private static String nearestCountry(PlaceSpot s, List<PlaceSpot> spots) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceSpot o : spots) {
            if (o == s || o.chosen == null || o.chosen.country() == null || o.inTitle != s.inTitle
                    || o.chosen.kind() == Kind.COUNTY) {
                continue;
            }
            int d = Math.abs(o.start - s.start);
            if (d < bestDistance) {
                bestDistance = d;
                best = o.chosen.country();
            }
        }
        return best;
    }

    private Tally countryTally(Map<String, Tally> tallies, String code, int order) {
        return tallies.computeIfAbsent(code, k -> {
            Gazetteer.Country c = countries.country(k);
            return new Tally(Region.newBuilder().setCode(k).setName(c == null ? k : c.name()).setType("country")
                    .setCountry(k).setGeonameId(c == null ? null : c.geonameId())
                    .setLat(c == null ? null : c.lat()).setLon(c == null ? null : c.lon()), order);
        });
    }

    private Tally subdivisionTally(Map<String, Tally> tallies, int index, int order) {
        PlaceGazetteer.Subdivision s = places.subdivision(index);
        return tallies.computeIfAbsent(s.code(), k -> new Tally(Region.newBuilder().setCode(k).setName(s.name())
                .setType("subdivision").setCountry(s.country()).setGeonameId(null)
                .setLat(s.lat()).setLon(s.lon()), order));
    }

    private Tally cityTally(Map<String, Tally> tallies, int index, int order) {
        long id = places.cityGeonameId(index);
        return tallies.computeIfAbsent(Long.toString(id), k -> new Tally(Region.newBuilder().setCode(k)
                .setName(places.cityName(index)).setType("city").setCountry(places.cityCountry(index))
                .setGeonameId(id).setLat(round4(places.cityLat(index))).setLon(round4(places.cityLon(index))),
                order));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
