package io.newsstream.ingest;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr: redrawn in place on a terminal; when stderr is a file or pipe, plain lines at the
 * start, every 30 s and at the end, so logs are not flooded (no terminal probing, so nothing breaks in CI or
 * under nohup).
 */
public final class ProgressBars {
    private static final int WIDTH = 100;

    private ProgressBars() {}

    /** A bar over {@code totalBytes} (-1: unknown, shown as an indefinite bar), counted in KiB or MiB. */
    public static ProgressBar forBytes(String task, long totalBytes) {
        boolean small = totalBytes >= 0 && totalBytes < 16L << 20;
        return builder(task, totalBytes).setUnit(small ? "KiB" : "MiB", small ? 1024 : 1024 * 1024).build();
    }

    /** A bar over {@code total} items (-1: unknown). */
    public static ProgressBar forCount(String task, long total, String unit) {
        return builder(task, total).setUnit(" " + unit, 1).build();
    }

    private static ProgressBarBuilder builder(String task, long max) {
        boolean terminal = System.console() != null;
        ProgressBarConsumer consumer = terminal
                ? new ConsoleProgressBarConsumer(System.err, WIDTH)
                : new DelegatingProgressBarConsumer(System.err::println, WIDTH);
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUpdateIntervalMillis(terminal ? 250 : 30_000)
                .setMaxRenderedLength(WIDTH)
                .showSpeed()
                .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(consumer);
    }
}
