package io.newsstream.microbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.clean.HtmlExtractor;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generated pages are stable, of news-page size, and carry their article where extraction finds it. */
class SyntheticPagesTest {
    private final SyntheticPages pages = SyntheticPages.standard();

    @Test
    void pagesAreDeterministicAndOfTypicalSize() {
        for (int i = 0; i < 12; i++) {
            String html = pages.html(i);
            assertThat(pages.html(i)).isEqualTo(html);
            int kb = html.getBytes(StandardCharsets.UTF_8).length / 1000;
            assertThat(kb).as("page %d", i).isBetween(SyntheticPages.MIN_KB - 5, SyntheticPages.MAX_KB + 10);
        }
        assertThat(pages.html(0)).isNotEqualTo(pages.html(3));
    }

    @Test
    void sizedPagesFollowTheirRange() {
        SyntheticPages heavy = SyntheticPages.sized("150-200");
        for (int i = 0; i < 6; i++) {
            int kb = heavy.html(i).getBytes(StandardCharsets.UTF_8).length / 1000;
            assertThat(kb).as("page %d", i).isBetween(145, 210);
        }
        assertThat(heavy.article(4)).isEqualTo(pages.article(4));
        assertThatThrownBy(() -> SyntheticPages.sized("120"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyLayoutGivesBackTheStoryAndItsMetadata() {
        EnrichmentCore core = EnrichmentCore.load();
        HtmlExtractor extractor = new HtmlExtractor();
        for (int i = 0; i < 6; i++) {
            RawArticle article = pages.article(i);
            HtmlExtractor.ExtractedPage page = extractor.extract(pages.html(i), article.getUrl());
            assertThat(page.title()).as(SyntheticPages.layout(i)).isEqualTo(article.getTitle());
            assertThat(page.author()).isEqualTo(article.getAuthor());
            assertThat(page.publishedAt()).isEqualTo(article.getPublishedAt());
            PreparedArticle fromHtml = core.prepare(pages.page(i), 0L);
            for (String paragraph : article.getBody().split("\n\n")) {
                if (paragraph.length() >= 80) {
                    assertThat(fromHtml.getBody()).as(SyntheticPages.layout(i)).contains(paragraph);
                }
            }
            assertThat(fromHtml.getBody()).doesNotContain("Leave a Reply", "Most read", "Recent Posts", "says:");
        }
    }
}
