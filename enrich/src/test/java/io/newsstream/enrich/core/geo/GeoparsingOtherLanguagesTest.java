package io.newsstream.enrich.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in the article's own language: adjectives, inflected forms, subdivisions and towns, on sentences written here. */
class GeoparsingOtherLanguagesTest {
    private static final RegionTagger TAGGER = new RegionTagger(Gazetteer.loadDefault(), Places.GAZETTEER);

    private static List<String> codes(RegionResult r) {
        return r.regions().stream().map(Region::getCode).toList();
    }

    private static List<String> mentions(RegionResult r) {
        return r.mentions().stream().map(Mention::getText).toList();
    }

    @Test
    void germanAdjectivesAndInflectedNamesAreNames() {
        RegionResult r = TAGGER.tag("Angriff im Norden", "Die nigerianische Armee meldet Gefechte. Vertreter der "
                + "Vereinigten Staaten und Chinas Botschafter trafen sich in Andalusien.", "de");
        assertThat(mentions(r)).contains("nigerianische", "Vereinigten Staaten", "Chinas", "Andalusien");
        assertThat(codes(r)).contains("NG", "US", "CN", "ES-AN");
    }

    @Test
    void frenchNamesWithLowerCaseWordsAndFeminineAdjectivesAreNames() {
        RegionResult r = TAGGER.tag("Verdict", "Un tribunal aux Émirats arabes unis condamne trois hommes. "
                + "La marine indienne et le président chilien ont réagi.", "fr");
        assertThat(mentions(r)).contains("Émirats arabes unis", "indienne", "chilien").doesNotContain("Un");
        assertThat(codes(r)).contains("AE", "IN", "CL");
    }

    @Test
    void russianTownsSubdivisionsAndAdjectivesAreFoundInTheirCases() {
        RegionResult r = TAGGER.tag("Удары", "Взрывы прогремели в Киеве и в Херсонской области. "
                + "Венесуэльские и украинские военные провели учения у Боснии и Герцеговины.", "ru");
        assertThat(mentions(r)).contains("Киеве", "Херсонской области", "Венесуэльские", "украинские",
                "Боснии и Герцеговины");
        assertThat(codes(r)).contains("UA", "UA-65", "VE", "BA");
        assertThat(r.focusCountry()).isEqualTo("UA");
    }

    @Test
    void aLargeTownByItsRussianNameNeedsNoCountryButAGivenNameBeforeASurnameIsNoTown() {
        RegionResult r = TAGGER.tag("Визит", "Владимир Зеленский посетил Харьков. Аэропорт Копенгагена закрыт, "
                + "рейсы идут в Рио-де-Жанейро.", "ru");
        assertThat(mentions(r)).contains("Харьков", "Копенгагена", "Рио-де-Жанейро").doesNotContain("Владимир");
        assertThat(codes(r)).contains("UA", "DK", "BR").doesNotContain("RU");
    }

    @Test
    void aLowerCaseAdjectiveSpelledLikeAnEnglishDemonymAndWeakGermanFormsCount() {
        RegionResult fr = TAGGER.tag("Exercice", "Les marines indienne et philippine mènent un exercice.", "fr");
        assertThat(mentions(fr)).contains("indienne", "philippine");
        RegionResult de = TAGGER.tag("Sanktionen", "Das Vereinigte Königreich verhängt Sanktionen.", "de");
        assertThat(mentions(de)).contains("Vereinigte Königreich");
        assertThat(codes(TAGGER.tag("Clashes", "Forces in Puntland clashed with militants.", "en"))).contains("SO");
        assertThat(mentions(TAGGER.tag("Note", "The philippine word appears in lower case here.", "en")))
                .doesNotContain("philippine");
    }

    @Test
    void regionTagsAreReducedToTheirLanguageAndNamesWithLowerCaseWordsAfterACapitalAreFound() {
        RegionResult ru = TAGGER.tag("Шторм", "Шторм на Средиземном море и в Тихом океане, сообщили в Сибири.", "ru-RU");
        assertThat(mentions(ru)).contains("Средиземном море", "Тихом океане", "Сибири");
        RegionResult en = TAGGER.tag("Notes", "The words nigerianische and Andalusien appear here.", "EN-us");
        assertThat(codes(en)).doesNotContain("NG", "ES-AN");
    }

    @Test
    void subdivisionNamesOfAnOlderCodingAreLeftOut() {
        RegionResult r = TAGGER.tag("Protests", "Protests spread across Tehran Province on Sunday.", "en");
        assertThat(codes(r)).contains("IR-23").doesNotContain("IR-07");
    }

    @Test
    void aNameSharedByTwoLanguagesCountsInBoth() {
        assertThat(codes(TAGGER.tag("Sequía", "La sequía golpea Kenia.", "es"))).contains("KE");
        assertThat(codes(TAGGER.tag("Dürre", "Die Dürre trifft Kenia.", "de"))).contains("KE");
    }

    @Test
    void namesOfOtherLanguagesDoNotCountInEnglishOrWhenTheLanguageIsUnknown() {
        for (String language : new String[] {"en", null}) {
            RegionResult r = TAGGER.tag("Notes", "The words nigerianische, indienne and Andalusien appear here, "
                    + "as does Киеве.", language);
            assertThat(codes(r)).doesNotContain("NG", "IN", "ES-AN", "ES", "UA");
        }
    }
}
