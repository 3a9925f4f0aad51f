package io.newsstream.enrich.core.topics;

/** Receives the progress of a long computation such as model training: named stages of counted steps. */
public interface TrainingProgress {
    TrainingProgress NONE = new TrainingProgress() {
        @Override
        public void stage(String name, int steps) {}

        @Override
        public void step() {}
    };

    /** A new stage of {@code steps} steps begins (the previous one, if any, is over). */
    void stage(String name, int steps);

    void step();
}
