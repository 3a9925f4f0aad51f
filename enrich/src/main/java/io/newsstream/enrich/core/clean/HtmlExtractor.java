package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.limits.ArticleLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts an article from its page with jsoup: metadata from JSON-LD {@code NewsArticle}, Open
 * Graph and meta tags ({@link PageMetadata}), the main text by content scoring
 * ({@link MainContent}). When the scored text is much shorter than a JSON-LD {@code articleBody},
 * the latter is the text. Malformed HTML is parsed leniently, as browsers do; subtrees deeper than the
 * maximum depth are read as plain text ({@link HtmlDepth}). Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private final int maxDepth;

    public HtmlExtractor(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public HtmlExtractor() {
        this(ArticleLimits.DEFAULTS.maxHtmlDepth());
    }

    /** The extracted page; every field but {@code text} may be null. */
    public record ExtractedPage(String title, String text, String canonicalUrl, String section, String author,
                                String publishedAt, String language, String tags) {}

    public ExtractedPage extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        HtmlDepth.limit(doc, maxDepth);
        PageMetadata meta = PageMetadata.of(doc);
        String text = MainContent.extract(doc.body());
        String ldBody = meta.articleBody();
        if (ldBody != null && ldBody.length() > 200 && text.length() < ldBody.length() / 2) {
            text = ldBody;
        }
        return new ExtractedPage(meta.title(), text, meta.canonicalUrl(), meta.section(), meta.author(),
                meta.publishedAt(), meta.language(), meta.tags());
    }
}
