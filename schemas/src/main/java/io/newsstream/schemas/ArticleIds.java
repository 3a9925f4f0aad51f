package io.newsstream.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id rule of the contract: an article without an id is named after its canonical URL. */
public final class ArticleIds {
    private static final int ID_BYTES = 12;

    private ArticleIds() {}

    public static String fromUrl(String url) {
        return fromCanonicalUrl(UrlCanonicalizer.canonicalize(url));
    }

    /** As {@link #fromUrl}, for a URL already passed through {@link UrlCanonicalizer#canonicalize}. */
    public static String fromCanonicalUrl(String canonical) {
        return "u" + HexFormat.of().formatHex(sha256(canonical), 0, ID_BYTES);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
