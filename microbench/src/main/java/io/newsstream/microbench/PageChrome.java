package io.newsstream.microbench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated page furniture for {@link SyntheticPages}: style sheets, scripts, JSON configuration,
 * menus and link lists in the shapes CMS themes print them. Everything is made up from small word
 * lists and the random source, so the same seed gives the same bytes. No third-party text.
 */
final class PageChrome {
    static final List<String> MENU = List.of("News", "World", "Business", "Markets", "Politics", "Opinion",
            "Sport", "Football", "Tennis", "Culture", "Books", "Music", "Film", "Travel", "Food", "Health",
            "Science", "Climate", "Technology", "Education", "Local", "Weather", "Video", "Podcasts", "Puzzles",
            "Obituaries", "Property", "Jobs", "Motoring", "Events", "Newsletters", "Archive");
    private static final List<String> CSS_PARTS = List.of("header", "menu", "card", "teaser", "grid", "btn",
            "link", "title", "icon", "footer", "promo", "list", "media", "caption", "badge", "panel", "tab", "row");
    private static final List<String> CSS_PROPS = List.of("margin:0 auto", "padding:%dpx %dpx", "color:#%06x",
            "background:#%06x", "font-size:%dpx", "line-height:1.%d", "display:flex", "gap:%dpx", "border:1px solid #%06x",
            "max-width:%dpx", "font-weight:%d00", "transition:opacity .%ds ease", "position:relative", "z-index:%d");
    private static final List<String> JS_WORDS = List.of("init", "load", "track", "render", "consent", "slot",
            "video", "player", "queue", "config", "lazy", "observer", "metrics", "paywall", "session", "user");
    private static final List<String> COMMENTERS = List.of("Riverside Reader", "jmarsh", "Old Harbour Hand",
            "Paula K.", "Northern Light", "T. Abebe", "skeptic42", "Lena from the valley", "Marco R.", "quietcorner");
    private static final List<String> REMARKS = List.of("This is the first sensible thing I have read about it.",
            "I am not convinced the figures add up, but thanks for the reporting.",
            "Same thing happened in our town ten years ago and nobody learned anything.",
            "Could you follow up on what the council actually decided?", "Great piece.",
            "The photo caption seems to be wrong, that is not the old bridge.",
            "Why does nobody ask the people who live there?", "Finally some good news for a change!");

    private PageChrome() {}

    /** A minified style sheet of about {@code chars} characters. */
    static void css(StringBuilder out, SplittableRandom r, int chars) {
        int end = out.length() + chars;
        while (out.length() < end) {
            out.append('.').append(pick(CSS_PARTS, r)).append("__").append(pick(CSS_PARTS, r));
            if (r.nextInt(3) == 0) {
                out.append("--").append(pick(CSS_PARTS, r));
            }
            out.append('{');
            int props = 1 + r.nextInt(5);
            for (int i = 0; i < props; i++) {
                String p = pick(CSS_PROPS, r);
                out.append(p.contains("%06x") ? String.format(p, r.nextInt(0x1000000))
                        : p.contains("%d") ? p.replaceFirst("%d", Integer.toString(r.nextInt(64)))
                        .replace("%d", Integer.toString(r.nextInt(32))) : p).append(';');
            }
            out.append('}');
            if (r.nextInt(12) == 0) {
                out.append("@media (min-width:").append(480 + r.nextInt(800)).append("px){.")
                        .append(pick(CSS_PARTS, r)).append("{display:none}}");
            }
        }
    }

    /** Minified script of about {@code chars} characters (functions, calls, string and number literals). */
    static void script(StringBuilder out, SplittableRandom r, int chars) {
        int end = out.length() + chars;
        out.append("(function(w,d){'use strict';");
        while (out.length() < end) {
            String a = pick(JS_WORDS, r);
            String b = pick(JS_WORDS, r);
            switch (r.nextInt(4)) {
                case 0 -> out.append("function ").append(a).append(cap(b)).append("(e,t){var n=e&&e.").append(b)
                        .append("||{};if(!n.").append(a).append("){return t(").append(r.nextInt(999)).append(")}")
                        .append("for(var i=0;i<n.length;i++){n[i]&&t(n[i],'").append(a).append("')}return n}");
                case 1 -> out.append("w.").append(a).append("Queue=w.").append(a).append("Queue||[];w.").append(a)
                        .append("Queue.push({event:'").append(b).append("',ts:").append(1_700_000_000 + r.nextInt(99_999_999))
                        .append(",ok:").append(r.nextBoolean()).append("});");
                case 2 -> out.append("if(d.querySelector('.").append(a).append("-").append(b).append("')){d.body.classList.add('has-")
                        .append(a).append("')}else{setTimeout(function(){").append(a).append(cap(b)).append("(w,")
                        .append(r.nextInt(5000)).append(")},").append(r.nextInt(3000)).append(")}");
                default -> out.append("var ").append(a).append(r.nextInt(99)).append("=\"")
                        .append(Long.toHexString(r.nextLong())).append(Long.toHexString(r.nextLong())).append("\";");
            }
        }
        out.append("})(window,document);");
    }

