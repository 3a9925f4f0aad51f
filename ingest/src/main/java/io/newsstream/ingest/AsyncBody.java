package io.newsstream.ingest;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A request body read with servlet non-blocking I/O: no thread waits while a client sends slowly, so
 * hundreds of slow connections hold sockets, not the server's threads. The read ends with the body, with
 * {@link Outcome#TOO_LARGE} past the size limit, or with {@link Outcome#TIMED_OUT} at the deadline.
 */
final class AsyncBody implements ReadListener {
    enum Outcome { READ, TOO_LARGE, TIMED_OUT }

    record Result(Outcome outcome, byte[] body) {}

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ingest-body-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final ServletInputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream out;
    private final byte[] buffer = new byte[8192];
    private final CompletableFuture<Result> result = new CompletableFuture<>();

    private AsyncBody(ServletInputStream in, int maxBytes, long declared) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.out = new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, maxBytes) : 8192);
    }

    /** Starts reading; the request must be in async mode. */
    static CompletableFuture<Result> read(ServletInputStream in, int maxBytes, long declared, Duration deadline) throws IOException {
        AsyncBody body = new AsyncBody(in, maxBytes, declared);
        var timer = DEADLINES.schedule(() -> body.result.complete(new Result(Outcome.TIMED_OUT, null)),
                deadline.toMillis(), TimeUnit.MILLISECONDS);
        body.result.whenComplete((r, e) -> timer.cancel(false));
        in.setReadListener(body);
        return body.result;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!result.isDone() && in.isReady()) {
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            if (out.size() + n > maxBytes) {
                result.complete(new Result(Outcome.TOO_LARGE, null));
                return;
            }
            out.write(buffer, 0, n);
        }
    }

    @Override
    public void onAllDataRead() {
        result.complete(new Result(Outcome.READ, out.toByteArray()));
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }
}
