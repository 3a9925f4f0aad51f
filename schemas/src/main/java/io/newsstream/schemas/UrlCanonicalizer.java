package io.newsstream.schemas;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical form of an article URL, so that spellings of one page compare equal: crawler-commons'
 * normaliser (case, default ports, percent-encoding, dot segments) followed by the rules news
 * pages need: https, no {@code www.}, no fragment, no tracking parameters, no AMP variant, no
 * trailing slash, sorted query.
 */
public final class UrlCanonicalizer {
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();
    private static final Pattern TRACKING_PARAM = Pattern.compile(
            "(?i)utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl"
                    + "|ref_src|ref_url|cmpid|ocid|smid|sr_share|share|outputtype|amp|__twitter_impression");
    private static final Pattern AMP_PATH = Pattern.compile("(?i)(/amp)(/.*)?$|(?i)\\.amp(?=$|\\.html?$)");

    private UrlCanonicalizer() {}

    /** @throws IllegalArgumentException when the text is not an absolute http(s) URL */
    public static String canonicalize(String url) {
        URI uri = parse(withoutCredentials(url));
        String normalized = NORMALIZER.filter(uri.toString());
        if (normalized == null) {
            throw new IllegalArgumentException("not a valid URL: " + url);
        }
        URI n = parse(normalized);
        String host = n.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = stripAmp(n.getRawPath() == null ? "" : n.getRawPath());
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/")) {
            path = "";
        }
        StringBuilder out = new StringBuilder("https://").append(host);
        if (n.getPort() > 0 && n.getPort() != 80 && n.getPort() != 443) {
            out.append(':').append(n.getPort());
        }
        out.append(path);
        String query = cleanQuery(n.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The URL without the {@code user:password@} part of its authority (credentials are never stored or
     * published); otherwise unchanged, character for character. Text that is no URL comes back as it is.
     */
    public static String withoutCredentials(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        return at < start ? url : url.substring(0, start) + url.substring(at + 1);
    }

    /** The host of a URL without {@code www.}, used as the default source. */
    public static String host(String url) {
        String host = parse(url).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String stripAmp(String path) {
        var m = AMP_PATH.matcher(path);
        if (m.find()) {
            if (m.group(1) != null) {
                String rest = m.group(2) == null ? "" : m.group(2);
                return path.substring(0, m.start()) + (rest.equals("/") ? "" : rest);
            }
            return path.substring(0, m.start()) + path.substring(m.end());
        }
        return path;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!TRACKING_PARAM.matcher(name).matches()) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is empty");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("URL must be absolute http(s): " + url);
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("URL has no host: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage(), e);
        }
    }
}
