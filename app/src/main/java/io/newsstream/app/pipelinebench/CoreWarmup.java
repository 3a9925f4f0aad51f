package io.newsstream.app.pipelinebench;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.dedup.MinHashSketch;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.time.Instant;
import me.tongfei.progressbar.ProgressBar;

/**
 * Runs the enrichment core (prepare, enrich, sketch) over generated articles outside Kafka before
 * the pipeline is measured, as a JMH warm-up would: the JIT needs a few thousand articles before the
 * core runs at its steady speed (about 15x slower on the first hundreds), and a long-running
 * service is measured at that steady state. Uses its own range of generated articles.
 */
public final class CoreWarmup {
    public static final long FROM = 3_000_000_000L;

    private CoreWarmup() {}

    /** Returns a checksum of the outputs so the work cannot be optimised away. */
    public static long run(EnrichmentCore core, SyntheticArticles articles, long count) {
        long check = 0;
        try (ProgressBar bar = ProgressBars.forCount("enrichment core warm-up", count, "articles")) {
            for (long i = FROM; i < FROM + count; i++) {
                RawArticle raw = articles.article(i);
                PreparedArticle prepared = core.prepare(raw, System.currentTimeMillis());
                check += core.enrich(prepared, null, Instant.EPOCH).getRegions().size();
                check += MinHashSketch.of(prepared.getBody()).shingles();
                bar.step();
            }
        }
        return check;
    }
}
