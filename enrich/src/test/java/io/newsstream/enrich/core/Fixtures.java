package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fictional portal fixtures in {@code src/test/resources/fixtures}. */
final class Fixtures {
    static final String PORTAL_A = "/fixtures/war-story-portal-a.json";
    static final String PORTAL_B = "/fixtures/war-story-portal-b.json";
    static final EnrichmentCore CORE = EnrichmentCore.load();

    private Fixtures() {}

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle raw(String resource) {
        return ArticleJson.readRaw(text(resource));
    }
}
