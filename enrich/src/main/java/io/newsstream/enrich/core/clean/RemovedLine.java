package io.newsstream.enrich.core.clean;

/**
 * One line the cleaner took out of a body: its index among the input's paragraphs, why, its text,
 * and for learned boilerplate the evidence (null otherwise).
 */
public record RemovedLine(int line, BoilerplateKind kind, String text, String detail) {
    public RemovedLine(int line, BoilerplateKind kind, String text) {
        this(line, kind, text, null);
    }

    /** One line of explanation: kind, reason and evidence. */
    public String reason() {
        return detail == null ? kind.description() : kind.description() + ": " + detail;
    }
}
