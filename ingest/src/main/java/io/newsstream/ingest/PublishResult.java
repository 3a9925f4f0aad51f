package io.newsstream.ingest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The handle of one sent article: its id (given or derived) and the broker's acknowledgement. */
public record PublishResult(String id, CompletableFuture<RecordMetadata> ack) {

    /**
     * Waits for the broker's acknowledgement.
     *
     * @throws PublishFailedException when the send failed or no ack came in time
     */
    public RecordMetadata await(Duration timeout) {
        try {
            return ack.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishFailedException("article " + id + " was not acknowledged: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new PublishFailedException("article " + id + " was not acknowledged within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the ack of " + id, e);
        }
    }
}
