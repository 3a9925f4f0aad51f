package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.dedup.Fingerprints;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {
    private static final String URL = "http://www.example-news.example/world/ferry-terminal/?utm_source=x#top";
    private static final String PARAGRAPH = "The port authority on Tuesday approved plans for a new ferry terminal, officials said.";
    private final ArticlePreparer preparer = new ArticlePreparer(new TextCleaner());

    @Test
    void aLanguageTagIsReducedToItsPrimaryCodeAndAnUnusableOneIsDetected() {
        RawArticle tagged = RawArticle.newBuilder().setUrl(URL).setBody(PARAGRAPH).setLanguage("en-US").build();
        assertThat(preparer.prepare(tagged, 0L).getLanguage()).isEqualTo("en");
        RawArticle upper = RawArticle.newBuilder().setUrl(URL).setBody(PARAGRAPH).setLanguage("DE").build();
        assertThat(preparer.prepare(upper, 0L).getLanguage()).isEqualTo("de");
        RawArticle junk = RawArticle.newBuilder().setUrl(URL).setBody(PARAGRAPH).setLanguage("english!").build();
        assertThat(preparer.prepare(junk, 0L).getLanguage()).isEqualTo("en");
    }

    @Test
    void derivesIdSourceCanonicalUrlAndTimestamp() {
        RawArticle raw = RawArticle.newBuilder().setUrl(URL).setBody(PARAGRAPH)
                .setPublishedAt("2024-03-01T10:00:00+02:00").build();
        PreparedArticle p = preparer.prepare(raw, 42L);
        assertThat(p.getId()).isEqualTo(ArticleIds.fromUrl(URL));
        assertThat(p.getCanonicalUrl()).isEqualTo("https://example-news.example/world/ferry-terminal");
        assertThat(p.getSource()).isEqualTo("example-news.example");
        assertThat(p.getPublishedAt()).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(p.getReceivedAt()).isEqualTo(42L);
        assertThat(p.getBody()).isEqualTo(PARAGRAPH);
        assertThat(p.getContentHash()).isEqualTo(Fingerprints.contentHash(PARAGRAPH));
        assertThat(p.getMetadata()).isNull();
    }

    @Test
    void aPlainTextPageWithoutATitleGetsItsHeadlineAsTitleAndTheBodyWithoutIt() {
        String page = "Canada\n\nThis article was added by the user . TheWorldNews is not responsible for the content of "
                + "the platform.\n\nFerry terminal approved after two years of debate\n\nArticle Author:\n\nReuters\n\n"
                + PARAGRAPH + "\n\nConstruction is due to start in the spring.\n\nReporting by A. Writer; Editing by B. Editor";
        PreparedArticle p = preparer.prepare(RawArticle.newBuilder().setUrl(URL).setBody(page).build(), 1L);
        assertThat(p.getTitle()).isEqualTo("Ferry terminal approved after two years of debate");
        assertThat(p.getBody()).isEqualTo(PARAGRAPH + "\n\nConstruction is due to start in the spring.");
        assertThat(p.getSection()).isEqualTo("Canada");
        assertThat(p.getAuthor()).isEqualTo("Reuters");
        assertThat(p.getMetadata()).containsEntry("credits", "Reporting by A. Writer; Editing by B. Editor");

        PreparedArticle titled = preparer.prepare(RawArticle.newBuilder().setUrl(URL).setTitle("Given title").setBody(page)
                .build(), 1L);
        assertThat(titled.getTitle()).isEqualTo("Given title");
        assertThat(titled.getBody()).startsWith("Ferry terminal approved");
    }

    @Test
    void credentialsInTheUrlNeverReachThePreparedArticle() {
        RawArticle raw = RawArticle.newBuilder().setUrl("https://scraper:s3cret@www.example-news.example/a?utm_source=x")
                .setBody(PARAGRAPH).build();
        PreparedArticle p = preparer.prepare(raw, 42L);
        assertThat(p.getUrl()).isEqualTo("https://www.example-news.example/a?utm_source=x");
        assertThat(p.getCanonicalUrl()).isEqualTo("https://example-news.example/a");
        assertThat(p.toString()).doesNotContain("s3cret");
    }

    @Test
    void keepsGivenFieldsAndFillsMissingOnesFromBoilerplate() {
        RawArticle raw = RawArticle.newBuilder().setId("a-1").setUrl(URL).setSource("Example News")
                .setTitle("  Ferry  terminal approved ").setLanguage("en").setMetadata(Map.of("feed", "rss"))
                .setBody("Regional\nArticle Author: Wire Agency\n\n" + PARAGRAPH + "\n\n(Reporting by Ann Example)")
                .build();
        PreparedArticle p = preparer.prepare(raw, 0L);
        assertThat(p.getId()).isEqualTo("a-1");
        assertThat(p.getSource()).isEqualTo("Example News");
        assertThat(p.getTitle()).isEqualTo("Ferry terminal approved");
        assertThat(p.getSection()).isEqualTo("Regional");
        assertThat(p.getAuthor()).isEqualTo("Wire Agency");
        assertThat(p.getLanguage()).isEqualTo("en");
        assertThat(p.getMetadata()).containsEntry("feed", "rss").containsEntry("credits", "Reporting by Ann Example");
        assertThat(p.getBody()).isEqualTo(PARAGRAPH);
    }

    @Test
    void rawSectionAndAuthorWinOverDetectedOnes() {
        RawArticle raw = RawArticle.newBuilder().setUrl(URL).setSection("World").setAuthor("Desk")
                .setBody("Regional\nArticle Author: Wire Agency\n\n" + PARAGRAPH).build();
        PreparedArticle p = preparer.prepare(raw, 0L);
        assertThat(p.getSection()).isEqualTo("World");
        assertThat(p.getAuthor()).isEqualTo("Desk");
        assertThat(p.getBody()).isEqualTo(PARAGRAPH);
    }

    @Test
    void extractsTitleTextAndCanonicalLinkFromHtml() {
        String html = "<html><head><title>Ferry terminal approved | Example News</title>"
                + "<meta property=\"og:title\" content=\"Ferry terminal approved\">"
                + "<link rel=\"canonical\" href=\"/news/ferry-terminal-approved\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> World Sport</nav></header>"
                + "<article><h1>Ferry terminal approved</h1><p>" + PARAGRAPH + "</p>"
                + "<script>track()</script><p>Work starts in <b>spring</b>.</p>"
                + "<aside>Most read: other stories</aside></article><footer>Copyright Example</footer></body></html>";
        RawArticle raw = RawArticle.newBuilder().setUrl(URL).setHtml(html).build();
        Preparation prep = preparer.prepareExplained(raw, 0L);
        PreparedArticle p = prep.article();
        assertThat(p.getTitle()).isEqualTo("Ferry terminal approved");
        assertThat(p.getBody()).isEqualTo(PARAGRAPH + "\n\nWork starts in spring.");
        assertThat(p.getCanonicalUrl()).isEqualTo("https://example-news.example/news/ferry-terminal-approved");
        assertThat(p.getId()).isEqualTo(ArticleIds.fromUrl(URL));
        assertThat(prep.cleaning().removed()).isEmpty();
    }

    @Test
    void plainBodyIsPreferredOverHtml() {
        RawArticle raw = RawArticle.newBuilder().setUrl(URL).setBody(PARAGRAPH)
                .setHtml("<html><head><title>Page title</title></head><body><p>Other text.</p></body></html>").build();
        PreparedArticle p = preparer.prepare(raw, 0L);
        assertThat(p.getBody()).isEqualTo(PARAGRAPH);
        assertThat(p.getTitle()).isEqualTo("Page title");
    }
}
