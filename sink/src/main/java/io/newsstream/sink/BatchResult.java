package io.newsstream.sink;

import java.util.List;

/** What one committed transaction wrote. */
record BatchResult(int articles, int duplicates, List<SinkRecord.Reject> rejects) {
    int records() {
        return articles + duplicates + rejects.size();
    }
}
