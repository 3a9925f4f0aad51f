package io.newsstream.microbench;

import io.newsstream.app.pipelinebench.SyntheticArticles;
import io.newsstream.schemas.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of news pages as CMS themes render them, for benchmarking HTML
 * extraction: page {@code i} is the ~4 KB article {@code i} of {@link SyntheticArticles} inside a
 * WordPress, Arc (Fusion) or Drupal layout (in turn) with what such pages carry around a story: head
 * metadata (Open Graph, {@code article:*}, canonical link, JSON-LD), style sheets and scripts inline
 * and linked, CMS settings as JSON, a navigation menu with sub-menus, breadcrumb, share bar, ad slots,
 * related and most-read teaser lists, reader comments with a comment form, a sidebar, a cookie
 * banner and a footer of link columns. Pages are {@value #MIN_KB}–{@value #MAX_KB} KB (UTF-8), the
 * usual weight of a news page's HTML; the inline styles and scripts make up the weight the
 * layout does not. No third-party text.
 */
public final class SyntheticPages {
    static final int MIN_KB = 40;
    static final int MAX_KB = 120;
    private static final String[] LAYOUTS = {"wordpress", "arc", "drupal"};

    private final SyntheticArticles articles;
    private final long seed;
    private final int minKb;
    private final int maxKb;

    public SyntheticPages(long seed) {
        this(seed, MIN_KB, MAX_KB);
    }

    /** Pages of {@code minKb}–{@code maxKb} KB; the layouts alone weigh ~50 KB, so smaller ranges give ~50 KB pages. */
    public SyntheticPages(long seed, int minKb, int maxKb) {
        if (minKb < 1 || maxKb < minKb) {
            throw new IllegalArgumentException("page size range " + minKb + "-" + maxKb + " KB");
        }
        this.articles = new SyntheticArticles(seed, 0);
        this.seed = seed;
        this.minKb = minKb;
        this.maxKb = maxKb;
    }

    /** The default generator (seed 42, {@value #MIN_KB}–{@value #MAX_KB} KB). */
    public static SyntheticPages standard() {
        return new SyntheticPages(42);
    }

    /** The generator of seed 42 for a size range written {@code "MIN-MAX"} in KB, e.g. {@code "40-120"}. */
    public static SyntheticPages sized(String range) {
        String[] parts = range.split("-", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("page size range must be MIN-MAX in KB, not " + range);
        }
        return new SyntheticPages(42, Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** The layout page {@code index} is rendered in. */
    public static String layout(long index) {
        return LAYOUTS[(int) (index % LAYOUTS.length)];
    }

    /** The article page {@code index} carries, as plain text (its {@code body}). */
    public RawArticle article(long index) {
        return articles.article(index);
    }

    /** Page {@code index} as a scraper sends it: URL, source and HTML, no plain body or title. */
    public RawArticle page(long index) {
        RawArticle a = articles.article(index);
        return RawArticle.newBuilder().setId(null).setUrl(a.getUrl()).setSource(a.getSource()).setTitle(null)
                .setBody(null).setHtml(html(index)).setAuthor(null).setLanguage(null).setPublishedAt(null)
                .setSection(null).setMetadata(null).build();
    }

    /** The HTML of page {@code index}. */
    public String html(long index) {
        return html(articles.article(index), index);
    }

    /**
     * The HTML of an article (url, source, title, body, author, publishedAt and section set) in the
     * layout and with the furniture of page {@code index}.
     */
    public String html(RawArticle a, long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + index);
        int targetChars = (minKb + r.nextInt(maxKb - minKb + 1)) * 1000;
        List<String> related = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            related.add(articles.article(index + i * 7L).getTitle());
        }
        Page p = new Page(a, r, related);
        switch (layout(index)) {
            case "wordpress" -> CmsLayouts.wordpress(p);
            case "arc" -> CmsLayouts.arc(p);
            default -> CmsLayouts.drupal(p);
        }
        return p.assemble(targetChars);
    }

    /**
     * A page being built: the head and body markup of a layout, with two places for the inline style
     * and script weight that {@link #assemble} fills up to the page's size.
     */
    static final class Page {
        final RawArticle article;
        final SplittableRandom random;
        final List<String> related;
        final String host;
        final String site;
        final StringBuilder head = new StringBuilder(8_000);
        final StringBuilder body = new StringBuilder(40_000);
        final StringBuilder tail = new StringBuilder(4_000);

        Page(RawArticle article, SplittableRandom random, List<String> related) {
            this.article = article;
            this.random = random;
            this.related = related;
            this.host = article.getUrl().replaceFirst("^https://", "").replaceFirst("/.*$", "");
            String name = article.getSource().replace(".example", "");
            this.site = "The " + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        String title() {
            return PageChrome.escape(article.getTitle());
        }

        String author() {
            return PageChrome.escape(article.getAuthor());
        }

        List<String> paragraphs() {
            return List.of(article.getBody().split("\n\n"));
        }

        List<String> related(int from, int count) {
            return related.subList(from, Math.min(related.size(), from + count));
        }

        String description() {
            String first = paragraphs().stream().filter(x -> x.length() >= 80).findFirst().orElse(paragraphs().get(0));
            return PageChrome.escape(first.length() > 150 ? first.substring(0, 150) : first);
        }

        /** The meta tags and links every layout has in its head (Open Graph, canonical, article:*). */
        void commonHead(String titleSeparator) {
            head.append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<title>").append(title()).append(titleSeparator).append(site).append("</title>")
                    .append("<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">")
                    .append("<meta name=\"description\" content=\"").append(description()).append("\">")
                    .append("<link rel=\"canonical\" href=\"").append(article.getUrl()).append("\">")
                    .append("<meta property=\"og:locale\" content=\"en_US\"><meta property=\"og:type\" content=\"article\">")
                    .append("<meta property=\"og:title\" content=\"").append(title()).append("\">")
                    .append("<meta property=\"og:description\" content=\"").append(description()).append("\">")
                    .append("<meta property=\"og:url\" content=\"").append(article.getUrl()).append("\">")
                    .append("<meta property=\"og:site_name\" content=\"").append(site).append("\">")
                    .append("<meta property=\"og:image\" content=\"https://img.").append(host).append("/lead/")
                    .append(random.nextInt(1_000_000)).append(".jpg\">")
                    .append("<meta property=\"article:published_time\" content=\"").append(article.getPublishedAt()).append("\">")
                    .append("<meta property=\"article:section\" content=\"").append(article.getSection()).append("\">")
                    .append("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                    .append("<meta name=\"twitter:site\" content=\"@").append(host.replace(".example", "")).append("\">");
            for (int i = 0; i < 6 + random.nextInt(6); i++) {
                head.append("<link rel=\"stylesheet\" id=\"style-").append(i).append("-css\" href=\"https://").append(host)
                        .append("/assets/css/").append(Long.toHexString(random.nextLong())).append(".css\" media=\"all\">");
            }
            for (int i = 0; i < 4 + random.nextInt(6); i++) {
                head.append("<script src=\"https://").append(host).append("/assets/js/")
                        .append(Long.toHexString(random.nextLong())).append(".js\" defer></script>");
            }
        }

        /** The article's paragraphs as {@code <p>}; short portal lines become the layout's ad or promo widgets. */
        void articleParagraphs(String pClass, String adWidget, String promoWidget) {
            List<String> ps = paragraphs();
            for (int i = 0; i < ps.size(); i++) {
                String text = PageChrome.escape(ps.get(i));
                if (text.length() < 80) {
                    body.append(text.equals("Advertisement") ? adWidget : promoWidget.replace("%s", text));
                    continue;
                }
                body.append("<p").append(pClass).append('>').append(text).append("</p>");
                if (i == 2) {
                    body.append("<figure class=\"wp-block-image\"><img src=\"https://img.").append(host).append("/inline/")
                            .append(random.nextInt(99999)).append(".jpg\" alt=\"\" width=\"800\" height=\"450\">")
                            .append("<figcaption>").append(PageChrome.escape(PageChrome.pick(related, random)))
                            .append(" (Photo: agency)</figcaption></figure>");
                }
            }
        }

        String assemble(int targetChars) {
            int fixed = head.length() + body.length() + tail.length() + 200;
            int pad = Math.max(2_000, targetChars - fixed);
            StringBuilder out = new StringBuilder(targetChars + 8_000);
            out.append("<!DOCTYPE html>\n<html lang=\"en-US\" class=\"no-js\"><head>").append(head)
                    .append("<style id=\"critical-inline-css\">");
            PageChrome.css(out, random, pad * 30 / 100);
            out.append("</style><script>");
            PageChrome.script(out, random, pad * 25 / 100);
            out.append("</script></head>\n").append(body);
            int railsEnd = out.length() + pad * 35 / 100;
            for (int rail = 0; out.length() < railsEnd; rail++) {
                out.append("<section class=\"c-rail\"><h2 class=\"c-rail__title\">").append(PageChrome.MENU.get(rail % 32))
                        .append("</h2>");
                PageChrome.teasers(out, random, "c-card", related(rail % 12, 6 + random.nextInt(5)), host);
                out.append("</section>");
            }
            out.append("<script>window.__CONFIG__=");
            PageChrome.json(out, random, pad * 10 / 100);
            out.append(";</script>").append(tail).append("</body></html>\n");
            return out.toString();
        }
    }
}
