package io.newsstream.ingest;

import java.util.List;

/**
 * What a file ingest did: articles sent (and acknowledged), lines refused as invalid (each with its
 * line number and reasons; these went to the dead-letter topic), and sends the broker failed.
 */
public record IngestSummary(long sent, long rejected, long failed, List<Rejection> rejections, String firstFailure) {
    /** Rejections kept in the summary; further ones are only counted (they still reach the DLQ). */
    public static final int MAX_LISTED = 1000;

    /** One refused line: its 1-based number in the file and why. */
    public record Rejection(long line, String field, String reason) {
        @Override
        public String toString() {
            return "line " + line + (field == null ? "" : " [" + field + "]") + ": " + reason;
        }
    }

    public IngestSummary {
        rejections = List.copyOf(rejections);
    }

    public boolean clean() {
        return rejected == 0 && failed == 0;
    }

    /** A short report for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("sent %d article(s), rejected %d line(s), failed %d send(s)%n", sent, rejected, failed));
        for (Rejection r : rejections) {
            out.append("  ").append(r).append(System.lineSeparator());
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
