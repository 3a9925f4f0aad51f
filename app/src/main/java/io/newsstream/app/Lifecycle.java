package io.newsstream.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes what a command started, in reverse order, once: on normal exit or on Ctrl-C (shutdown hook). */
final class Lifecycle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;
    private boolean closed;

    /** A lifecycle that also closes on Ctrl-C / SIGTERM. */
    Lifecycle() {
        this(true);
    }

    /** @param onShutdown whether to close on JVM shutdown (false for parts owned by another lifecycle) */
    Lifecycle(boolean onShutdown) {
        hook = onShutdown ? new Thread(this::close, "newsstream-shutdown") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    synchronized <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    /** Blocks until the process is asked to stop. */
    void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!resources.isEmpty()) {
            AutoCloseable r = resources.pop();
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("error while closing {}", r.getClass().getSimpleName(), e);
            }
        }
        stopped.countDown();
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }
}
