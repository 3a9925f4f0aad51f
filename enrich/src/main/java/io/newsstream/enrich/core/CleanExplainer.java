package io.newsstream.enrich.core;

import io.newsstream.enrich.core.clean.InMemoryBoilerplateCounts;
import io.newsstream.enrich.core.clean.RemovedLine;
import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.enrich.core.dedup.Fingerprints;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Explains the cleaning of one article ("newsstream explain clean"): the fields it ends with and
 * every line taken out, by which rule and why. Per-source learned boilerplate needs history: feed
 * earlier articles with {@link #learnFrom} first (as the stream would have seen them). Single-threaded.
 */
public final class CleanExplainer {
    private final EnrichmentCore core;
    private final InMemoryBoilerplateCounts counts;

    public CleanExplainer(EnrichmentCore core) {
        this.core = core;
        this.counts = new InMemoryBoilerplateCounts(core.boilerplate().settings().window().toMillis());
    }

    /**
     * Counts the lines of every valid RawArticle JSON line of the reader, calling {@code step} per
     * line (progress); returns how many articles were learned from.
     */
    public long learnFrom(BufferedReader jsonl, Runnable step) throws IOException {
        long n = 0;
        String line;
        while ((line = jsonl.readLine()) != null) {
            step.run();
            if (line.isBlank()) {
                continue;
            }
            RawArticle raw = ArticleJson.readRaw(line);
            if (RawArticleValidator.validate(raw).isEmpty()) {
                core.boilerplate().apply(core.preparer().prepare(raw, 0L), 0L, counts);
                n++;
            }
        }
        return n;
    }

    /** The report for one article. */
    public String explain(RawArticle raw) {
        Preparation prep = core.preparer().prepareExplained(raw, 0L);
        PreparedArticle p = prep.article();
        SourceBoilerplate.Learned learned = core.boilerplate().learn(p.getSource(), p.getBody(), p.getContentHash(),
                0L, counts);
        StringBuilder out = new StringBuilder();
        field(out, "id", p.getId());
        field(out, "source", p.getSource());
        field(out, "title", p.getTitle());
        field(out, "section", p.getSection());
        field(out, "author", p.getAuthor());
        field(out, "publishedAt", p.getPublishedAt());
        field(out, "language", p.getLanguage());
        field(out, "canonicalUrl", p.getCanonicalUrl());
        if (p.getMetadata() != null) {
            p.getMetadata().forEach((k, v) -> field(out, "metadata." + k, v));
        }
        List<RemovedLine> rules = prep.cleaning().removed();
        out.append('\n').append(rules.size()).append(" line(s) removed by the rules (line = paragraph index in the input):\n");
        rules.forEach(r -> line(out, r));
        out.append('\n').append(learned.removed().size())
                .append(" line(s) removed as learned boilerplate of the source (line = paragraph index after the rules):\n");
        learned.removed().forEach(r -> line(out, r));
        String body = learned.body();
        out.append("\nbody (").append(body.length()).append(" chars, content hash ")
                .append(Fingerprints.contentHash(body)).append("):\n").append(body).append('\n');
        return out.toString();
    }

    private static void field(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(String.format("%-16s %s%n", name, value));
        }
    }

    private static void line(StringBuilder out, RemovedLine r) {
        out.append(String.format("  #%-3d %-17s %s%n        \"%s\"%n", r.line(), r.kind(), r.reason(), r.text()));
    }
}
