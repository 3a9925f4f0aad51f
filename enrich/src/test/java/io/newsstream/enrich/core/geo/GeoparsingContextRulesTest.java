package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The context rules added to the geoparser for issue 3, each on sentences written for this test. */
class GeoparsingContextRulesTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    private static Optional<Mention> mention(RegionResult r, String text) {
        return r.mentions().stream().filter(m -> m.getText().equals(text)).findFirst();
    }

    private static boolean hasCountry(RegionResult r, String code) {
        return r.regions().stream().anyMatch(x -> code.equals(x.getCountry()));
    }

    @Test
    void neighbouringTownsPullAnAmbiguousNameToTheirArea() {
        RegionResult r = TAGGER.tag(null, "Volunteers from Dublin, Hilliard and Worthington cleaned the "
                + "riverbank on Saturday.");
        assertThat(mention(r, "Dublin")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(mention(r, "Hilliard")).isPresent();
        assertThat(r.focusCountry()).isEqualTo("US");
        assertThat(hasCountry(r, "IE")).isFalse();
    }

    @Test
    void aFamousCityStaysWithoutNeighbours() {
        RegionResult r = TAGGER.tag(null, "The choir travelled from Athens to Rome for the spring concerts.");
        assertThat(mention(r, "Athens")).get().extracting(Mention::getCountry).isEqualTo("GR");
    }

    @Test
    void aNameIsNeverItsOwnContext() {
        RegionResult r = TAGGER.tag("Barn fire in Edmonton",
                "EDMONTON, Ky (WKTV) -- A barn burned down outside town on Friday. Deputies of the "
                        + "Kentucky State Police said nobody was hurt.");
        assertThat(r.focusCountry()).isEqualTo("US");
        assertThat(hasCountry(r, "CA")).isFalse();
    }

    @Test
    void aPlaceNameBeforeAnInstitutionIsStillAPlace() {
        RegionResult r = TAGGER.tag(null, "Officers of the Pineville Police arrested two men near the "
                + "bridge in Alexandria, Louisiana, on Monday.");
        assertThat(mention(r, "Pineville")).get().extracting(Mention::getCountry).isEqualTo("US");
    }

    @Test
    void compassAndCalendarWordsAreNotFirstNames() {
        RegionResult r = TAGGER.tag(null, "Schools across Northeast Georgia closed early. On the "
                + "same Sunday Atlanta reported heavy rain.");
        assertThat(mention(r, "Georgia")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(mention(r, "Atlanta")).isPresent();
    }

    @Test
    void alternateCityNamesNeedContext() {
        RegionResult r = TAGGER.tag(null, "Human rights lawyers met at the White House on Tuesday, "
                + "and Ben said the talks went well.");
        assertThat(r.mentions()).extracting(Mention::getText).doesNotContain("Human", "White House", "Ben");
        assertThat(hasCountry(r, "MA")).isFalse();
        assertThat(hasCountry(r, "UA")).isFalse();
    }

    @Test
    void aSurnameIsAPersonThroughoutTheArticle() {
        RegionResult r = TAGGER.tag(null, "The bakery is run by Tom Clark and his sister in Ohio. "
                + "Clark opened it in 1990, and customers say Clark bakes the best rye in the state.");
        assertThat(r.mentions()).extracting(Mention::getText).doesNotContain("Clark");
        assertThat(mention(r, "Ohio")).isPresent();
    }

    @Test
    void aTownNameOfOneCountryCountsWhenNoCountryIsNamed() {
        RegionResult r = TAGGER.tag("Library extends its hours",
                "The public library in Pineville will stay open until nine on weekdays, the board said.");
        assertThat(r.focusCountry()).isEqualTo("US");
    }

    @Test
    void aTownNameOfOneCountryDoesNotOverrideANamedCountry() {
        RegionResult r = TAGGER.tag(null, "Officials in Germany said talks with Pineville officials "
                + "were friendly.");
        assertThat(r.focusCountry()).isEqualTo("DE");
        assertThat(hasCountry(r, "US")).isFalse();
    }

    @Test
    void aStateAbbreviationAfterACommaIsTheState() {
        RegionResult r = TAGGER.tag(null, "The plant in Wichita, Kan., will hire 300 workers.");
        assertThat(mention(r, "Kan")).get().extracting(Mention::getCountry).isEqualTo("US");
        assertThat(hasCountry(r, "CN")).isFalse();
        assertThat(r.regions()).extracting(Region::getCode).contains("US-KS");
    }
}
