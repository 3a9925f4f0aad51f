package io.newsstream.sink;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sinks share: a read-committed consumer of the enriched-article and duplicate topics that
 * never auto-commits (each sink stores its positions with its writes), the run/close lifecycle on
 * one thread, lag meters and the totals written. A subclass supplies the rebalance listener that
 * seeks to its stored positions and the loop that polls and writes.
 */
public abstract class ConsumerSink implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    protected final KafkaConsumer<byte[], byte[]> consumer;
    protected final SinkMetrics metrics;
    private final String groupId;
    private final List<String> topicNames;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean consumerClosed = new AtomicBoolean();
    protected final CountDownLatch closeRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejects = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile Throwable failure;

    protected ConsumerSink(String groupId, int maxPollRecords, Properties consumerProperties, List<String> topicNames,
            SinkMetrics metrics) {
        this.groupId = groupId;
        this.topicNames = List.copyOf(topicNames);
        this.metrics = metrics;
        this.consumer = new KafkaConsumer<>(consumerProperties(groupId, maxPollRecords, consumerProperties),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static Properties consumerProperties(String groupId, int maxPollRecords, Properties base) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        props.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return props;
    }

    /** Seeks newly assigned partitions to the positions the sink stored with its writes. */
    protected abstract ConsumerRebalanceListener rebalanceListener();

    /** Polls and writes until {@link #isClosing()}. */
    protected abstract void loop() throws Exception;

    @Override
    public final void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the sink runs only once");
        }
        try {
            if (!closed.get()) {
                consumer.subscribe(topicNames, rebalanceListener());
                LOG.info("{} group {} consuming {}", getClass().getSimpleName(), groupId, topicNames);
                loop();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                failure = e;
                LOG.error("sink woken up without being closed", e);
            }
        } catch (Throwable e) {
            failure = e;
            LOG.error("sink stopped by an unexpected error", e);
        } finally {
            closeConsumer();
            onStop();
            stopped.countDown();
            LOG.info("{} group {} stopped: {}", getClass().getSimpleName(), groupId, stats());
        }
    }

    /** Releases what the sink holds besides the consumer; runs once, on the sink's thread. */
    protected void onStop() {}

    protected boolean isClosing() {
        return closed.get();
    }

    protected void counted(BatchResult result, long newestTimestamp) {
        articles.addAndGet(result.articles());
        duplicates.addAndGet(result.duplicates());
        rejects.addAndGet(result.rejects().size());
        batches.incrementAndGet();
        metrics.committed(result, newestTimestamp);
    }

    protected void recordLag() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                metrics.lag(partition, lag.getAsLong());
            }
        }
    }

    /** Totals committed by this instance so far. */
    public SinkStats stats() {
        return new SinkStats(articles.get(), duplicates.get(), rejects.get(), batches.get());
    }

    /** Records committed by this instance so far (articles, duplicates and rejects). */
    public long writtenCount() {
        return stats().records();
    }

    /** The error that stopped the sink, if it stopped by one. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean isRunning() {
        return started.get() && stopped.getCount() > 0;
    }

    /** Waits until {@link #run()} has returned; true if it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the sink and waits for it; idempotent and callable from any thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeRequested.countDown();
        if (!started.get()) {
            closeConsumer();
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("sink did not stop within {}", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConsumer() {
        if (consumerClosed.compareAndSet(false, true)) {
            try {
                consumer.close();
            } catch (RuntimeException e) {
                LOG.warn("consumer did not close cleanly: {}", e.toString());
            }
        }
    }
}
