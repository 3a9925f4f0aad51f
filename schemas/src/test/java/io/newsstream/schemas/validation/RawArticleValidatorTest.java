package io.newsstream.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawArticleValidatorTest {
    private static RawArticle.Builder valid() {
        return RawArticle.newBuilder().setUrl("https://news.example/story").setBody("Text.");
    }

    private static List<String> fields(RawArticle a) {
        return RawArticleValidator.validate(a).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsAMinimalArticle() {
        assertThat(RawArticleValidator.validate(valid().build())).isEmpty();
        assertThat(RawArticleValidator.validate(valid().setBody(null).setHtml("<p>x</p>").build())).isEmpty();
    }

    @Test
    void namesEachFieldAtFault() {
        assertThat(fields(valid().setUrl("").build())).containsExactly("url");
        assertThat(fields(valid().setUrl("ftp://x.example/a").build())).containsExactly("url");
        assertThat(fields(valid().setUrl("/relative/path").build())).containsExactly("url");
        assertThat(fields(valid().setBody(" ").build())).containsExactly("body");
        assertThat(fields(valid().setLanguage("English").build())).containsExactly("language");
        assertThat(fields(valid().setPublishedAt("yesterday").build())).containsExactly("publishedAt");
        assertThat(fields(valid().setId("").build())).containsExactly("id");
        assertThat(fields(valid().setBody("x".repeat(RawArticleValidator.MAX_TEXT_CHARS + 1)).build()))
                .containsExactly("body");
        assertThat(RawArticleValidator.validate(null)).hasSize(1);
    }

    @Test
    void acceptsTheIsoForms() {
        for (String t : List.of("2026-03-01T10:00:00Z", "2026-03-01T10:00:00+02:00", "2026-03-01T10:00:00", "2026-03-01")) {
            assertThat(fields(valid().setPublishedAt(t).build())).as(t).isEmpty();
        }
        assertThat(Timestamps.normalize("2026-03-01T10:00:00+02:00")).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(Timestamps.normalize("2026-03-01")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(Timestamps.normalize("soon")).isNull();
    }
}
