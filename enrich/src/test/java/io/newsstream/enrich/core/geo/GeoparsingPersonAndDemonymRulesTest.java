package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Given names, middle initials, streets, counties named like countries and demonyms that name no
 * country (languages, dishes, Native Americans, surnames) in the geoparser, each on sentences written
 * for this test, with a control that keeps the place reading where the context asks for it.
 */
class GeoparsingPersonAndDemonymRulesTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    private static Set<String> countries(RegionResult r) {
        return r.regions().stream().map(Region::getCountry).collect(Collectors.toSet());
    }

    private static Set<String> mentioned(RegionResult r) {
        return r.mentions().stream().map(Mention::getText).collect(Collectors.toSet());
    }

    @Test
    void aGivenNameBeforeASurnameIsAPersonNotATown() {
        RegionResult r = TAGGER.tag(null, "The bus plan was explained by transport director George Beckett "
                + "at the meeting in Springfield, Illinois.");
        assertThat(countries(r)).doesNotContain("ZA").contains("US");
        assertThat(mentioned(r)).doesNotContain("George");
    }

    @Test
    void theSameTownNamedAloneInAPlaceContextIsStillATown() {
        RegionResult r = TAGGER.tag(null, "Tourists who landed in George drove on along the Garden Route to "
                + "Knysna in South Africa.");
        assertThat(mentioned(r)).contains("George");
        assertThat(countries(r)).contains("ZA");
    }

    @Test
    void aSurnameAfterAMiddleInitialIsAPersonEvenAsASubdivision() {
        RegionResult r = TAGGER.tag(null, "A neighbour called about loud music, Capt. Roy A. Nelson of the "
                + "Ohio police said. The officer heard it from the street, Nelson said.");
        assertThat(countries(r)).doesNotContain("NZ").contains("US");
    }

    @Test
    void aStreetNamedAfterAForeignCityNamesNoForeignCountry() {
        RegionResult r = TAGGER.tag(null, "Firefighters in Columbus, Ohio were called to a house on "
                + "Dublin Road on Sunday night.");
        assertThat(countries(r)).doesNotContain("IE").contains("US");
    }

    @Test
    void aStreetNamedAfterACityOfANamedCountryKeepsTheCity() {
        RegionResult r = TAGGER.tag(null, "Ireland's traffic police closed the Dublin Road after the crash.");
        assertThat(r.regions()).extracting(Region::getName).contains("Dublin");
    }

    @Test
    void aCountyNamedLikeACountryIsTheCountyNotTheCountry() {
        RegionResult r = TAGGER.tag(null, "Statistics from the Guernsey County Common Pleas Court show fewer "
                + "filings in Ohio this year.");
        assertThat(countries(r)).doesNotContain("GG").contains("US");
    }

    @Test
    void languagesAndDishesNameNoCountry() {
        RegionResult r = TAGGER.tag(null, "She spoke only French when she moved to Springfield, Illinois. "
                + "The fair sells Mexican food and Polish sausage, and the guide is printed in English and "
                + "Spanish. Pupils of the French immersion school sang.");
        assertThat(countries(r)).doesNotContain("FR", "MX", "PL", "GB", "ES").contains("US");
    }

    @Test
    void nativeAmericansAreNotIndia() {
        RegionResult r = TAGGER.tag(null, "The museum in Tulsa, Oklahoma tells the history of American "
                + "Indians; Caddo Indians farmed the valley, and the Indian reservation opened a casino.");
        assertThat(countries(r)).doesNotContain("IN").contains("US");
    }

    @Test
    void aDemonymUsedAsASurnameIsAPerson() {
        RegionResult r = TAGGER.tag(null, "Spokeswoman Monica French said the base in Fort Worth, Texas "
                + "will stay open. French said the budget was approved.");
        assertThat(countries(r)).doesNotContain("FR").contains("US");
    }

    @Test
    void aDemonymAsAnAdjectiveStillNamesItsCountry() {
        RegionResult r = TAGGER.tag(null, "The French government raised fuel taxes, and French farmers "
                + "protested in their tractors.");
        assertThat(r.focusCountry()).isEqualTo("FR");
    }

    @Test
    void aNameQualifiedOnceKeepsThatReadingThroughoutTheArticle() {
        RegionResult r = TAGGER.tag(null, "The Dublin Arts Council gave out grants. Groups must be based in "
                + "Dublin, Ohio to apply. The Dublin Singers will perform in May.");
        assertThat(r.mentions()).filteredOn(m -> m.getText().equals("Dublin")).isNotEmpty()
                .allMatch(m -> "US".equals(m.getCountry()));
        assertThat(countries(r)).doesNotContain("IE");
    }

    @Test
    void aNameStandingFreelyLendsItsReadingToItsUsesBeforeACapitalisedWord() {
        RegionResult r = TAGGER.tag(null, "Volunteers want to enrich Dublin with music, and the festival "
                + "moves to Dublin next year, near Columbus in Ohio. The Dublin Singers will open it.");
        assertThat(r.mentions()).filteredOn(m -> m.getText().equals("Dublin")).hasSize(3)
                .allMatch(m -> "US".equals(m.getCountry()));
    }

    @Test
    void aGivenNameThatIsAlsoAProvinceNamesNobodyElsewhere() {
        RegionResult r = TAGGER.tag(null, "Cakes and pies will be auctioned by Mary Chapin at the senior center.");
        assertThat(countries(r)).doesNotContain("TM");
    }

    @Test
    void aProvinceNamedAloneStaysAProvince() {
        RegionResult r = TAGGER.tag(null, "Cotton farmers in Mary Province expect a poor harvest, officials in "
                + "Turkmenistan said.");
        assertThat(countries(r)).contains("TM");
    }

    @Test
    void aStreetNamedAfterASubdivisionNamesNoForeignCountry() {
        RegionResult r = TAGGER.tag(null, "Police were called to an apartment on Nordland Avenue early on Monday.");
        assertThat(countries(r)).doesNotContain("NO");
    }

    @Test
    void aRegionAfterAGivenNameIsASurname() {
        RegionResult r = TAGGER.tag(null, "The race joins two candidates: board member John Flanders and the "
                + "police chief of Cromwell, Connecticut.");
        assertThat(countries(r)).doesNotContain("BE").contains("US");
    }

    @Test
    void aNameAfterAKinWordIsAPerson() {
        RegionResult r = TAGGER.tag(null, "A fire gutted the restaurant he ran with his wife Nancy in "
                + "Pataskala, Ohio.");
        assertThat(countries(r)).doesNotContain("FR").contains("US");
    }

    @Test
    void aTownNameAlmostOnlyFoundInOneCountryIsThatCountrysInAPlaceContext() {
        RegionResult r = TAGGER.tag(null, "Firefighters in Torrington put out a barn fire on Sunday night.");
        assertThat(r.focusCountry()).isEqualTo("US");
    }

    @Test
    void aDatelineInCapitalsIsAPlaceContext() {
        RegionResult r = TAGGER.tag(null, "Council to vote on parking. PATASKALA — The council will vote "
                + "tonight on new parking meters downtown.");
        assertThat(r.focusCountry()).isEqualTo("US");
        RegionResult afterByline = TAGGER.tag(null, "By Ann Lee, Advocate Reporter, March 29, 2009 PATASKALA -- "
                + "City officials say the block can be rebuilt.");
        assertThat(afterByline.focusCountry()).isEqualTo("US");
        RegionResult noDateline = TAGGER.tag(null, "Council to vote on parking. Pataskala drivers will pay "
                + "more for parking downtown.");
        assertThat(noDateline.focusCountry()).isNull();
    }

    @Test
    void aTownNameSharedByCountriesStaysOutWithoutContext() {
        RegionResult r = TAGGER.tag(null, "Firefighters in Flemington put out a barn fire on Sunday night.");
        assertThat(r.focusCountry()).isNull();
    }

    @Test
    void aGenericSubdivisionNameNeedsItsCountry() {
        RegionResult r = TAGGER.tag(null, "The state of Kerala said the Centre had failed to frame a scheme for "
                + "sharing the river's water.");
        assertThat(countries(r)).doesNotContain("BF");
        RegionResult named = TAGGER.tag(null, "Farmers in the Centre region of Burkina Faso expect rain.");
        assertThat(countries(named)).contains("BF");
    }

    @Test
    void aSubdivisionNamedLikeASurnameThatSpeaksOrActsIsAPerson() {
        RegionResult r = TAGGER.tag(null, "The heating plant was opposed by councillor Dewly Nelson. Nelson "
                + "himself started as a critic. Nelson concedes the cost could be high.");
        assertThat(countries(r)).doesNotContain("NZ");
    }

    @Test
    void aSurnameOnceAfterAGivenNameIsAPersonEvenWhereATownOfThatNameIsLarge() {
        RegionResult r = TAGGER.tag(null, "Egypt hoped for better ties after John Bolton left. The Bolton "
                + "doctrine had strained them, diplomats in Cairo said.");
        assertThat(countries(r)).doesNotContain("GB").contains("EG");
    }

    @Test
    void aCommonWordTownInsideALongerNameNeedsContext() {
        RegionResult r = TAGGER.tag(null, "The crash was investigated by the Metro Squad of the sheriff's office.");
        assertThat(countries(r)).doesNotContain("ID");
    }

    @Test
    void aCountryNamedTownWithItsOwnSchoolDistrictIsTheTown() {
        RegionResult r = TAGGER.tag(null, "Parents met at the Palestine Independent School District office "
                + "on Tuesday to discuss bus routes.");
        assertThat(countries(r)).doesNotContain("PS").contains("US");
    }

    @Test
    void aPartyAndStateNotationNamesTheState() {
        RegionResult r = TAGGER.tag(null, "The contract was questioned by Sen. Jo Casey, D-Pa., and Sen. Ann Lee "
                + "(R-N.D.) on Tuesday.");
        assertThat(r.regions()).extracting(Region::getCode).contains("US-PA", "US-ND");
        assertThat(r.mentions()).extracting(Mention::getText).anyMatch(text -> text.startsWith("Pa")).contains("N.D.");
    }
}
