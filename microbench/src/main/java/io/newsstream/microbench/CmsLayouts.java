package io.newsstream.microbench;

import io.newsstream.microbench.SyntheticPages.Page;
import java.util.SplittableRandom;

/**
 * The three page layouts of {@link SyntheticPages}, after the markup of common news CMS themes:
 * WordPress (a Twenty-style theme with Yoast JSON-LD, Jetpack sharing and related posts, comments,
 * widget sidebar), Arc XP / Fusion (block classes, the story again as {@code Fusion.globalContent}
 * JSON, ad containers between paragraphs, JSON-LD with the article body) and Drupal (regions and
 * blocks, field markup, {@code drupal-settings-json}, breadcrumb, comments, views blocks).
 */
final class CmsLayouts {
    private CmsLayouts() {}

    static void wordpress(Page p) {
        SplittableRandom r = p.random;
        p.commonHead(" &#8211; ");
        p.head.append("<meta name=\"author\" content=\"").append(p.author()).append("\">")
                .append("<meta property=\"article:tag\" content=\"").append(p.article.getSection()).append("\">")
                .append("<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{\"@context\":\"https://schema.org\",")
                .append("\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"").append(p.article.getUrl()).append("\",\"url\":\"")
                .append(p.article.getUrl()).append("\",\"name\":").append(PageChrome.jsonString(p.article.getTitle()))
                .append(",\"isPartOf\":{\"@id\":\"https://").append(p.host).append("/#website\"}},{\"@type\":\"NewsArticle\",")
                .append("\"@id\":\"").append(p.article.getUrl()).append("#article\",\"headline\":")
                .append(PageChrome.jsonString(p.article.getTitle())).append(",\"datePublished\":\"")
                .append(p.article.getPublishedAt()).append("\",\"author\":{\"@type\":\"Person\",\"name\":")
                .append(PageChrome.jsonString(p.article.getAuthor())).append("},\"articleSection\":[\"")
                .append(p.article.getSection()).append("\"],\"inLanguage\":\"en-US\",\"wordCount\":")
                .append(p.article.getBody().split(" ").length).append("},{\"@type\":\"BreadcrumbList\",\"itemListElement\":[")
                .append("{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://").append(p.host)
                .append("/\"},{\"@type\":\"ListItem\",\"position\":2,\"name\":\"").append(p.article.getSection())
                .append("\"}]},{\"@type\":\"Organization\",\"name\":\"").append(p.site).append("\"}]}</script>");
        StringBuilder b = p.body;
        b.append("<body class=\"post-template-default single single-post postid-").append(r.nextInt(99999))
                .append(" single-format-standard\"><div id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" ")
                .append("href=\"#primary\">Skip to content</a><header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\">")
                .append("<p class=\"site-title\"><a href=\"/\" rel=\"home\">").append(p.site).append("</a></p>")
                .append("<p class=\"site-description\">News from the valley and beyond</p></div>")
                .append("<nav id=\"site-navigation\" class=\"main-navigation\"><button class=\"menu-toggle\">Menu</button>");
        PageChrome.menu(b, r, "menu nav-menu", 30 + r.nextInt(50), p.host);
        b.append("</nav></header><div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">")
                .append("<main id=\"main\" class=\"site-main\"><article class=\"post type-post status-publish format-standard ")
                .append("has-post-thumbnail hentry category-").append(p.article.getSection()).append("\">")
                .append("<header class=\"entry-header\"><h1 class=\"entry-title\">").append(p.title()).append("</h1>")
                .append("<div class=\"entry-meta\"><span class=\"posted-on\">Posted on <a href=\"").append(p.article.getUrl())
                .append("\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"").append(p.article.getPublishedAt())
                .append("\">").append(p.article.getPublishedAt(), 0, 10).append("</time></a></span><span class=\"byline\"> by ")
                .append("<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/x/\">").append(p.author())
                .append("</a></span></span></div></header><div class=\"post-thumbnail\"><img src=\"https://img.").append(p.host)
                .append("/lead.jpg\" alt=\"\"></div><div class=\"entry-content\">");
        p.articleParagraphs("", "<div class=\"code-block code-block-3\"><div class=\"ad-slot\"><span>Advertisement</span></div></div>",
                "<div class=\"newsletter-inline\"><p>%s</p></div>");
        b.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul>")
                .append("<li><a href=\"#\">Facebook</a></li><li><a href=\"#\">X</a></li><li><a href=\"#\">Email</a></li>")
                .append("<li><a href=\"#\">Print</a></li></ul></div><div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3>");
        PageChrome.teasers(b, r, "jp-related", p.related(0, 3), p.host);
        b.append("</div></div><footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/category/")
                .append(p.article.getSection()).append("\">").append(p.article.getSection()).append("</a></span></footer></article>")
                .append("<nav class=\"navigation post-navigation\"><div class=\"nav-links\"><div class=\"nav-previous\"><a href=\"/p\">")
                .append(PageChrome.escape(p.related.get(3))).append("</a></div><div class=\"nav-next\"><a href=\"/n\">")
                .append(PageChrome.escape(p.related.get(4))).append("</a></div></div></nav>");
        int comments = r.nextInt(20);
        b.append("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">").append(comments)
                .append(" thoughts on &ldquo;").append(p.title()).append("&rdquo;</h2><ol class=\"comment-list\">");
        PageChrome.comments(b, r, comments, false);
        b.append("</ol><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Leave a Reply</h3>")
                .append("<form id=\"commentform\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published.</p>")
                .append("<textarea id=\"comment\" name=\"comment\"></textarea><input name=\"author\" type=\"text\">")
                .append("<input type=\"submit\" value=\"Post Comment\"></form></div></div></main></div>")
                .append("<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_search\"><form role=\"search\">")
                .append("<input type=\"search\" name=\"s\"><button>Search</button></form></section>")
                .append("<section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2>");
        PageChrome.teasers(b, r, "recent-posts", p.related(5, 10), p.host);
        b.append("</section><section class=\"widget widget_archive\"><h2 class=\"widget-title\">Archives</h2><ul>");
        for (int m = 0; m < 24; m++) {
            b.append("<li><a href=\"/20").append(23 + m / 12).append('/').append(1 + m % 12).append("/\">Month ")
                    .append(1 + m % 12).append(" 20").append(23 + m / 12).append("</a></li>");
        }
        b.append("</ul></section><section class=\"widget widget_tag_cloud\"><div class=\"tagcloud\">");
        for (String tag : PageChrome.MENU) {
            b.append("<a href=\"/tag/").append(tag.toLowerCase()).append("\" class=\"tag-cloud-link\" style=\"font-size: ")
                    .append(8 + r.nextInt(14)).append("pt;\">").append(tag).append("</a> ");
        }
        b.append("</div></section></aside></div><footer id=\"colophon\" class=\"site-footer\"><div class=\"footer-widgets\">");
        PageChrome.menu(b, r, "footer-menu", 20 + r.nextInt(20), p.host);
        b.append("</div><div class=\"site-info\">&copy; 2025 ").append(p.site).append(". Proudly powered by WordPress.</div>")
                .append("</footer></div><div id=\"cookie-notice\" role=\"dialog\"><p>We use cookies to give you the best experience ")
                .append("on our website.</p><button>Accept</button></div>");
    }

    static void arc(Page p) {
        SplittableRandom r = p.random;
        p.commonHead(" | ");
        StringBuilder ld = new StringBuilder();
        for (String para : p.paragraphs()) {
            if (para.length() >= 80) {
                ld.append(ld.isEmpty() ? "" : "\n\n").append(para);
            }
        }
        p.head.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":").append(PageChrome.jsonString(p.article.getTitle())).append(",\"datePublished\":\"")
                .append(p.article.getPublishedAt()).append("\",\"articleSection\":\"").append(p.article.getSection())
                .append("\",\"author\":[{\"@type\":\"Person\",\"name\":").append(PageChrome.jsonString(p.article.getAuthor()))
                .append("}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(p.site).append("\"},")
                .append("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"").append(p.article.getUrl()).append("\"},")
                .append("\"articleBody\":").append(PageChrome.jsonString(ld.toString())).append("}</script>")
                .append("<script>var Fusion=Fusion||{};Fusion.arcSite=\"").append(p.host).append("\";Fusion.globalContent=")
                .append("{\"_id\":\"").append(Long.toHexString(r.nextLong())).append("\",\"type\":\"story\",\"headlines\":{\"basic\":")
                .append(PageChrome.jsonString(p.article.getTitle())).append("},\"content_elements\":[");
        boolean first = true;
        for (String para : p.paragraphs()) {
            p.head.append(first ? "" : ",").append("{\"_id\":\"").append(Long.toHexString(r.nextLong()))
                    .append("\",\"type\":\"text\",\"content\":").append(PageChrome.jsonString(para)).append('}');
            first = false;
        }
        p.head.append("]};</script>");
        StringBuilder b = p.body;
        b.append("<body><div id=\"fusion-app\" class=\"layout-section\"><div class=\"b-header-nav-chain\">")
                .append("<nav class=\"nav-sections\" aria-label=\"Sections Menu\">");
        PageChrome.menu(b, r, "nav-sections__list", 40 + r.nextInt(60), p.host);
        b.append("</nav></div><div class=\"b-alert-bar\"><a href=\"/live\">Live updates: ")
                .append(PageChrome.escape(p.related.get(0))).append("</a></div><div class=\"b-single-chain\"><div class=\"c-stack\">")
                .append("<div class=\"b-overline\"><a href=\"/").append(p.article.getSection()).append("\">")
                .append(p.article.getSection()).append("</a></div><h1 class=\"b-headline\">").append(p.title()).append("</h1>")
                .append("<div class=\"ts-byline\"><span>By <a href=\"/people/x/\">").append(p.author()).append("</a></span></div>")
                .append("<div class=\"b-date\"><time datetime=\"").append(p.article.getPublishedAt()).append("\">")
                .append(p.article.getPublishedAt(), 0, 10).append("</time></div><div class=\"b-share-bar\">")
                .append("<button aria-label=\"Share on Facebook\">Facebook</button><button>Copy link</button></div>")
                .append("<article class=\"b-article-body\">");
        p.articleParagraphs(" class=\"c-paragraph\" data-type=\"text\"",
                "<div class=\"b-ad-container\"><div class=\"arcad\" id=\"arcad-" + r.nextInt(99) + "\"><span>Advertisement</span></div></div>",
                "<div class=\"b-interstitial-link\"><p class=\"c-paragraph\"><a href=\"/newsletters/\">%s</a></p></div>");
        b.append("</article><div class=\"b-author-bio\"><p>").append(p.author()).append(" covers ")
                .append(p.article.getSection()).append(" for ").append(p.site).append(".</p></div>")
                .append("<div class=\"b-related-content\"><h2>More from ").append(p.article.getSection()).append("</h2>");
        PageChrome.teasers(b, r, "b-top-table-list", p.related(1, 8), p.host);
        b.append("</div><div class=\"b-most-read\"><h2>Most read</h2>");
        PageChrome.teasers(b, r, "b-numbered-list", p.related(9, 10), p.host);
        b.append("</div><div class=\"b-newsletter-signup\"><p>Get the morning briefing in your inbox.</p>")
                .append("<form><input type=\"email\"><button>Sign up</button></form></div></div></div>")
                .append("<footer class=\"b-footer\"><div class=\"b-footer-links\">");
        PageChrome.menu(b, r, "b-footer-links__list", 30 + r.nextInt(30), p.host);
        b.append("</div><p>&copy; 2025 ").append(p.site).append(". All rights reserved.</p></footer></div>");
        p.tail.append("<script>Fusion.contentCache={\"related\":[");
        for (String t : p.related(10, 12)) {
            p.tail.append("{\"headline\":").append(PageChrome.jsonString(t)).append(",\"id\":\"")
                    .append(Long.toHexString(r.nextLong())).append("\"},");
        }
        p.tail.append("{}]};</script>");
    }

    static void drupal(Page p) {
        SplittableRandom r = p.random;
        p.commonHead(" | ");
        p.head.append("<meta name=\"dcterms.date\" content=\"").append(p.article.getPublishedAt()).append("\">")
                .append("<meta name=\"author\" content=\"").append(p.author()).append("\">")
                .append("<link rel=\"shortlink\" href=\"https://").append(p.host).append("/node/").append(r.nextInt(99999)).append("\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":")
                .append("\"WebSite\",\"name\":\"").append(p.site).append("\"},{\"@type\":\"NewsArticle\",\"headline\":")
                .append(PageChrome.jsonString(p.article.getTitle())).append(",\"inLanguage\":\"en\",\"articleSection\":[\"")
                .append(p.article.getSection()).append("\"],\"datePublished\":\"").append(p.article.getPublishedAt())
                .append("\"}]}</script><script type=\"application/json\" data-drupal-selector=\"drupal-settings-json\">");
        PageChrome.json(p.head, r, 3_000 + r.nextInt(6_000));
        p.head.append("</script>");
        StringBuilder b = p.body;
        b.append("<body class=\"path-node page-node-type-article\"><a href=\"#main-content\" class=\"visually-hidden ")
                .append("focusable skip-link\">Skip to main content</a><div class=\"dialog-off-canvas-main-canvas\">")
                .append("<header role=\"banner\"><div class=\"region region-header\"><div id=\"block-sitebranding\">")
                .append(p.site).append("</div></div><div class=\"region region-primary-menu\"><nav role=\"navigation\" ")
                .append("id=\"block-mainnavigation\">");
        PageChrome.menu(b, r, "menu menu--main", 30 + r.nextInt(40), p.host);
        b.append("</nav></div></header><div class=\"region region-breadcrumb\"><nav class=\"breadcrumb\" role=\"navigation\">")
                .append("<ol><li><a href=\"/\">Home</a></li><li><a href=\"/").append(p.article.getSection()).append("\">")
                .append(p.article.getSection()).append("</a></li></ol></nav></div><main role=\"main\"><a id=\"main-content\" ")
                .append("tabindex=\"-1\"></a><div class=\"layout-content\"><div class=\"region region-content\">")
                .append("<article role=\"article\" class=\"node node--type-article node--view-mode-full\">")
                .append("<h1 class=\"page-title\"><span class=\"field field--name-title\">").append(p.title()).append("</span></h1>")
                .append("<div class=\"node__meta\"><span class=\"field field--name-uid\">").append(p.author())
                .append("</span> <span class=\"field field--name-created\">").append(p.article.getPublishedAt(), 0, 10)
                .append("</span></div><div class=\"node__content\"><div class=\"field field--name-field-image\"><img src=\"https://img.")
                .append(p.host).append("/lead.jpg\" alt=\"\"></div><div class=\"clearfix text-formatted field field--name-body ")
                .append("field--type-text-with-summary field--label-hidden field__item\">");
        p.articleParagraphs("", "<div class=\"block-ad\"><div class=\"ad-slot\">Advertisement</div></div>",
                "<div class=\"block-newsletter-promo\"><p>%s</p></div>");
        b.append("</div><div class=\"field field--name-field-tags field__items\"><div class=\"field__label\">Tags</div>")
                .append("<div class=\"field__item\"><a href=\"/tags/").append(p.article.getSection()).append("\">")
                .append(p.article.getSection()).append("</a></div></div></div></article>")
                .append("<section class=\"block block-views block-views-blockrelated-articles\"><h2>Related articles</h2>");
        PageChrome.teasers(b, r, "views-row", p.related(0, 8), p.host);
        int comments = r.nextInt(15);
        b.append("</section><section class=\"comments\"><h2 class=\"comments__title\">Comments</h2>");
        PageChrome.comments(b, r, comments, true);
        b.append("<form class=\"comment-comment-form\"><textarea></textarea><input type=\"submit\" value=\"Save\"></form>")
                .append("</section></div></div><aside class=\"layout-sidebar-second\" role=\"complementary\">")
                .append("<div class=\"block block-statistics\"><h2>Popular content</h2>");
        PageChrome.teasers(b, r, "popular-list", p.related(8, 10), p.host);
        b.append("</div><div class=\"block block-simplenews\"><h2>Newsletter</h2><form><input type=\"email\"></form></div>")
                .append("</aside></main><footer role=\"contentinfo\"><div class=\"region region-footer\">");
        PageChrome.menu(b, r, "menu menu--footer", 20 + r.nextInt(25), p.host);
        b.append("<div class=\"copyright\">&copy; 2025 ").append(p.site).append("</div></div></footer></div>");
    }
}
