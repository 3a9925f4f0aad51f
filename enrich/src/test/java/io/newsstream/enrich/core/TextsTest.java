package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void asciiFastPathAgreesWithTheGeneralPath() {
        for (String s : new String[] {"Hello, World`s 2x -- 'quoted' \"text\"!", "  A\tB\nC  ", "UPPER lower 123",
                "(Reporting by A; Editing by B)", "", "...", "x"}) {
            String general = Texts.comparisonForm(s + " \u00E9");
            String fast = Texts.comparisonForm(s);
            assertThat(general).as(s).isEqualTo(fast.isEmpty() ? "\u00E9" : fast + " \u00E9");
        }
        assertThat(Texts.comparisonForm("Don\u2019t \u201CStop\u201D \uFB01nal")).isEqualTo(Texts.comparisonForm("Don't \"stop\" final"));
    }

    @Test
    void whitespaceIsNormalisedAndNfcApplied() {
        assertThat(Texts.normalizeWhitespace("a\u00A0\u2003b\r\nc\u200Bd e\u0301")).isEqualTo("a b\ncd \u00E9");
    }
}
