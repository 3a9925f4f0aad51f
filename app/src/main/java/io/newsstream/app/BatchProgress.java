package io.newsstream.app;

import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.Rejection;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.avro.EnrichedArticle;
import me.tongfei.progressbar.ProgressBar;

/** Shows the batch enricher's progress on stderr, one step per input line handled. */
final class BatchProgress implements BatchListener, AutoCloseable {
    private final ProgressBar bar;

    BatchProgress() {
        this.bar = ProgressBars.forCount("enrich", -1, "articles");
    }

    @Override
    public void enriched(long lineNumber, EnrichedArticle article) {
        bar.step();
    }

    @Override
    public void rejected(Rejection rejection) {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
