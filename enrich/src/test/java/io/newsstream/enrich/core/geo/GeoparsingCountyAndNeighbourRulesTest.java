package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Known US counties, neighbouring countries, narrow subdivisions, towns named like countries, names used
 * as places more than as surnames, and transliterated town names in the geoparser, each on
 * sentences written for this test.
 */
class GeoparsingCountyAndNeighbourRulesTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    private static Optional<Mention> mention(RegionResult r, String text) {
        return r.mentions().stream().filter(m -> m.getText().equals(text)).findFirst();
    }

    private static boolean hasRegion(RegionResult r, String code) {
        return r.regions().stream().map(Region::getCode).anyMatch(code::equals);
    }

    @Test
    void aKnownUsCountyNamesItsStateAndPullsTheTownThere() {
        RegionResult r = TAGGER.tag(null, "Commissioners of Clarke County met on Tuesday. The Athens council "
                + "will vote on the new bus routes next month.");
        assertThat(mention(r, "Clarke County")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(mention(r, "Athens")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(hasRegion(r, "US-GA")).isTrue();
        assertThat(r.focusCountry()).isEqualTo("US");
    }

    @Test
    void aParishInOneStateIsThatState() {
        RegionResult r = TAGGER.tag(null, "Deputies in Rapides Parish closed two roads after the storm.");
        assertThat(mention(r, "Rapides Parish")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(hasRegion(r, "US-LA")).isTrue();
    }

    @Test
    void anAbbreviatedKnownCountyIsACountyButACompanyIsNot() {
        RegionResult r = TAGGER.tag(null, "A Clarke Co. deputy spoke to workers of the Acme Widget Co. plant.");
        assertThat(mention(r, "Clarke Co.")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(r.mentions()).extracting(Mention::getText).noneMatch(text -> text.contains("Widget"));
    }

    @Test
    void anUnknownCountyKeepsTheTownRule() {
        RegionResult r = TAGGER.tag(null, "Farmers of Zzyzxqa County sold their grain early this year.");
        assertThat(mention(r, "Zzyzxqa County")).get().extracting(Mention::getCountry).isNull();
        assertThat(r.regions().stream().noneMatch(x -> "subdivision".equals(x.getType()))).isTrue();
    }

    @Test
    void anAmbiguousCountryNextToItsNeighboursIsTheCountry() {
        RegionResult r = TAGGER.tag(null, "Armenia and Azerbaijan sent envoys to Georgia for the talks on "
                + "the mountain border crossings.");
        assertThat(mention(r, "Georgia")).get().extracting(Mention::getCountry).isEqualTo("GE");
    }

    @Test
    void farAwayCountriesDoNotMakeTheStateACountry() {
        RegionResult r = TAGGER.tag(null, "Peach growers in Georgia and Alabama export to Japan and Brazil, "
                + "the US trade office said.");
        assertThat(mention(r, "Georgia")).get().extracting(Mention::getCountry).isEqualTo("US");
    }

    @Test
    void transliterationMarksAndTheArabicArticleAreDroppedFromTownNames() {
        RegionResult r = TAGGER.tag(null, "Syrian officials said the shelling of Afrin and Qamishli went on "
                + "for a fourth day.");
        assertThat(mention(r, "Afrin")).get().extracting(Mention::getCountry).isEqualTo("SY");
        assertThat(Places.GAZETTEER.candidates("qamishli")).isNotNull();
        assertThat(Places.GAZETTEER.candidates("al qamishli")).isNotNull();
    }

    @Test
    void aSubdivisionThatIsMostOfItsCountryIsNoLocalContext() {
        RegionResult r = TAGGER.tag(null, "Scientists in England shared the data with U.S. officials. A "
                + "Washington agency will publish the report.");
        assertThat(mention(r, "Washington")).get().extracting(Mention::getCountry).isEqualTo("US");
    }

    @Test
    void englandIsNotNarrowButAUsStateIs() {
        PlaceResolver resolver = new PlaceResolver(Gazetteer.loadDefault(), Places.GAZETTEER);
        assertThat(resolver.narrow(Places.GAZETTEER.subdivisionIndex("GB-ENG"))).isFalse();
        assertThat(resolver.narrow(Places.GAZETTEER.subdivisionIndex("US-OH"))).isTrue();
        assertThat(resolver.narrow(Places.GAZETTEER.subdivisionIndex("GB-SCT"))).isTrue();
    }

    @Test
    void aSmallSubdivisionStillPullsItsTowns() {
        RegionResult r = TAGGER.tag(null, "Storms hit Ohio on Monday. In Dublin the schools stayed closed.");
        assertThat(mention(r, "Dublin")).get().extracting(Mention::getCountry).isEqualTo("US");
    }

    @Test
    void aTownNamedLikeACountryIsTheTownInItsState() {
        RegionResult r = TAGGER.tag(null, "The Anderson County sheriff said Palestine will repave two streets. "
                + "Crews from across Texas are expected.");
        assertThat(mention(r, "Palestine")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(hasRegion(r, "PS")).isFalse();
    }

    @Test
    void theCountryStaysWhenTheArticlePointsAtIt() {
        RegionResult r = TAGGER.tag(null, "Lebanese officials in Lebanon met envoys; a delegation from Texas "
                + "joined the talks in Beirut.");
        assertThat(mention(r, "Lebanon")).get().extracting(Mention::getCountry).isEqualTo("LB");
    }

    @Test
    void aNameUsedAsAPlaceAsOftenAsAsASurnameStaysAPlace() {
        RegionResult r = TAGGER.tag(null, "Volunteers in Dublin, Hilliard and Worthington planted trees. "
                + "Tickets for Celebrate Dublin go on sale in June.");
        assertThat(mention(r, "Dublin")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(hasRegion(r, "IE")).isFalse();
    }

    @Test
    void aTownOfOneCountryAfterAPlacePrepositionNeedsNoOtherEvidence() {
        RegionResult named = TAGGER.tag(null, "Residents met in Bucyrus on Monday to discuss the new library.");
        assertThat(mention(named, "Bucyrus")).get().extracting(Mention::getCountry).isEqualTo("US");
        RegionResult bare = TAGGER.tag(null, "Bucyrus residents discussed the new library on Monday.");
        assertThat(mention(bare, "Bucyrus")).isEmpty();
    }

    @Test
    void centresOfCountriesLieWhereTheirTownsAre() {
        double[] georgia = Places.GAZETTEER.countryCentre("GE");
        double[] armenia = Places.GAZETTEER.countryCentre("AM");
        double[] us = Places.GAZETTEER.countryCentre("US");
        assertThat(CountryEvidence.kilometres(georgia[0], georgia[1], armenia[0], armenia[1])).isLessThan(400);
        assertThat(CountryEvidence.kilometres(georgia[0], georgia[1], us[0], us[1])).isGreaterThan(8_000);
    }
}
