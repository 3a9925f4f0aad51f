package io.newsstream.enrich.core.dedup;

import io.newsstream.enrich.core.text.Texts;

/**
 * A cleaned body in its {@link Texts#comparisonForm comparison form}, computed once, with what the
 * dedup steps derive from it: the content hash ({@link Fingerprints}), whether it is long enough to
 * identify a story ({@link DedupKeys}) and its {@link MinHashSketch} (made on first use). Not
 * thread-safe; one per article.
 */
public final class ComparableBody {
    private final String form;
    private String contentHash;
    private MinHashSketch sketch;

    private ComparableBody(String form) {
        this.form = form;
    }

    public static ComparableBody of(String cleanedBody) {
        return new ComparableBody(Texts.comparisonForm(cleanedBody));
    }

    /** The comparison form of the body. */
    public String form() {
        return form;
    }

    /** {@link Fingerprints#contentHash} of the body. */
    public String contentHash() {
        if (contentHash == null) {
            contentHash = Fingerprints.hashOfComparisonForm(form);
        }
        return contentHash;
    }

    /** {@link MinHashSketch#of} of the body. */
    public MinHashSketch sketch() {
        if (sketch == null) {
            sketch = MinHashSketch.ofComparisonForm(form);
        }
        return sketch;
    }
}
