package io.newsstream.enrich.core.dedup;

import io.newsstream.enrich.core.text.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content fingerprints: the hash of a cleaned body in its {@link Texts#comparisonForm comparison
 * form}, so copies that differ only by typography (quotes, dashes, ligatures, no-break spaces),
 * case, punctuation or spacing hash equal.
 */
public final class Fingerprints {
    private static final int HASH_BYTES = 16;

    private Fingerprints() {}

    /** 32 hex characters (128 bits of SHA-256) of the comparison form of the body. */
    public static String contentHash(String cleanedBody) {
        return hashOfComparisonForm(Texts.comparisonForm(cleanedBody));
    }

    static String hashOfComparisonForm(String comparisonForm) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(comparisonForm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
