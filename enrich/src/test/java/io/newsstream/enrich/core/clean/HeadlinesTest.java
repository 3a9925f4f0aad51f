package io.newsstream.enrich.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void aHeadlineLooksLikeOneShortLineThatDoesNotEndLikeASentence() {
        assertThat(Headlines.looksLikeHeadline("Ukraine's Zelensky rules out talks if Russia holds referendum")).isTrue();
        assertThat(Headlines.looksLikeHeadline("TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER")).isTrue();
        assertThat(Headlines.looksLikeHeadline("\u201cWe will not give up\u201d: Kyiv rejects talks")).isTrue();
        assertThat(Headlines.looksLikeHeadline("Will the strike end before winter?")).isTrue();
        assertThat(Headlines.looksLikeHeadline("The minister said on Sunday that talks were over.")).isFalse();
        assertThat(Headlines.looksLikeHeadline("Officials said:")).isFalse();
        assertThat(Headlines.looksLikeHeadline("Breaking news")).isFalse();
        assertThat(Headlines.looksLikeHeadline("the lower-case start of a fragment of text here")).isFalse();
        assertThat(Headlines.looksLikeHeadline("A " + "very ".repeat(30) + "long line")).isFalse();
    }

    @Test
    void aPlainTextPageWithoutATitleGivesItsHeadlineAndKeepsItOutOfTheBody() {
        String page = "World\n\nRiver floods force thousands from homes in northern town\n\n"
                + "Heavy rain caused the river to burst its banks on Tuesday, officials said.\n\n"
                + "About 3,000 people were moved to shelters overnight.\n\n"
                + "Reporting by A. Writer; Editing by B. Editor";
        CleanedText c = cleaner.clean(page, null);
        assertThat(c.headline()).isEqualTo("River floods force thousands from homes in northern town");
        assertThat(c.text()).startsWith("Heavy rain caused").doesNotContain("River floods force");
        assertThat(c.removed()).anySatisfy(r -> assertThat(r.kind()).isEqualTo(BoilerplateKind.HEADLINE));
    }

    @Test
    void nothingIsTakenWhenTheTitleIsKnownOrTooLittleBodyFollows() {
        String page = "River floods force thousands from homes\n\nHeavy rain caused the river to burst its banks.\n\n"
                + "About 3,000 people were moved to shelters overnight.";
        assertThat(cleaner.clean(page, "Floods in the north").headline()).isNull();
        assertThat(cleaner.clean(page, "Floods in the north").text()).startsWith("River floods force");
        String short1 = "River floods force thousands from homes\n\nHeavy rain caused the river to burst its banks.";
        assertThat(cleaner.clean(short1, null).headline()).isNull();
        assertThat(cleaner.clean(short1, null).text()).startsWith("River floods");
    }
}
