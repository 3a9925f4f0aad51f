package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import org.junit.jupiter.api.Test;

class RegionTaggerTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    @Test
    void gazetteerHasAllIsoCountriesAndAliases() {
        Gazetteer g = Gazetteer.loadDefault();
        assertThat(g.countryCount()).isGreaterThanOrEqualTo(249);
        assertThat(g.country("UA").name()).isEqualTo("Ukraine");
        assertThat(g.phrase("u s").code()).isEqualTo("US");
        assertThat(g.phrase("holland").code()).isEqualTo("NL");
        assertThat(g.phrase("cote d ivoire").code()).isEqualTo("CI");
        assertThat(g.phrase("ukrainian").kind()).isEqualTo(Gazetteer.Kind.DEMONYM);
        assertThat(g.phrase("latin america").kind()).isEqualTo(Gazetteer.Kind.BLOCK);
    }

    @Test
    void mentionsCarryBodyOffsetsAndCountries() {
        String body = "Talks between Ukraine and the U.S. resumed in Côte d'Ivoire.";
        RegionResult r = TAGGER.tag(null, body);
        assertThat(r.mentions()).extracting(Mention::getText).containsExactly("Ukraine", "U.S.", "Côte d'Ivoire");
        for (Mention m : r.mentions()) {
            assertThat(body.substring(m.getStart(), m.getEnd())).isEqualTo(m.getText());
        }
        assertThat(r.mentions()).extracting(Mention::getCountry).containsExactly("UA", "US", "CI");
        assertThat(r.regions()).extracting(Region::getCode).containsExactlyInAnyOrder("UA", "US", "CI");
    }

    @Test
    void longestMatchAndBlocksWin() {
        RegionResult r = TAGGER.tag(null,
                "Exports to Latin America and South Africa rose, while Papua New Guinea and New Mexico did not.");
        assertThat(r.regions()).extracting(Region::getCode).containsExactlyInAnyOrder("ZA", "PG", "US", "US-NM");
        assertThat(r.mentions()).extracting(Mention::getText)
                .containsExactly("Latin America", "South Africa", "Papua New Guinea", "New Mexico");
        assertThat(r.mentions().get(0).getCountry()).isNull();
    }

    @Test
    void capitalisationIsRequired() {
        RegionResult r = TAGGER.tag(null, "They told us the turkey was roasted in a china dish, said polish cleaners.");
        assertThat(r.regions()).isEmpty();
        assertThat(r.focusCountry()).isNull();
    }

    @Test
    void ambiguousNamesNeedConfirmation() {
        assertThat(TAGGER.tag(null, "Voters in Georgia and Ohio went to the polls.").regions())
                .extracting(Region::getCode).containsExactlyInAnyOrder("US", "US-GA", "US-OH");
        assertThat(TAGGER.tag(null, "Protesters in Tbilisi said Georgia must stay on its course.").regions())
                .extracting(Region::getCode).startsWith("GE").contains("GE-TB").doesNotContain("US-GA", "US");
        assertThat(TAGGER.tag(null, "Chad Miller scored twice.").regions()).isEmpty();
    }

    @Test
    void demonymsAreMentionsAndCountLikeTheCountryName() {
        RegionResult r = TAGGER.tag(null, "French and German ministers met on Monday.");
        assertThat(r.mentions()).extracting(Mention::getCountry).containsExactly("FR", "DE");
        assertThat(r.regions()).extracting(Region::getCode).containsExactly("FR", "DE");
        RegionResult mixed = TAGGER.tag(null, "Ministers met in Spain.\n\nItalian officials said Italian "
                + "farmers would gain most.");
        assertThat(mixed.focusCountry()).isEqualTo("IT");
    }

    @Test
    void focusFollowsTitleAndLeadNotDateline() {
        String body = "SINGAPORE, May 3 (Wire) - Ukraine's envoy asked Asian partners for help.\n\n"
                + "Ukraine needs air defence, he said.\n\nCanada will host a meeting.";
        RegionResult r = TAGGER.tag("Envoy asks partners for help", body);
        assertThat(r.focusCountry()).isEqualTo("UA");
        Region ua = r.regions().get(0);
        assertThat(ua.getMentions()).isEqualTo(2);
        assertThat(ua.getType()).isEqualTo("country");
        assertThat(ua.getName()).isEqualTo("Ukraine");
        assertThat(r.regions()).extracting(Region::getCode).containsExactly("UA", "CA", "SG");
        assertThat(r.regions()).allSatisfy(x -> assertThat(x.getScore()).isBetween(0.0, 1.0));
        assertThat(r.regions().stream().mapToDouble(Region::getScore).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void titleOutweighsASingleBodyMention() {
        RegionResult r = TAGGER.tag("Ukraine asks allies for help", "Canada will host a meeting.");
        assertThat(r.focusCountry()).isEqualTo("UA");
    }

    @Test
    void datelineIsDetected() {
        assertThat(PositionWeights.datelineEnd("LOS ANGELES, Feb 26 - The company said")).isEqualTo(22);
        assertThat(PositionWeights.datelineEnd("Kyiv, March 3 (Wire) - text")).isGreaterThan(0);
        assertThat(PositionWeights.datelineEnd("Prices rose - again - today")).isZero();
    }

    @Test
    void titleMentionsAreNotEmittedAsBodyMentions() {
        RegionResult r = TAGGER.tag("Kenya wins", "The team celebrated.");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.focusCountry()).isEqualTo("KE");
    }
}
