package io.newsstream.app.pipelinebench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.validation.RawArticleValidator;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
    private final SyntheticArticles generator = new SyntheticArticles(7, 10);

    @Test
    void sameIndexGivesTheSameArticleAndOtherIndexesDiffer() {
        assertThat(generator.article(123)).isEqualTo(new SyntheticArticles(7, 10).article(123));
        assertThat(generator.article(123).getBody()).isNotEqualTo(generator.article(124).getBody());
        assertThat(generator.article(123).getUrl()).isNotEqualTo(generator.article(124).getUrl());
    }

    @Test
    void articlesAreValidAndAboutFourKilobytes() {
        for (int i = 0; i < 50; i++) {
            assertThat(RawArticleValidator.validate(generator.article(i))).isEmpty();
            assertThat(generator.article(i).getBody().length()).isBetween(4_000, 5_000);
        }
    }

    @Test
    void copiesRepublishAnEarlierStoryUnderAnotherUrl() {
        EnrichmentCore core = EnrichmentCore.load();
        assertThat(generator.isCopy(19)).isTrue();
        assertThat(generator.isCopy(18)).isFalse();
        PreparedArticle copy = core.prepare(generator.article(19), 0);
        boolean sameTextEarlier = false;
        for (int i = 10; i < 19; i++) {
            PreparedArticle earlier = core.prepare(generator.article(i), 0);
            assertThat(earlier.getCanonicalUrl()).isNotEqualTo(copy.getCanonicalUrl());
            sameTextEarlier |= earlier.getTitle().equals(copy.getTitle());
        }
        assertThat(sameTextEarlier).isTrue();
    }
}
