package io.newsstream.enrich.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.ArticlePreparer;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages in the shapes of common CMS layouts (written for this project) and malformed HTML. */
class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    static String page(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wordpressPostGivesItsEntryContentAndMetadata() {
        HtmlExtractor.ExtractedPage p = extractor.extract(page("wordpress.html"), "https://merrivale-courier.example/?p=4812");
        assertThat(p.title()).isEqualTo("Valley council votes to reopen the old rail line");
        assertThat(p.author()).isEqualTo("Hannah Brookfield");
        assertThat(p.publishedAt()).isEqualTo("2024-05-14T08:30:00+01:00");
        assertThat(p.section()).isEqualTo("Local News");
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.tags()).isEqualTo("Transport, Merrivale");
        assertThat(p.canonicalUrl())
                .isEqualTo("https://merrivale-courier.example/2024/05/14/valley-council-votes-to-reopen-rail-line/");
        assertThat(p.text().split("\n\n")).containsExactly(
                "The valley council voted seven to two on Monday night to reopen the disused rail line between "
                        + "Merrivale and Lower Ashby, ending a debate that has run for more than a decade.",
                "Councillors said the line, closed in 1968, could carry its first passengers within four years if "
                        + "the regional transport fund approves a grant of 18 million crowns.",
                "\u201CThis is the most important decision this council has taken in a generation,\u201D said council "
                        + "leader Osman Thale, who chaired the meeting.",
                "Opposition from farmers",
                "Two councillors voted against, saying the route would cut through farmland and that the cost "
                        + "estimates were too optimistic.",
                "Phase one: clearing and surveying the track bed.",
                "Phase two: new platforms at Merrivale and Lower Ashby.",
                "A public consultation opens next month.");
    }

    @Test
    void arcStoryGivesItsBodyAndJsonLdMetadata() {
        HtmlExtractor.ExtractedPage p = extractor.extract(page("arc.html"), "https://northshore-tribune.example/x");
        assertThat(p.title()).isEqualTo("Harbour strike ends after pay deal");
        assertThat(p.author()).isEqualTo("Ruth Okonkwo, Daniel Feld");
        assertThat(p.publishedAt()).isEqualTo("2025-02-03T17:05:00Z");
        assertThat(p.section()).isEqualTo("Business");
        assertThat(p.tags()).isEqualTo("labour, ports");
        assertThat(p.canonicalUrl())
                .isEqualTo("https://northshore-tribune.example/business/2025/02/03/harbour-strike-ends-after-pay-deal/");
        assertThat(p.text()).startsWith("NORTHSHORE, Feb 3 - Dock workers")
                .contains("forty container ships", "\u201CWe did not get everything", "backlog should clear within a week.")
                .doesNotContain("Advertisement", "Facebook", "More from Business", "Shipping rates", "All rights reserved",
                        "Fusion", "not shown");
    }

    @Test
    void drupalNodeGivesItsBodyFieldAndGermanLanguage() {
        HtmlExtractor.ExtractedPage p = extractor.extract(page("drupal.html"), "https://emsland-bote.example/node/77");
        assertThat(p.title()).isEqualTo("Neue Brücke über die Ems eröffnet");
        assertThat(p.author()).isEqualTo("Jonas Terhalle");
        assertThat(p.publishedAt()).isEqualTo("2023-09-22T10:15:00+02:00");
        assertThat(p.section()).isEqualTo("Region");
        assertThat(p.language()).isEqualTo("de");
        assertThat(p.text().split("\n\n")).hasSize(3);
        assertThat(p.text()).startsWith("Nach drei Jahren Bauzeit").endsWith("bei Hochwasser nutzbar bleiben soll.")
                .doesNotContain("Startseite", "Schlagworte", "Umleitung", "Impressum", "Direkt zum Inhalt");
    }

    @Test
    void malformedHtmlStillGivesTheStory() {
        HtmlExtractor.ExtractedPage p = extractor.extract(page("malformed.html"), "https://alpine-news.example/pass");
        assertThat(p.title()).isEqualTo("Storm closes mountain pass");
        assertThat(p.text()).contains("Heavy snow closed the Kessel pass", "still in summer tyres",
                "Forecasters expect more snow at the weekend", "until Monday at the earliest",
                "carries about 3,000 vehicles a day.");
        assertThat(p.author()).isNull();
    }

    @Test
    void emptyAndNonHtmlInputDoNotFail() {
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract("<<<>>> <p", "not a url").text()).isNotNull();
        assertThat(extractor.extract("Just a line of plain text that somebody sent as HTML, with a comma.", null).text())
                .isEqualTo("Just a line of plain text that somebody sent as HTML, with a comma.");
    }

    @Test
    void jsonLdArticleBodyIsTheFallbackForScriptRenderedPages() {
        String body = "The museum reopened on Sunday after a two-year renovation that cost 9 million crowns. "
                .repeat(4);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Museum "
                + "reopens\",\"articleBody\":\"" + body + "\"}</script></head><body><div id=\"app\"></div></body></html>";
        assertThat(extractor.extract(html, null).text()).isEqualTo(body.trim());
    }

    @Test
    void thePreparerFillsPublishedAtLanguageAndTagsFromThePage() {
        RawArticle raw = RawArticle.newBuilder().setUrl("https://merrivale-courier.example/?p=4812")
                .setHtml(page("wordpress.html")).build();
        PreparedArticle p = new ArticlePreparer(new TextCleaner()).prepare(raw, 0L);
        assertThat(p.getPublishedAt()).isEqualTo("2024-05-14T07:30:00Z");
        assertThat(p.getLanguage()).isEqualTo("en");
        assertThat(p.getMetadata()).containsEntry("tags", "Transport, Merrivale");
        assertThat(p.getSection()).isEqualTo("Local News");
        assertThat(p.getBody()).doesNotContain("Share this", "Related", "thoughts", "cookies", "WordPress");
    }
}
