package io.newsstream.enrich.core.text;

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

    @Test
    void textsNeedingNoChangeComeBackAsTheyAre() {
        String plain = "One line.\n\nAnother line, with \u00A9 and caf\u00E9.";
        assertThat(Texts.normalizeWhitespace(plain)).isSameAs(plain);
        assertThat(Texts.normalizeWhitespace("a  b\tc \u00A0d\u00ADe")).isEqualTo("a b c de");
        assertThat(Texts.normalizeWhitespace("x \ty")).isEqualTo("x y");
    }

    @Test
    void comparisonFormLengthCheckAgreesWithTheForm() {
        for (String s : new String[] {"", "short text", "A body long enough to identify a story, surely.",
                "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t", "caf\u00E9 " + "x".repeat(38),
                "\u00E9".repeat(39), "\uFB01".repeat(20), "!!! ??? ..."}) {
            for (int min : new int[] {0, 1, 10, 40}) {
                assertThat(Texts.comparisonFormAtLeast(s, min)).as(s + " / " + min)
                        .isEqualTo(Texts.comparisonForm(s).length() >= min);
            }
        }
    }

    @Test
    void asciiWhitespaceIsCollapsedLikeTheRegex() {
        for (String s : new String[] {"plain", " a  b\t\tc ", "\u000B\f\rx", "a \u00A0 b", ""}) {
            assertThat(Texts.collapseAsciiWhitespace(s)).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void theTableFoldsLatinAndCyrillicWordsAsTheGeneralPathDoes() {
        StringBuilder all = new StringBuilder();
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("Москва", "Киевом", "ЙОШКАР",
                "Соединённые", "Київ", "Ўзбекистон", "Nigerianische", "ÉMIRATS", "Łódź", "İstanbul", "Straße", "Ærø",
                "São", "Quảng", "Đà"));
        for (char c = 0; c <= 0x052F; c++) {
            if (c <= 0x036F || c >= 0x0400) {
                words.add(String.valueOf(c));
                all.append(c);
            }
        }
        words.add(all.toString());
        for (String w : words) {
            org.assertj.core.api.Assertions.assertThat(Texts.foldToken(w)).as(w).isEqualTo(TokenFold.foldGeneral(w));
        }
        org.assertj.core.api.Assertions.assertThat(TokenFold.foldByTable("Ελλάδα")).isNull();
        org.assertj.core.api.Assertions.assertThat(Texts.foldToken("Київ")).isEqualTo("киів");
        org.assertj.core.api.Assertions.assertThat(Texts.foldToken("Łódź")).isEqualTo(TokenFold.foldGeneral("Łódź"));
    }
}
