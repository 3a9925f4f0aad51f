package io.newsstream.enrich.core.dedup;

import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.PreparedArticle;
import java.util.Optional;

/**
 * Deduplication over a {@link DedupIndex}: an article is a duplicate when its canonical URL was seen
 * before ({@link UrlRule}: another id, or the same id with the same title and body, a re-delivery that
 * duplicates itself), else when its content hash was first carried by another article, else (with a
 * {@link NearDuplicateMatcher}) when an earlier article is nearly the same text. The same id with a
 * changed title or body is an update: not a duplicate, its revision set on the article.
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
        UrlRule.Verdict verdict = UrlRule.judge(byUrl == null ? null : UrlRule.Seen.decode(byUrl), id, UrlRule.version(p));
        if (verdict.duplicateOf() != null) {
            return Optional.of(new DuplicateMatch(verdict.duplicateOf(), DuplicateReason.URL, 1.0));
        }
        p.setRevision(verdict.revision());
        index.put(urlKey, verdict.remember().encode());
        String byContent = index.get(contentKey);
        if (byContent != null && !byContent.equals(id)) {
            return Optional.of(new DuplicateMatch(byContent, DuplicateReason.CONTENT, 1.0));
        }
        if (byContent == null) {
            index.put(contentKey, id);
        }
        return near == null ? Optional.empty() : near.checkAndFile(id, body != null ? body.sketch() : MinHashSketch.of(p.getBody()));
    }
}
