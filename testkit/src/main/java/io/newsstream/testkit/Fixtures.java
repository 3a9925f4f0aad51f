package io.newsstream.testkit;

import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's own fictional articles shared by tests: a wire war story republished by two portals
 * with different boilerplate (the seed case's shape: a section label naming another country, a
 * disclaimer, "Article Author:" lines, a credit line).
 */
public final class Fixtures {
    public static final String WAR_STORY_PORTAL_A = "/fixtures/war-story-portal-a.json";
    public static final String WAR_STORY_PORTAL_B = "/fixtures/war-story-portal-b.json";

    private Fixtures() {}

    public static String json(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawArticle article(String resource) {
        return ArticleJson.readRaw(json(resource));
    }
}