    /** A JSON configuration object of about {@code chars} characters (CMS settings, ad slots, feature flags). */
    static void json(StringBuilder out, SplittableRandom r, int chars) {
        int end = out.length() + chars;
        out.append("{\"site\":{\"env\":\"production\",\"version\":\"").append(r.nextInt(9)).append('.')
                .append(r.nextInt(40)).append("\"},\"slots\":[");
        boolean first = true;
        while (out.length() < end) {
            out.append(first ? "" : ",").append("{\"id\":\"").append(pick(JS_WORDS, r)).append('-').append(r.nextInt(99))
                    .append("\",\"sizes\":[[300,250],[728,90]],\"lazy\":").append(r.nextBoolean())
                    .append(",\"targeting\":{\"pos\":\"").append(pick(CSS_PARTS, r)).append("\",\"kw\":[\"")
                    .append(pick(MENU, r).toLowerCase()).append("\",\"").append(pick(JS_WORDS, r)).append("\"]}}");
            first = false;
        }
        out.append("],\"flags\":{\"darkMode\":").append(r.nextBoolean()).append(",\"comments\":true}}");
    }

    /** A navigation list: {@code items} links, some with a nested sub-menu. */
    static void menu(StringBuilder out, SplittableRandom r, String ulClass, int items, String host) {
        out.append("<ul class=\"").append(ulClass).append("\">");
        for (int i = 0; i < items; i++) {
            String name = MENU.get(i % MENU.size());
            out.append("<li class=\"menu-item menu-item-").append(1000 + i).append("\"><a href=\"https://")
                    .append(host).append('/').append(name.toLowerCase()).append("/\">").append(name).append("</a>");
            if (r.nextInt(4) == 0) {
                out.append("<ul class=\"sub-menu\">");
                for (int j = 0; j < 3 + r.nextInt(5); j++) {
                    String sub = pick(MENU, r);
                    out.append("<li class=\"menu-item\"><a href=\"https://").append(host).append('/')
                            .append(name.toLowerCase()).append('/').append(sub.toLowerCase()).append("/\">").append(sub)
                            .append("</a></li>");
                }
                out.append("</ul>");
                i += 3;
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /** A list of headline links ({@code titles}), each with a thumbnail and a kicker, as teaser lists print them. */
    static void teasers(StringBuilder out, SplittableRandom r, String cls, List<String> titles, String host) {
        out.append("<ul class=\"").append(cls).append("\">");
        for (String t : titles) {
            String slug = t.toLowerCase().replaceAll("[^a-z0-9]+", "-");
            out.append("<li class=\"").append(cls).append("__item\"><a class=\"").append(cls)
                    .append("__link\" href=\"https://").append(host).append('/').append(slug).append("\">");
            String img = "https://img." + host + "/" + r.nextInt(99999) + "/";
            out.append("<picture><source type=\"image/webp\" srcset=\"").append(img).append("320.webp 320w, ").append(img)
                    .append("640.webp 640w\" sizes=\"(min-width: 768px) 160px, 33vw\"><img loading=\"lazy\" src=\"")
                    .append(img).append("320.jpg\" alt=\"\" width=\"160\" height=\"90\"></picture><span class=\"").append(cls)
                    .append("__kicker\">").append(pick(MENU, r)).append("</span><span class=\"").append(cls)
                    .append("__title\">").append(escape(t)).append("</span></a><time class=\"").append(cls)
                    .append("__time\">").append(1 + r.nextInt(23)).append(" hours ago</time></li>");
        }
        out.append("</ul>");
    }

    /** A reader comment thread of {@code count} comments in WordPress/Drupal markup. */
    static void comments(StringBuilder out, SplittableRandom r, int count, boolean drupal) {
        for (int i = 0; i < count; i++) {
            String who = pick(COMMENTERS, r);
            String when = "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + "T" + (10 + r.nextInt(14)) + ":0"
                    + r.nextInt(10) + ":00Z";
            if (drupal) {
                out.append("<article role=\"article\" class=\"comment js-comment by-anonymous\"><footer class=\"comment__meta\">")
                        .append("<p class=\"comment__author\">").append(who).append("</p><p class=\"comment__time\">")
                        .append(when).append("</p></footer><div class=\"comment__content\"><div class=\"field field--name-comment-body\">");
            } else {
                out.append("<li id=\"comment-").append(5000 + i).append("\" class=\"comment even thread-even depth-1\">")
                        .append("<article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\">")
                        .append("<b class=\"fn\">").append(who).append("</b> <span class=\"says\">says:</span></div>")
                        .append("<div class=\"comment-metadata\"><a href=\"#comment-").append(5000 + i).append("\"><time datetime=\"")
                        .append(when).append("\">").append(when, 0, 10).append("</time></a></div></footer><div class=\"comment-content\">");
            }
            int sentences = 1 + r.nextInt(3);
            out.append("<p>");
            for (int s = 0; s < sentences; s++) {
                out.append(s > 0 ? " " : "").append(pick(REMARKS, r));
            }
            out.append("</p></div>");
            out.append(drupal ? "</div><ul class=\"links inline\"><li><a href=\"#\">Reply</a></li></ul></article>"
                    : "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></article></li>");
        }
    }

    /** Escapes a text for an HTML text node or attribute. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Escapes a text for a JSON string literal. */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static <T> T pick(List<T> from, SplittableRandom r) {
        return from.get(r.nextInt(from.size()));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
