package io.newsstream.ingest;

/** The broker did not take an article: unreachable, timed out, or refused the record. */
public final class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether sending the same record again can never work: it is larger than the producer or broker takes.
     * Other failures (no broker, timeouts) are transient.
     */
    public boolean tooLarge() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || t instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
