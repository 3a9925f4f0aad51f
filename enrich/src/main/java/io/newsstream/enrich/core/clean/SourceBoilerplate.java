package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.dedup.Fingerprints;
import io.newsstream.enrich.core.text.Texts;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns boilerplate per source as articles stream by: a line near the top or bottom of a cleaned
 * body (the first and last {@code edgeLines} paragraphs, at most {@code maxLineChars} long) that
 * recurs, in the same comparison form, in at least {@code minArticles} distinct articles of the
 * same source within the window, and in at least {@code minShare} of that source's articles there,
 * is that source's boilerplate and is removed. A line unique to the article is never removed, an
 * article seen again (same source and content hash) is not counted twice, and a body is never
 * emptied. The seed is the rule set of the {@link TextCleaner}, which runs before. Stateless: the
 * counts live in the caller's {@link BoilerplateCounts}.
 */
public final class SourceBoilerplate {
    /** Learning thresholds; see the class comment. */
    public record Settings(int minArticles, double minShare, Duration window, int edgeLines, int maxLineChars) {
        public static final Settings DEFAULTS = new Settings(5, 0.25, Duration.ofDays(7), 6, 200);
    }

    /** The body after learned boilerplate went (the same string when nothing did) and what went. */
    public record Learned(String body, List<RemovedLine> removed) {}

    private final Settings settings;

    public SourceBoilerplate(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Counts the article's edge lines under its source and strips those that are learned boilerplate. */
    public Learned learn(String source, String body, String contentHash, long timestampMs, BoilerplateCounts counts) {
        String[] lines = body.split("\n\n");
        int n = lines.length;
        String prefix = source + "|";
        boolean firstTime = counts.increment("a|" + prefix + contentHash, timestampMs) == 1;
        long articles = firstTime ? counts.increment("n|" + source, timestampMs)
                : counts.count("n|" + source, timestampMs);
        Map<String, Long> seen = new HashMap<>();
        List<RemovedLine> removed = new ArrayList<>();
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!(i < settings.edgeLines() || i >= n - settings.edgeLines())
                    || lines[i].length() > settings.maxLineChars()) {
                continue;
            }
            String key = "l|" + prefix + fingerprint(lines[i]);
            Long c = seen.get(key);
            if (c == null) {
                c = firstTime ? counts.increment(key, timestampMs) : counts.count(key, timestampMs);
                seen.put(key, c);
            }
            if (c >= settings.minArticles() && c >= settings.minShare() * articles) {
                drop[i] = true;
                removed.add(new RemovedLine(i, BoilerplateKind.LEARNED, lines[i],
                        "in " + c + " of " + articles + " articles of " + source + " within " + settings.window()));
            }
        }
        if (removed.isEmpty() || removed.size() == n) {
            return new Learned(body, List.of());
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                out.append(out.isEmpty() ? "" : "\n\n").append(lines[i]);
            }
        }
        return new Learned(out.toString(), removed);
    }

    /** The article with learned boilerplate removed from its body and its content hash recomputed. */
    public PreparedArticle apply(PreparedArticle p, long timestampMs, BoilerplateCounts counts) {
        Learned learned = learn(p.getSource(), p.getBody(), p.getContentHash(), timestampMs, counts);
        if (learned.removed().isEmpty()) {
            return p;
        }
        return PreparedArticle.newBuilder(p).setBody(learned.body())
                .setContentHash(Fingerprints.contentHash(learned.body())).build();
    }

    /** 64-bit FNV-1a of the line's comparison form, in hex. */
    static String fingerprint(String line) {
        String form = Texts.comparisonForm(line);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < form.length(); i++) {
            h ^= form.charAt(i);
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h);
    }
}
