package io.newsstream.ingest;

import java.io.IOException;
import java.util.List;

/**
 * The ingest API refused a request: {@link #status()} is the HTTP status (400, 413, 415, 503 ...),
 * {@link #errors()} the per-record errors of a 400 (empty for other statuses).
 */
public final class IngestRejectedException extends IOException {
    private final int status;
    private final List<RecordError> errors;

    public IngestRejectedException(int status, String message, List<RecordError> errors) {
        super("ingest API answered " + status + ": " + message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<RecordError> errors() {
        return errors;
    }

    /** True for statuses worth retrying later (the broker or server was unavailable). */
    public boolean retryable() {
        return status == 503 || status == 502 || status == 504;
    }
}
