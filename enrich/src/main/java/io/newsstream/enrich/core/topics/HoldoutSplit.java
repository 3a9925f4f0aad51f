package io.newsstream.enrich.core.topics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A reproducible train/test split by article id: an article is in the test part when the first four
 * bytes of the SHA-256 of its id, as an unsigned number, modulo 100 are below the test percentage.
 * The same id always lands in the same part, whatever the file order or the other articles.
 */
public final class HoldoutSplit {
    public enum Part { ALL, TRAIN, TEST }

    private HoldoutSplit() {}

    public static boolean isTest(String id, int testPercent) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return v % 100 < testPercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The articles of {@code part}; articles without an id belong to the training part. */
    public static List<LabelledArticle> select(List<LabelledArticle> articles, Part part, int testPercent) {
        if (part == Part.ALL) {
            return articles;
        }
        return articles.stream().filter(a -> (a.id() != null && isTest(a.id(), testPercent)) == (part == Part.TEST))
                .toList();
    }
}
