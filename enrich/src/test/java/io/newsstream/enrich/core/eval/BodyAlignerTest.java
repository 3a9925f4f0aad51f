package io.newsstream.enrich.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyAlignerTest {
    @Test
    void mapsCleanedOffsetsBackThroughWhitespaceAndDroppedLines() {
        String input = "Floods hit  Leeds.\nCredit line to drop\nThen   York\r\nwas spared.";
        String cleaned = "Floods hit Leeds.\n\nThen York\n\nwas spared.";
        BodyAligner a = BodyAligner.of(input, cleaned);
        int leeds = cleaned.indexOf("Leeds");
        assertThat(input.substring(a.start(leeds), a.end(leeds + 5))).isEqualTo("Leeds");
        int york = cleaned.indexOf("York");
        assertThat(input.substring(a.start(york), a.end(york + 4))).isEqualTo("York");
        int spared = cleaned.indexOf("spared");
        assertThat(input.substring(a.start(spared), a.end(spared + 6))).isEqualTo("spared");
    }

    @Test
    void identicalTextsMapToThemselves() {
        String text = "Rain in Oslo and Bergen.";
        BodyAligner a = BodyAligner.of(text, text);
        for (int i = 0; i < text.length(); i++) {
            assertThat(a.start(i)).isEqualTo(i);
        }
    }
}
