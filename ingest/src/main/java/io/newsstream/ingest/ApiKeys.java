package io.newsstream.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys that may call the ingest API, kept as SHA-256 hashes in a file of {@code name:hex} lines
 * ({@code #} comments allowed), never as the keys themselves. The file is read again when it changes (at
 * most once a second), so keys are added, rotated and revoked without a restart. A key is checked against
 * every hash in constant time; the answer is the key's name, for logs and metrics, never the key.
 */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private volatile Map<String, byte[]> hashes = Map.of();
    private volatile FileTime loadedVersion;
    private volatile long checkedAt;

    public ApiKeys(Path file) {
        this.file = file;
        reload();
    }

    /** The name of the key, when the key is one of the file's. */
    public Optional<String> check(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        maybeReload();
        byte[] hash = sha256(key);
        String found = null;
        for (Map.Entry<String, byte[]> e : hashes.entrySet()) {
            if (MessageDigest.isEqual(hash, e.getValue()) && found == null) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        maybeReload();
        return hashes.size();
    }

    /** A new random key (32 bytes, URL-safe Base64) and the line that stores it under {@code name}. */
    public static String[] newKey(String name) {
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a key name is 1-64 letters, digits, '.', '_' or '-'");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String key = "nsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return new String[] {key, name + ":" + HexFormat.of().formatHex(sha256(key))};
    }

    private void maybeReload() {
        long now = System.currentTimeMillis();
        if (now - checkedAt >= 1000) {
            checkedAt = now;
            try {
                if (!Files.getLastModifiedTime(file).equals(loadedVersion)) {
                    reload();
                }
            } catch (IOException e) {
                hashes = Map.of();
            }
        }
    }

    private synchronized void reload() {
        try {
            FileTime version = Files.getLastModifiedTime(file);
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int colon = t.lastIndexOf(':');
                if (colon <= 0 || !t.substring(colon + 1).matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalArgumentException("API keys file " + file + ": a line is not name:sha256-hex");
                }
                read.put(t.substring(0, colon), HexFormat.of().parseHex(t.substring(colon + 1)));
            }
            hashes = Map.copyOf(read);
            loadedVersion = version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys file " + file, e);
        }
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
