package io.newsstream.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.json.JsonFormatException;
import io.newsstream.schemas.validation.FieldError;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import me.tongfei.progressbar.ProgressBar;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a JSONL file of articles (a path, {@code -} for stdin; gzip is recognised by its magic
 * bytes): each line is parsed and validated like an HTTP record, valid lines go to the raw topic,
 * refused lines go to the dead-letter topic with their original bytes and are listed, with their
 * line numbers, in the {@link IngestSummary}; blank lines are skipped. A {@code .warc} or
 * {@code .warc.gz} file is read as a web archive instead: each HTML page of an HTTP 200 response
 * record is an article ({@link WarcPages}), numbered by its record in the file; other records are
 * counted as skipped. Reading stops at the first send the broker fails. Progress (bytes of the
 * input) is drawn on stderr when asked for.
 */
public final class FileIngestor {
    public static final String STAGE = "ingest-cli";
    private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);
    private static final int MAX_IN_FLIGHT = 5000;
    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(5);

    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final boolean showProgress;

    public FileIngestor(ArticlePublisher publisher, MeterRegistry registry, boolean showProgress) {
        this.publisher = publisher;
        this.metrics = new IngestMetrics(registry, IngestMetrics.CHANNEL_CLI);
        this.showProgress = showProgress;
    }

    /** Ingests a file (JSONL, or WARC by its name), or JSONL from stdin when the path is {@code -}. */
    public IngestSummary ingest(Path fileOrDash) throws IOException {
        if (fileOrDash.toString().equals("-")) {
            return ingest(System.in, "stdin", -1);
        }
        try (InputStream in = Files.newInputStream(fileOrDash)) {
            String name = fileOrDash.getFileName().toString();
            if (isWarc(name)) {
                return ingestWarc(in, name, Files.size(fileOrDash));
            }
            return ingest(in, name, Files.size(fileOrDash));
        }
    }

    static boolean isWarc(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    /**
     * Ingests the HTML pages of a WARC stream (plain or gzip, as jwarc detects); {@code sizeBytes} is
     * its length for the progress bar, or -1. The stream is not closed.
     */
    public IngestSummary ingestWarc(InputStream input, String name, long sizeBytes) throws IOException {
        CountingInputStream counted = new CountingInputStream(input);
        try (WarcReader reader = new WarcReader(counted)) {
            long[] recordNo = {0};
            return drive(counted, name, sizeBytes, new Run("record"), run -> {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return false;
                }
                recordNo[0]++;
                WarcPages.Page page = WarcPages.of(record.get());
                if (page.article() == null) {
                    run.skipped++;
                    LOG.debug("WARC record {} skipped: {}", recordNo[0], page.skipped());
                } else {
                    run.handle(recordNo[0], page.article());
                }
                return true;
            });
        }
    }

    /**
     * Ingests a JSONL stream; {@code sizeBytes} is its length for the progress bar, or -1 when
     * unknown. The stream is not closed.
     */
    public IngestSummary ingest(InputStream input, String name, long sizeBytes) throws IOException {
        CountingInputStream counted = new CountingInputStream(input);
        ByteLineReader lines = new ByteLineReader(decompressIfGzip(counted));
        long[] lineNo = {0};
        return drive(counted, name, sizeBytes, new Run("line"), run -> {
            byte[] line = lines.next();
            if (line == null) {
                return false;
            }
            run.handle(++lineNo[0], line);
            return true;
        });
    }

    /** Reads and handles the next line or record of an input; false at its end. */
    @FunctionalInterface
    private interface Items {
        boolean next(Run run) throws IOException;
    }

    private IngestSummary drive(CountingInputStream counted, String name, long sizeBytes, Run run, Items items)
            throws IOException {
        try (ProgressBar bar = showProgress ? ProgressBars.forBytes("ingest " + name, sizeBytes) : null) {
            while (!run.stopped() && items.next(run)) {
                if (bar != null) {
                    bar.stepTo(counted.count);
                }
            }
            run.finish();
            if (bar != null) {
                bar.stepTo(counted.count);
            }
        }
        return summarize(run, name);
    }

    private static IngestSummary summarize(Run run, String name) {
        IngestSummary summary = new IngestSummary(run.sent, run.rejected, run.failed, run.rejections, run.firstFailure,
                run.unit, run.skipped);
        LOG.info("ingested {}: sent {}, rejected {}, failed {}, skipped {}", name, summary.sent(), summary.rejected(),
                summary.failed(), summary.skipped());
        return summary;
    }

    private static InputStream decompressIfGzip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        boolean gzip = b1 == 0x1f && b2 == 0x8b;
        return gzip ? new GZIPInputStream(buffered, 64 * 1024) : buffered;
    }

    /** The state of one ingest: counts, rejections and the sends still awaiting their ack. */
    private final class Run {
        private final String unit;
        private long skipped;
        private long sent;
        private long rejected;
        private long failed;
        private String firstFailure;
        private final List<IngestSummary.Rejection> rejections = new ArrayList<>();
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private volatile boolean sendFailed;

        private record Pending(long line, boolean article, CompletableFuture<?> ack) {}

        Run(String unit) {
            this.unit = unit;
        }

        boolean stopped() {
            return sendFailed;
        }

        private void track(long lineNo, boolean article, CompletableFuture<?> ack) {
            ack.whenComplete((metadata, error) -> {
                if (error != null) {
                    sendFailed = true;
                }
            });
            inFlight.add(new Pending(lineNo, article, ack));
        }

        void handle(long lineNo, byte[] line) {
            if (new String(line, StandardCharsets.UTF_8).isBlank()) {
                return;
            }
            List<FieldError> errors;
            RawArticle article = null;
            try {
                article = ArticleJson.readRaw(line);
                errors = RawArticleValidator.validate(article);
            } catch (JsonFormatException e) {
                errors = List.of(new FieldError(e.field(), e.getMessage()));
            }
            publishOrReject(lineNo, article, errors, line);
        }

        /** An article read from a record of a container (WARC): refused ones reach the DLQ as their JSON. */
        void handle(long recordNo, RawArticle article) {
            List<FieldError> errors = RawArticleValidator.validate(article);
            publishOrReject(recordNo, article, errors,
                    errors.isEmpty() ? null : ArticleJson.write(article).getBytes(StandardCharsets.UTF_8));
        }

        private void publishOrReject(long position, RawArticle article, List<FieldError> errors, byte[] original) {
            if (errors.isEmpty()) {
                track(position, true, publisher.publish(article).ack());
            } else {
                reject(position, original, errors);
            }
            while (inFlight.size() > MAX_IN_FLIGHT) {
                settle(inFlight.poll());
            }
        }

        private void reject(long lineNo, byte[] line, List<FieldError> errors) {
            rejected++;
            metrics.rejected(1);
            if (rejections.size() < IngestSummary.MAX_LISTED) {
                for (FieldError error : errors) {
                    rejections.add(new IngestSummary.Rejection(lineNo, error.field(), error.message()));
                }
            }
            track(lineNo, false, publisher.sendRejected(line, errors, STAGE));
        }

        void finish() {
            publisher.flush();
            while (!inFlight.isEmpty()) {
                settle(inFlight.poll());
            }
        }

        private void settle(Pending pending) {
            try {
                pending.ack().get(ACK_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (pending.article()) {
                    sent++;
                    metrics.accepted(1);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failed++;
                if (firstFailure == null) {
                    firstFailure = unit + " " + pending.line() + (pending.article() ? "" : " (dead letter)") + ": "
                            + cause;
                    LOG.warn("send failed, stopping: {}", firstFailure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException("interrupted while waiting for broker acks", e);
            }
        }
    }

    /** Counts the bytes read from the underlying stream, for progress in input bytes. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
