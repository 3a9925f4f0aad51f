package io.newsstream.ingest;

/** The broker did not take an article: unreachable, timed out, or refused the record. */
public final class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
