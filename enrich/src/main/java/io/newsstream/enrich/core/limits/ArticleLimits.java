package io.newsstream.enrich.core.limits;

/**
 * Caps that bound the work and output of one article, whatever it contains: the HTML and the cleaned
 * body longer than their caps make the article {@link UnprocessableArticleException unprocessable}
 * (dead-lettered in the stream, rejected in batch mode); elements nested deeper than
 * {@code maxHtmlDepth} are read as the plain text of their subtree; at most {@code maxMentions}
 * mentions (the first in body order) and {@code maxRegions} regions (the best scored) are emitted.
 */
public record ArticleLimits(int maxHtmlChars, int maxBodyChars, int maxHtmlDepth, int maxMentions, int maxRegions) {
    public static final ArticleLimits DEFAULTS = new ArticleLimits(2_000_000, 500_000, 256, 500, 100);

    public ArticleLimits {
        if (maxHtmlChars < 1 || maxBodyChars < 1 || maxHtmlDepth < 8 || maxMentions < 0 || maxRegions < 1) {
            throw new IllegalArgumentException("invalid article limits");
        }
    }
}
