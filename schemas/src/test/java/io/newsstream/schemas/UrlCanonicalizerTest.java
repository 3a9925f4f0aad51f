package io.newsstream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    private static final String CANONICAL = "https://news.example/world/story-1";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://news.example/world/story-1",
        "http://news.example/world/story-1",
        "https://www.news.example/world/story-1",
        "https://NEWS.example/world/story-1/",
        "https://news.example/world/story-1#comments",
        "https://news.example/world/story-1?utm_source=tw&utm_medium=social",
        "https://news.example/world/story-1?fbclid=abc&gclid=def",
        "https://news.example:443/world/story-1",
        "https://news.example/world/story-1/amp",
        "https://news.example/amp/world/story-1",
        "https://news.example/world/story-1?outputType=amp",
    })
    void spellingsOfOnePageShareOneCanonicalForm(String url) {
        assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo(CANONICAL);
    }

    @Test
    void keepsMeaningfulQueryParametersSorted() {
        assertThat(UrlCanonicalizer.canonicalize("https://n.example/a?page=2&id=7&utm_campaign=x"))
                .isEqualTo("https://n.example/a?id=7&page=2");
    }

    @Test
    void distinctPagesStayDistinct() {
        assertThat(UrlCanonicalizer.canonicalize("https://n.example/a/1"))
                .isNotEqualTo(UrlCanonicalizer.canonicalize("https://n.example/a/2"));
        assertThat(UrlCanonicalizer.canonicalize("https://n.example/example"))
                .isEqualTo("https://n.example/example");
    }

    @Test
    void rejectsWhatIsNoWebUrl() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("mailto:a@b.c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("not a url")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsDeriveFromTheCanonicalUrl() {
        assertThat(ArticleIds.fromUrl("http://www.news.example/world/story-1?utm_source=x"))
                .isEqualTo(ArticleIds.fromUrl(CANONICAL))
                .startsWith("u").hasSize(25);
        assertThat(UrlCanonicalizer.host("https://www.news.example/a")).isEqualTo("news.example");
    }

    @Test
    void credentialsAreDroppedAndNothingElseChanges() {
        assertThat(UrlCanonicalizer.withoutCredentials("https://user:secret@news.example:8443/a/b?x=1#f"))
                .isEqualTo("https://news.example:8443/a/b?x=1#f");
        assertThat(UrlCanonicalizer.withoutCredentials("http://token@news.example")).isEqualTo("http://news.example");
        assertThat(UrlCanonicalizer.withoutCredentials("https://news.example/path@with-at?q=a@b"))
                .isEqualTo("https://news.example/path@with-at?q=a@b");
        assertThat(UrlCanonicalizer.withoutCredentials("not a url")).isEqualTo("not a url");
        assertThat(UrlCanonicalizer.canonicalize("https://u:p@www.news.example/world/story-1")).isEqualTo(CANONICAL);
    }
}
