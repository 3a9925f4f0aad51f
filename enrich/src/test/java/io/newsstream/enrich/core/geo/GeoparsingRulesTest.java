package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disambiguation checklist of the geoparser, each on sentences written for this test. */
class GeoparsingRulesTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    private static List<String> codes(RegionResult r) {
        return r.regions().stream().map(Region::getCode).toList();
    }

    private static Region region(RegionResult r, String name) {
        return r.regions().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPlaceTheArticlePutsInACountryIsNeverReadAsANamesakeAbroad() {
        RegionResult titled = TAGGER.tag("Bali reopens to tourists",
                "Hotels on the Indonesian island of Bali reported full bookings.");
        assertThat(codes(titled)).containsExactly("ID");
        RegionResult bali = TAGGER.tag("Tourists return",
                "Tourists returned to the Indonesian island of Bali on Monday. Hotels in Bali reported full bookings.");
        assertThat(bali.focusCountry()).isEqualTo("ID");
        assertThat(codes(bali)).containsExactly("ID");
        RegionResult town = TAGGER.tag("Shelling near Gori",
                "Shells fell near the Georgian town of Gori, officials in Tbilisi said.");
        assertThat(town.mentions()).extracting(Mention::getText, Mention::getCountry)
                .contains(org.assertj.core.groups.Tuple.tuple("Gori", "GE"));
        RegionResult agency = TAGGER.tag("Audit referred",
                "The audit was referred to the United States Department of Homeland Security.");
        assertThat(agency.mentions()).extracting(Mention::getText).doesNotContain("Homeland");
    }

    @Test
    void aNameAfterACapitalisedWordAndAParticleIsPartOfALongerName() {
        RegionResult r = TAGGER.tag("Station evacuated",
                "Police evacuated the Gare du Nord station in Paris after a suspicious package was found.");
        assertThat(codes(r)).contains("FR").doesNotContain("HT-ND", "BF-10", "HT", "BF");
        assertThat(r.focusCountry()).isEqualTo("FR");
    }

    @Test
    void countriesAreNamedInTheArticlesOwnLanguageAndCaseButForeignNamesDoNotCountInEnglish() {
        RegionResult ru = TAGGER.tag("Украина и Россия", "Президент Украины заявил, что переговоры с Россией "
                + "прекращены. Украина не отдаст Херсон.", "ru");
        assertThat(codes(ru)).contains("UA", "RU");
        assertThat(ru.focusCountry()).isEqualTo("UA");
        RegionResult de = TAGGER.tag("Haushalt", "Deutschland und Frankreich begrüßten die Einigung mit Polen.", "de");
        assertThat(codes(de)).contains("DE", "FR", "PL");
        RegionResult en = TAGGER.tag("Attacks in Paris", "Gunmen attacked the Petit Cambodge restaurant in Paris.", "en");
        assertThat(codes(en)).contains("FR").doesNotContain("KH");
        assertThat(TAGGER.tag("Украина", "Украина и Россия.", null).regions()).isEmpty();
    }

    @Test
    void aStateWhoseGeoNamesCodeDoesNotMapStillOutweighsAVillageOfItsName() {
        assertThat(Places.GAZETTEER.subdivision(Places.GAZETTEER.subdivisionIndex("MX-GRO")).weight()).isZero();
        assertThat(Places.GAZETTEER.subdivisionProminence(Places.GAZETTEER.subdivisionIndex("MX-GRO")))
                .isGreaterThan(1_000_000);
        RegionResult r = TAGGER.tag("Violence displaces thousands",
                "Violence in Guerrero has displaced thousands. Officials in Jalisco and Nuevo Leon met in Mexico City. "
                        + "Coahuila and Michoacan sent police.");
        assertThat(codes(r)).contains("MX-GRO", "MX-JAL", "MX-NLE", "MX-COA", "MX-MIC").doesNotContain("4013716", "3816572");
        assertThat(r.focusCountry()).isEqualTo("MX");
        RegionResult capital = TAGGER.tag("Quake", "A strong quake shook Mexico City on Monday.");
        assertThat(codes(capital)).contains("MX-CMX").doesNotContain("MX-MEX");
    }

    @Test
    void subdivisionsAndCitiesRollUpToTheirCountry() {
        RegionResult r = TAGGER.tag("Shelling resumes near the front",
                "Officials in the Kherson region reported new strikes. Fighting continued in Luhansk and "
                        + "Donetsk, and Kyiv asked for more air defence. Russia denied the reports.");
        assertThat(r.focusCountry()).isEqualTo("UA");
        assertThat(codes(r)).contains("UA", "UA-65", "RU");
        Region ua = r.regions().get(0);
        assertThat(ua.getCode()).isEqualTo("UA");
        assertThat(ua.getMentions()).isEqualTo(4);
        Region kherson = r.regions().stream().filter(x -> x.getCode().equals("UA-65")).findFirst().orElseThrow();
        assertThat(kherson.getType()).isEqualTo("subdivision");
        assertThat(kherson.getCountry()).isEqualTo("UA");
    }

    @Test
    void donbasNamesTheDonetskAndLuhanskOblasts() {
        RegionResult r = TAGGER.tag(null, "Heavy fighting was reported across the Donbas on Tuesday.");
        assertThat(codes(r)).containsExactlyInAnyOrder("UA", "UA-14", "UA-09");
        assertThat(r.mentions()).extracting(Mention::getText).containsExactly("Donbas");
    }

    @Test
    void cityNextToItsStateResolvesThere() {
        RegionResult r = TAGGER.tag(null, "The rodeo in Paris, Texas, drew a record crowd this weekend.");
        Mention paris = r.mentions().get(0);
        assertThat(paris.getText()).isEqualTo("Paris");
        assertThat(paris.getCountry()).isEqualTo("US");
        assertThat(r.focusCountry()).isEqualTo("US");
        RegionResult france = TAGGER.tag(null, "The summit in Paris ended without a deal.");
        assertThat(france.mentions().get(0).getCountry()).isEqualTo("FR");
        assertThat(france.mentions().get(0).getGeonameId()).isEqualTo(2988507L);
    }

    @Test
    void moscowFollowsItsContext() {
        assertThat(TAGGER.tag(null, "Students at the university in Moscow, Idaho, returned to class.")
                .mentions().get(0).getCountry()).isEqualTo("US");
        assertThat(TAGGER.tag(null, "Diplomats left Moscow after the talks collapsed.")
                .mentions().get(0).getCountry()).isEqualTo("RU");
        assertThat(TAGGER.tag(null, "The city council of Bangor, Maine, approved the budget.")
                .mentions().get(0).getCountry()).isEqualTo("US");
    }

    @Test
    void stateAbbreviationsAfterACityAreMentions() {
        RegionResult r = TAGGER.tag(null, "The fire broke out in Athens, Ga., late on Friday.");
        assertThat(r.mentions()).extracting(Mention::getText).containsExactly("Athens", "Ga.");
        assertThat(r.mentions()).extracting(Mention::getCountry).containsExactly("US", "US");
        assertThat(codes(r)).contains("US-GA");
    }

    @Test
    void georgiaIsTheStateOrTheCountryByContext() {
        RegionResult state = TAGGER.tag(null, "Voters in Atlanta and across Georgia lined up early.");
        assertThat(codes(state)).contains("US-GA").doesNotContain("GE");
        RegionResult country = TAGGER.tag(null, "Protesters gathered in Tbilisi as Georgia marked the anniversary.");
        assertThat(codes(country)).contains("GE").doesNotContain("US-GA");
    }

    @Test
    void personNamesAreNotPlaces() {
        assertThat(TAGGER.tag(null, "Michael Jordan signed the deal. Jordan said he was delighted.").regions())
                .isEmpty();
        assertThat(TAGGER.tag(null, "Chad Miller scored twice before halftime.").regions()).isEmpty();
        assertThat(TAGGER.tag(null, "Mr Clinton said the vote would come soon.").regions()).isEmpty();
        assertThat(TAGGER.tag(null, "Officials in Amman said Jordan would reopen the border.").regions())
                .extracting(Region::getCode).contains("JO");
    }

    @Test
    void commonWordsNeedCapitalsAndAPlaceInTheSentence() {
        assertThat(TAGGER.tag(null, "They roasted a turkey and served it on nice china.").regions()).isEmpty();
        assertThat(TAGGER.tag(null, "Reading the report, she frowned.").regions()).isEmpty();
        RegionResult nice = TAGGER.tag(null, "The festival moved from Cannes to Nice this year.");
        assertThat(nice.mentions()).extracting(Mention::getCountry).containsExactly("FR", "FR");
    }

    @Test
    void monthsAreNotTowns() {
        assertThat(TAGGER.tag(null, "The law takes effect in March, officials said.").regions()).isEmpty();
    }

    @Test
    void continentsHaveNoCountryAndNeverBecomeTowns() {
        RegionResult r = TAGGER.tag(null, "Aid groups in Africa and Europe asked for more funds.");
        assertThat(r.mentions()).extracting(Mention::getText).containsExactly("Africa", "Europe");
        assertThat(r.mentions()).allSatisfy(m -> assertThat(m.getCountry()).isNull());
        assertThat(r.regions()).isEmpty();
        assertThat(r.focusCountry()).isNull();
    }

    @Test
    void countryNamesAreNeverTownsOrBuildings() {
        RegionResult r = TAGGER.tag(null, "Trade between the USA, France and China grew, analysts in Texas said.");
        assertThat(r.mentions()).extracting(Mention::getCountry).containsExactly("US", "FR", "CN", "US");
        assertThat(codes(r)).contains("US", "FR", "CN");
    }

    @Test
    void washingtonIsTheCapitalUnlessTheStateIsMeant() {
        RegionResult capital = TAGGER.tag(null, "Officials in Washington rejected the proposal.");
        assertThat(capital.mentions().get(0).getGeonameId()).isEqualTo(4140963L);
        RegionResult state = TAGGER.tag(null, "Wildfires spread in Washington, Oregon and Idaho.");
        assertThat(codes(state)).contains("US-WA");
    }

    @Test
    void largeTownsWithCommonNamesResolveWithoutContext() {
        RegionResult r = TAGGER.tag(null, "Rail workers walked out in Columbia and Albany on Monday.");
        assertThat(r.mentions()).extracting(Mention::getCountry).containsOnly("US");
    }

    @Test
    void smallTownsNeedContext() {
        assertThat(TAGGER.tag(null, "The band Hope Street played a set.").regions()).isEmpty();
        RegionResult local = TAGGER.tag(null, "Deputies in Dahlonega and other parts of Georgia searched overnight.");
        assertThat(local.mentions()).extracting(Mention::getText).contains("Dahlonega");
    }

    @Test
    void countiesAreMentionsOfTheirCountry() {
        RegionResult r = TAGGER.tag(null, "Schools in Laurel County, Kentucky, closed because of snow.");
        assertThat(r.mentions()).extracting(Mention::getText).containsExactly("Laurel County", "Kentucky");
        assertThat(r.mentions()).extracting(Mention::getCountry).containsExactly("US", "US");
    }

    @Test
    void regionEntriesAreDistinctPlacesWithTypes() {
        RegionResult r = TAGGER.tag(null, "Flights from Toronto to Vancouver were cancelled; Toronto was hit hardest.");
        Region toronto = region(r, "Toronto");
        assertThat(toronto.getType()).isEqualTo("city");
        assertThat(toronto.getMentions()).isEqualTo(2);
        assertThat(toronto.getCode()).isEqualTo(String.valueOf(toronto.getGeonameId()));
        assertThat(toronto.getLat()).isBetween(43.0, 44.0);
        Region canada = r.regions().get(0);
        assertThat(canada.getCode()).isEqualTo("CA");
        assertThat(canada.getMentions()).isEqualTo(3);
        assertThat(r.focusCountry()).isEqualTo("CA");
    }
}
