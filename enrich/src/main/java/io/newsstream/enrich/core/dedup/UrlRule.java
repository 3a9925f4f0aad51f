package io.newsstream.enrich.core.dedup;

import io.newsstream.schemas.avro.PreparedArticle;

/**
 * The exact rule for an article whose canonical URL was seen before, one rule for the batch and the
 * stream paths. Another id under the URL: a URL duplicate of the first. The same id with the same
 * title and body: a re-delivery (a client retry, a scraper's second pass), a duplicate of itself. The
 * same id with a changed title or body: an update, emitted again as the next revision.
 */
public final class UrlRule {
    private static final char SEP = '\u001f';

    private UrlRule() {}

    /** What a URL key remembers: the id first seen under it, its latest version and revision. */
    public record Seen(String id, String version, int revision) {
        public String encode() {
            return id + SEP + version + SEP + revision;
        }

        /** Decodes {@link #encode}; a bare id (state written before revisions existed) is revision 1 of an unknown version. */
        public static Seen decode(String value) {
            int a = value.indexOf(SEP);
            int b = a < 0 ? -1 : value.indexOf(SEP, a + 1);
            if (b < 0) {
                return new Seen(value, "", 1);
            }
            return new Seen(value.substring(0, a), value.substring(a + 1, b), Integer.parseInt(value.substring(b + 1)));
        }
    }

    public enum Kind { FIRST, UPDATE, REDELIVERY, DUPLICATE }

    /**
     * @param duplicateOf the id this article duplicates (itself for a re-delivery), null otherwise
     * @param remember what the URL key remembers from now on, null when it stays as it was
     */
    public record Verdict(Kind kind, String duplicateOf, int revision, Seen remember) {}

    /** The version of an article: its title and its content hash; equal versions are the same article. */
    public static String version(PreparedArticle p) {
        return Fingerprints.hashOfComparisonForm((p.getTitle() == null ? "" : p.getTitle()) + '\n' + p.getContentHash());
    }

    /** @param seen what the URL key remembers, null when it was not seen within the horizon */
    public static Verdict judge(Seen seen, String id, String version) {
        if (seen == null) {
            return new Verdict(Kind.FIRST, null, 1, new Seen(id, version, 1));
        }
        if (!seen.id().equals(id)) {
            return new Verdict(Kind.DUPLICATE, seen.id(), 0, null);
        }
        if (seen.version().isEmpty() || seen.version().equals(version)) {
            return new Verdict(Kind.REDELIVERY, id, seen.revision(), null);
        }
        int next = seen.revision() + 1;
        return new Verdict(Kind.UPDATE, null, next, new Seen(id, version, next));
    }
}
