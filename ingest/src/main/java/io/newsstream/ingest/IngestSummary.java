package io.newsstream.ingest;

import java.util.List;

/**
 * What a file ingest did: articles sent (and acknowledged), lines (WARC: records) refused as invalid
 * (each with its number and reasons; these went to the dead-letter topic), sends the broker failed,
 * and WARC records skipped as no HTML page.
 */
public record IngestSummary(long sent, long rejected, long failed, List<Rejection> rejections, String firstFailure,
        String unit, long skipped) {
    /** Rejections kept in the summary; further ones are only counted (they still reach the DLQ). */
    public static final int MAX_LISTED = 1000;

    /** One refused line (or record): its 1-based number in the file and why. */
    public record Rejection(long line, String field, String reason) {
        @Override
        public String toString() {
            return describe("line");
        }

        String describe(String unit) {
            return unit + " " + line + (field == null ? "" : " [" + field + "]") + ": " + reason;
        }
    }

    public IngestSummary {
        rejections = List.copyOf(rejections);
    }

    /** The summary of a JSONL ingest (numbered by line, nothing skipped). */
    public IngestSummary(long sent, long rejected, long failed, List<Rejection> rejections, String firstFailure) {
        this(sent, rejected, failed, rejections, firstFailure, "line", 0);
    }

    public boolean clean() {
        return rejected == 0 && failed == 0;
    }

    /** A short report for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("sent %d article(s), rejected %d %s(s), failed %d send(s)", sent, rejected, unit, failed));
        if (skipped > 0) {
            out.append(String.format(", skipped %d %s(s) that hold no HTML page of an HTTP 200 response", skipped, unit));
        }
        out.append(System.lineSeparator());
        for (Rejection r : rejections) {
            out.append("  ").append(r.describe(unit)).append(System.lineSeparator());
        }
        if (rejected > rejections.size()) {
            out.append("  ... and ").append(rejected - rejections.size()).append(" more (see the dead-letter topic)")
                    .append(System.lineSeparator());
        }
        if (firstFailure != null) {
            out.append("  first send failure: ").append(firstFailure).append(System.lineSeparator());
        }
        return out.toString();
    }
}
