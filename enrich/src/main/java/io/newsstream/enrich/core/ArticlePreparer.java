package io.newsstream.enrich.core;

import io.newsstream.enrich.core.clean.CleanedText;
import io.newsstream.enrich.core.clean.HtmlExtractor;
import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.dedup.ComparableBody;
import io.newsstream.enrich.core.lang.LanguageCodes;
import io.newsstream.enrich.core.lang.LanguageDetector;
import io.newsstream.enrich.core.limits.ArticleLimits;
import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import io.newsstream.enrich.core.text.Texts;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.UrlCanonicalizer;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.validation.Timestamps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a validated {@link RawArticle} into a {@link PreparedArticle}: id (given, else derived from
 * the URL), canonical URL ({@code <link rel=canonical>} of the HTML when present and valid), source
 * (given, else the URL host), UTC publication time, the body cleaned by the {@link TextCleaner}
 * (extracted from the HTML when no plain body is given), the metadata the page and the cleaner
 * found (section, author, publication date, {@code credits}, {@code tags}, and for a plain-text page without
 * a title its headline line) where the raw record has none, the language ({@link LanguageDetector}) when none is given, and the content hash of the
 * cleaned body. Stateless and thread-safe.
 */
public final class ArticlePreparer {
    public static final String CREDITS_KEY = "credits";
    public static final String TAGS_KEY = "tags";

    private final TextCleaner cleaner;
    private final HtmlExtractor extractor;
    private final LanguageDetector languages;
    private final ArticleLimits limits;

    public ArticlePreparer(TextCleaner cleaner, ArticleLimits limits) {
        this.cleaner = cleaner;
        this.limits = limits;
        this.extractor = new HtmlExtractor(limits.maxHtmlDepth());
        this.languages = new LanguageDetector();
    }

    public ArticlePreparer(TextCleaner cleaner) {
        this(cleaner, ArticleLimits.DEFAULTS);
    }

    /** @param raw a record that passed {@code RawArticleValidator} */
    public PreparedArticle prepare(RawArticle raw, long receivedAtMillis) {
        return prepareExplained(raw, receivedAtMillis).article();
    }

    /**
     * As {@link #prepare}, also returning what the cleaner removed.
     *
     * @throws UnprocessableArticleException when the HTML or the body is over its {@link ArticleLimits} cap,
     *         or the article is too deeply structured to process
     */
    public Preparation prepareExplained(RawArticle raw, long receivedAtMillis) {
        checkLength("html", raw.getHtml(), limits.maxHtmlChars());
        checkLength("body", raw.getBody(), limits.maxBodyChars());
        return UnprocessableArticleException.guard("prepare", () -> prepareChecked(raw, receivedAtMillis));
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UnprocessableArticleException(field, "is longer than " + max + " characters (" + value.length() + ")");
        }
    }

    private Preparation prepareChecked(RawArticle raw, long receivedAtMillis) {
        String url = UrlCanonicalizer.withoutCredentials(raw.getUrl().trim());
        String title = Texts.cleanLine(raw.getTitle());
        String section = Texts.cleanLine(raw.getSection());
        String author = Texts.cleanLine(raw.getAuthor());
        String urlCanonical = UrlCanonicalizer.canonicalize(url);
        String canonicalUrl = urlCanonical;
        String text = raw.getBody();
        String publishedAt = Timestamps.normalize(raw.getPublishedAt());
        String language = LanguageCodes.primary(raw.getLanguage());
        String pageTags = null;
        if (raw.getHtml() != null && !raw.getHtml().isBlank()) {
            HtmlExtractor.ExtractedPage page = extractor.extract(raw.getHtml(), url);
            if (text == null || text.isBlank()) {
                text = page.text();
            }
            title = title != null ? title : Texts.cleanLine(page.title());
            section = section != null ? section : Texts.cleanLine(page.section());
            author = author != null ? author : Texts.cleanLine(page.author());
            canonicalUrl = canonicalOr(page.canonicalUrl(), canonicalUrl);
            publishedAt = publishedAt != null ? publishedAt : Timestamps.normalize(page.publishedAt());
            language = language != null ? language : page.language();
            pageTags = page.tags();
        }
        checkLength("body", text, limits.maxBodyChars());
        CleanedText cleaned = cleaner.clean(text, title, section, author);
        title = title != null ? title : cleaned.headline();
        ComparableBody body = ComparableBody.of(cleaned.text());
        Map<String, String> metadata = raw.getMetadata() == null ? null : new LinkedHashMap<>(raw.getMetadata());
        metadata = putAbsent(metadata, CREDITS_KEY, cleaned.credits());
        metadata = putAbsent(metadata, TAGS_KEY, pageTags != null ? pageTags : cleaned.tags());
        PreparedArticle article = PreparedArticle.newBuilder()
                .setId(raw.getId() != null ? raw.getId() : ArticleIds.fromCanonicalUrl(urlCanonical))
                .setUrl(url)
                .setCanonicalUrl(canonicalUrl)
                .setSource(raw.getSource() != null && !raw.getSource().isBlank()
                        ? raw.getSource().trim() : UrlCanonicalizer.host(url))
                .setTitle(title)
                .setBody(cleaned.text())
                .setAuthor(author != null ? author : cleaned.author())
                .setLanguage(language != null ? language : languages.detect(title, cleaned.text()))
                .setPublishedAt(publishedAt != null ? publishedAt : Timestamps.normalize(cleaned.publishedDate()))
                .setSection(section != null ? section : cleaned.section())
                .setMetadata(metadata)
                .setContentHash(body.contentHash())
                .setReceivedAt(receivedAtMillis)
                .build();
        return new Preparation(article, cleaned, body);
    }

    private static Map<String, String> putAbsent(Map<String, String> metadata, String key, String value) {
        if (value == null || metadata != null && metadata.containsKey(key)) {
            return metadata;
        }
        Map<String, String> m = metadata == null ? new LinkedHashMap<>() : metadata;
        m.put(key, value);
        return m;
    }

    private static String canonicalOr(String candidate, String fallback) {
        if (candidate == null) {
            return fallback;
        }
        try {
            return UrlCanonicalizer.canonicalize(candidate);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
