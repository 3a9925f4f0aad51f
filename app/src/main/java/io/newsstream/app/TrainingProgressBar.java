package io.newsstream.app;

import io.newsstream.enrich.core.topics.TrainingProgress;
import io.newsstream.ingest.ProgressBars;
import me.tongfei.progressbar.ProgressBar;

/** Shows each training stage as a progress bar on stderr. */
final class TrainingProgressBar implements TrainingProgress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void stage(String name, int steps) {
        close();
        bar = ProgressBars.forCount(name, steps, "steps");
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
