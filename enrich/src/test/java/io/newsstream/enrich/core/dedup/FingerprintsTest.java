package io.newsstream.enrich.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.text.Texts;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static final String BODY = "Officials said the \"talks\" would resume - possibly in March.\n\nThe fifth round was cut short.";

    @Test
    void typographicVariantsHashEqual() {
        String variant = "OFFICIALS said the \u201Ctalks\u201D would  resume \u2014 possibly\u00A0in March.\r\n\r\n"
                + "The \uFB01fth round was cut short";
        assertThat(Fingerprints.contentHash(variant)).isEqualTo(Fingerprints.contentHash(BODY));
    }

    @Test
    void differentWordsHashDifferently() {
        assertThat(Fingerprints.contentHash(BODY.replace("March", "April")))
                .isNotEqualTo(Fingerprints.contentHash(BODY));
    }

    @Test
    void hashIsHexOf128Bits() {
        assertThat(Fingerprints.contentHash(BODY)).matches("[0-9a-f]{32}");
        assertThat(Fingerprints.contentHash("")).matches("[0-9a-f]{32}");
    }

    @Test
    void comparisonFormFoldsCaseTypographyAndPunctuation() {
        assertThat(Texts.comparisonForm("  \u201CStra\u00DFe\u201D \u2013 the \uFB02ag\u2019s U.S. TOUR!  "))
                .isEqualTo("strasse the flag s u s tour");
    }

    @Test
    void normalizeWhitespaceKeepsLinesAndCollapsesSpaces() {
        assertThat(Texts.normalizeWhitespace("a\u00A0\u00A0b\tc\r\nd\u200Be\rf")).isEqualTo("a b c\nde\nf");
        assertThat(Texts.normalizeWhitespace("Cafe\u0301")).isEqualTo("Caf\u00E9");
    }

    @Test
    void foldTokenStripsAccents() {
        assertThat(Texts.foldToken("C\u00F4te")).isEqualTo("cote");
        assertThat(Texts.foldToken("T\u00FCrkiye")).isEqualTo("turkiye");
    }
}
