package io.newsstream.enrich.core.dedup;

import io.newsstream.enrich.core.text.Texts;
import io.newsstream.schemas.avro.PreparedArticle;

/**
 * The keys under which the {@link Deduplicator} remembers an article: its canonical URL and its
 * content hash. A body too short to identify a story (under {@value #MIN_CONTENT_CHARS} characters in
 * comparison form) gets a content key of its own (made from the article id), so that empty or stub
 * pages are not all duplicates of each other. Keys are never null.
 */
public final class DedupKeys {
    public static final int MIN_CONTENT_CHARS = 40;

    private DedupKeys() {}

    public static String urlKey(PreparedArticle p) {
        return "url:" + p.getCanonicalUrl();
    }

    public static String contentKey(PreparedArticle p) {
        return contentKey(p, Texts.comparisonFormAtLeast(p.getBody(), MIN_CONTENT_CHARS));
    }

    /** As {@link #contentKey(PreparedArticle)}, with the body's comparison form already at hand. */
    public static String contentKey(PreparedArticle p, ComparableBody body) {
        return contentKey(p, body.form().length() >= MIN_CONTENT_CHARS);
    }

    private static String contentKey(PreparedArticle p, boolean identifiesStory) {
        return identifiesStory ? "content:" + p.getContentHash() : "content:own:" + p.getId();
    }
}
