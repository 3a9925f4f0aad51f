package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.clean.BoilerplateKind;
import io.newsstream.enrich.core.clean.CleanedText;
import io.newsstream.enrich.core.clean.RemovedLine;
import io.newsstream.enrich.core.clean.TextCleaner;
import org.junit.jupiter.api.Test;

/** One fictional body per kind of portal junk; each must go, its metadata must move, the story must stay. */
class PortalJunkKindsTest {
    private static final String TITLE = "Lakeside town opens solar-powered library";
    private static final String P1 = "MERRIVALE, June 3 - The town of Merrivale opened a library on Monday that runs "
            + "entirely on solar power, the mayor said.";
    private static final String P2 = "The building cost 4.2 million crowns and holds 30,000 books, officials said.";
    private static final String STORY = P1 + "\n\n" + P2;
    private final TextCleaner cleaner = new TextCleaner();

    private CleanedText clean(String body) {
        return cleaner.clean(body, TITLE);
    }

    @Test
    void sourceLineMovesToCredits() {
        CleanedText c = clean(STORY + "\n\nSource: Northwire News");
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.credits()).isEqualTo("Source: Northwire News");
        assertThat(c.removed()).extracting(RemovedLine::kind).containsExactly(BoilerplateKind.SOURCE_LINE);
    }

    @Test
    void publicationLineGivesDateAndSource() {
        CleanedText c = clean("Published 2024-06-03 | Source: Northwire News\n\n" + STORY);
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.publishedDate()).isEqualTo("2024-06-03");
        assertThat(c.credits()).isEqualTo("Source: Northwire News");
        CleanedText updated = clean("Updated: June 3, 2024 10:32 am ET · 4 min read\n\n" + STORY);
        assertThat(updated.text()).isEqualTo(STORY);
        assertThat(updated.publishedDate()).isEqualTo("2024-06-03");
    }

    @Test
    void wireFeedAndMarketDataDisclaimersGo() {
        String body = STORY + "\n\nThis story was generated from an automated news agency feed without modifications "
                + "to the text.\n\nQuotes are delayed by at least 20 minutes.\n\nMarket data provided by Example "
                + "Exchange Data.\n\nThe views expressed in this column are the author's own.";
        CleanedText c = clean(body);
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.removed()).extracting(RemovedLine::kind).containsOnly(BoilerplateKind.DISCLAIMER).hasSize(4);
    }

    @Test
    void staffAndAgencyBylinesAreAuthorLines() {
        for (String byline : new String[] {"By Northwire staff", "By the Associated Example Press",
                "BY JANE ROE and Bo Sample", "By Jane Roe, Senior Correspondent | Updated 2024-06-03",
                "Written by: Ana de la Cruz"}) {
            CleanedText c = clean(byline + "\n\n" + STORY);
            assertThat(c.text()).as(byline).isEqualTo(STORY);
            assertThat(c.author()).as(byline).isNotBlank().doesNotContain("staff", "Senior", "Updated");
        }
        assertThat(clean("By Northwire staff\n\n" + STORY).author()).isEqualTo("Northwire");
    }

    @Test
    void sentencesStartingWithByAreKept() {
        String body = "By Tuesday, the library had lent 900 books.\n\n" + STORY;
        assertThat(clean(body).text()).isEqualTo(body);
        String lower = "By far the busiest day was Saturday.\n\n" + STORY;
        assertThat(clean(lower).text()).isEqualTo(lower);
    }

    @Test
    void breadcrumbAndSectionSiteHeaderGiveTheSection() {
        CleanedText crumb = clean("Home > News > Environment\n\n" + TITLE + "\n\n" + STORY);
        assertThat(crumb.text()).isEqualTo(STORY);
        assertThat(crumb.section()).isEqualTo("Environment");
        CleanedText header = clean("Environment | The Merrivale Courier\n\n" + STORY);
        assertThat(header.text()).isEqualTo(STORY);
        assertThat(header.section()).isEqualTo("Environment");
    }

    @Test
    void shoutedSectionLabelBesideJunkGoesButADatelineStays() {
        CleanedText c = clean(STORY + "\n\nMARKETS\n\nAll prices delayed at least 15 minutes.");
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.section()).isEqualTo("MARKETS");
        String dateline = "MERRIVALE\n\n" + STORY;
        assertThat(clean(dateline).text()).isEqualTo(dateline);
    }

    @Test
    void tagListsMoveToTags() {
        CleanedText c = clean(STORY + "\n\nTags: Libraries, Solar power, Merrivale");
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.tags()).isEqualTo("Libraries, Solar power, Merrivale");
        CleanedText hashtags = clean(STORY + "\n\n#libraries #solar");
        assertThat(hashtags.text()).isEqualTo(STORY);
        assertThat(hashtags.tags()).isEqualTo("libraries, solar");
    }

    @Test
    void photoCreditsCookieAndNavigationLinesGo() {
        String body = "Skip to main content\n\nPhoto: Jane Roe/Northwire\n\n" + STORY
                + "\n\nWe use cookies to improve your experience on our site.\n\nBack to top";
        CleanedText c = clean(body);
        assertThat(c.text()).isEqualTo(STORY);
        assertThat(c.removed()).extracting(RemovedLine::kind).containsExactly(BoilerplateKind.SITE_CHROME,
                BoilerplateKind.PHOTO_CREDIT, BoilerplateKind.SITE_CHROME, BoilerplateKind.SITE_CHROME);
    }

    @Test
    void storyLinesThatMentionTheSameWordsAreKept() {
        String body = P1 + "\n\nThe source of the funding, officials said, was a regional grant published in 2023."
                + "\n\nThe opening was delayed by two weeks because of rain.\n\n"
                + "\"We are not responsible for the weather,\" the builder joked.\n\nTags on the shelves are solar-lit.";
        CleanedText c = clean(body);
        assertThat(c.text()).isEqualTo(body);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void headlineMadeFromTheLeadSentenceKeepsTheLead() {
        String lead = "The town of Merrivale opened a library on Monday that runs on solar power.";
        CleanedText c = cleaner.clean(lead + "\n\n" + P2, lead);
        assertThat(c.text()).isEqualTo(lead + "\n\n" + P2);
    }
}
