package io.newsstream.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;

/**
 * The answers to requests that carried an {@code Idempotency-Key} header, per client, in memory for a
 * while (the IETF httpapi idempotency-key draft): the same key with the same body gets the first answer
 * again without publishing anything; the same key with another body is refused (422); a request whose
 * first try is still running is refused (409). Answers the client may retry (5xx, 429) are not kept.
 * After a restart the keys are gone; the stream then still recognises a re-sent article as a re-delivery.
 */
final class IdempotencyKeys {
    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_CHARS = 255;

    /** What a key maps to: the request's body hash and, once answered, the answer. */
    record Entry(byte[] bodyHash, Answer answer) {}

    record Answer(int status, String body) {}

    sealed interface Claim permits Claimed, Replay, Conflict, InProgress {}

    /** The key is this request's now; {@link #answer} it with the body hash. */
    record Claimed(byte[] bodyHash) implements Claim {}

    record Replay(Answer answer) implements Claim {}

    record Conflict() implements Claim {}

    record InProgress() implements Claim {}

    private final Cache<String, Entry> entries;

    IdempotencyKeys(Duration ttl, int maxKeys) {
        this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxKeys).build();
    }

    /** True for a key the server accepts: 1 to 255 visible ASCII characters. */
    static boolean valid(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_CHARS && key.chars().allMatch(c -> c > 32 && c < 127);
    }

    /** Claims the key for this body, or says why not. */
    Claim claim(String client, String key, byte[] body) {
        byte[] hash = sha256(body);
        Entry mine = new Entry(hash, null);
        Entry existing = entries.asMap().putIfAbsent(scoped(client, key), mine);
        if (existing == null) {
            return new Claimed(hash);
        }
        if (!Arrays.equals(existing.bodyHash(), hash)) {
            return new Conflict();
        }
        return existing.answer() == null ? new InProgress() : new Replay(existing.answer());
    }

    /** Records the answer to a claimed key; an answer worth retrying releases the key instead. */
    void answer(String client, String key, Claimed claim, int status, String answer) {
        String scoped = scoped(client, key);
        if (status >= 500 || status == 429) {
            entries.invalidate(scoped);
        } else {
            entries.put(scoped, new Entry(claim.bodyHash(), new Answer(status, answer)));
        }
    }

    private static String scoped(String client, String key) {
        return client + '\u0000' + key;
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

}
