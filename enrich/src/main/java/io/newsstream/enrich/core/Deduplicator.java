package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.PreparedArticle;
import java.util.Optional;

/**
 * Deduplication over a {@link DedupIndex}: an article is a duplicate when its canonical URL, else its
 * content hash, was first carried by another article, else (with a {@link NearDuplicateMatcher})
 * when an earlier article is nearly the same text. A new article is remembered under
 * both keys; a key that maps to the article's own id (a replay) does not make it a duplicate.
 * As thread-safe as its index; the check-then-put is not atomic across threads.
 */
public final class Deduplicator {
    private final DedupIndex index;
    private final NearDuplicateMatcher near;

    /** Exact duplicates only (URL, content). */
    public Deduplicator(DedupIndex index) {
        this(index, null);
    }

    /** Exact duplicates, then near duplicates through the matcher (null: none). */
    public Deduplicator(DedupIndex index, NearDuplicateMatcher near) {
        this.index = index;
        this.near = near;
    }

    public Optional<DuplicateMatch> check(PreparedArticle p) {
        return check(p, null);
    }

    /**
     * As {@link #check(PreparedArticle)}, with the comparison form of the article's body already at
     * hand (null: derived from the body where needed).
     */
    public Optional<DuplicateMatch> check(PreparedArticle p, ComparableBody body) {
        String id = p.getId();
        String urlKey = DedupKeys.urlKey(p);
        String contentKey = body != null ? DedupKeys.contentKey(p, body) : DedupKeys.contentKey(p);
        String byUrl = index.get(urlKey);
        if (byUrl != null && !byUrl.equals(id)) {
            return Optional.of(new DuplicateMatch(byUrl, DuplicateReason.URL, 1.0));
        }
        String byContent = index.get(contentKey);
        if (byContent != null && !byContent.equals(id)) {
            return Optional.of(new DuplicateMatch(byContent, DuplicateReason.CONTENT, 1.0));
        }
        if (byUrl == null) {
            index.put(urlKey, id);
        }
        if (byContent == null) {
            index.put(contentKey, id);
        }
        return near == null ? Optional.empty() : near.checkAndFile(id, body != null ? body.sketch() : MinHashSketch.of(p.getBody()));
    }
}
