package io.newsstream.enrich.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static final String TITLE = "Harbour authority approves new ferry terminal";
    private static final String P1 = "The port authority on Tuesday approved plans for a new ferry terminal on the east pier, "
            + "officials said.";
    private static final String P2 = "Construction is expected to start next spring and last two years.";
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void removesSectionDisclaimerAuthorHeadlineAndCredits() {
        String body = "Business\nThis article was added by the user . SomePortal is not responsible for the content of the platform.\n\n"
                + TITLE + "\n\nArticle Author:\n\nWire Agency\n\nWire Agency\n\n" + P1 + "\n\n" + P2
                + "\n\n(Reporting by Ann Example; Editing by Bo Sample and Cy Person)";
        CleanedText c = cleaner.clean(body, TITLE);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(c.section()).isEqualTo("Business");
        assertThat(c.author()).isEqualTo("Wire Agency");
        assertThat(c.credits()).isEqualTo("Reporting by Ann Example; Editing by Bo Sample and Cy Person");
        assertThat(c.removed()).extracting(RemovedLine::kind).containsExactly(
                BoilerplateKind.SECTION_LABEL, BoilerplateKind.DISCLAIMER, BoilerplateKind.REPEATED_HEADLINE,
                BoilerplateKind.AUTHOR_LINE, BoilerplateKind.AUTHOR_LINE, BoilerplateKind.AUTHOR_LINE,
                BoilerplateKind.CREDITS);
    }

    @Test
    void removesShareAdvertCopyrightAndReadMoreLines() {
        String body = P1 + "\n\nShare this story: Facebook | Twitter | Email\n\nAdvertisement\n\n" + P2
                + "\n\nRead more: Port expansions around the coast\n\nCopyright 2024 Example Media. All rights reserved.";
        CleanedText c = cleaner.clean(body, TITLE);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(c.removed()).extracting(RemovedLine::kind).containsExactly(BoilerplateKind.SHARE,
                BoilerplateKind.ADVERT, BoilerplateKind.READ_MORE, BoilerplateKind.COPYRIGHT);
    }

    @Test
    void headlineWithSiteSuffixAndOtherPunctuationCountsAsRepeated() {
        CleanedText c = cleaner.clean("HARBOUR AUTHORITY APPROVES NEW FERRY TERMINAL | The Daily Example\n\n" + P1, TITLE);
        assertThat(c.text()).isEqualTo(P1);
        assertThat(c.removed()).extracting(RemovedLine::kind).containsExactly(BoilerplateKind.REPEATED_HEADLINE);
    }

    @Test
    void trailingCreditInTheLastParagraphIsMovedToCredits() {
        CleanedText c = cleaner.clean(P1 + "\n\n" + P2 + " (Writing by Dee Example; Editing by Eve Sample)", TITLE);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(c.credits()).isEqualTo("Writing by Dee Example; Editing by Eve Sample");
    }

    @Test
    void keepsOrdinaryTextUntouched() {
        String body = P1 + "\n\n\"We are not responsible for delays caused by the weather,\" the contractor said.\n\n" + P2;
        CleanedText c = cleaner.clean(body, TITLE);
        assertThat(c.text()).isEqualTo(body);
        assertThat(c.removed()).isEmpty();
        assertThat(c.section()).isNull();
        assertThat(c.author()).isNull();
    }

    @Test
    void shoutedFirstLineIsALabelOnlyWhenConfirmed() {
        assertThat(cleaner.clean("WASHINGTON\n" + P1, TITLE).section()).isNull();
        assertThat(cleaner.clean("WORLD\n" + P1, TITLE, "World", null).section()).isEqualTo("WORLD");
    }

    @Test
    void normalisesWhitespaceUnicodeAndParagraphs() {
        String body = "  The  port\u00A0authority met.\r\nIt approved the plan.\r\n\r\n\r\nWork starts\nin spring. ";
        CleanedText c = cleaner.clean(body, null);
        assertThat(c.text()).isEqualTo("The port authority met.\n\nIt approved the plan.\n\nWork starts in spring.");
    }

    @Test
    void bylineAndRepeatedKnownAuthorAreRemoved() {
        CleanedText c = cleaner.clean("By Jane Example\n\n" + P1, TITLE);
        assertThat(c.author()).isEqualTo("Jane Example");
        assertThat(c.text()).isEqualTo(P1);
        CleanedText known = cleaner.clean("Wire Agency\n\n" + P1, TITLE, null, "Wire Agency");
        assertThat(known.text()).isEqualTo(P1);
    }

    @Test
    void aBodyOfOnlyBoilerplateIsKeptRatherThanEmptied() {
        CleanedText c = cleaner.clean("Advertisement", TITLE);
        assertThat(c.text()).isEqualTo("Advertisement");
    }

    @Test
    void isDeterministic() {
        String body = "Sport\n" + TITLE + "\n\n" + P1;
        assertThat(cleaner.clean(body, TITLE)).isEqualTo(cleaner.clean(body, TITLE));
    }
}
