package io.newsstream.enrich.core;

/** One line the {@link TextCleaner} took out of a body: its index among the input's lines, why, and its text. */
public record RemovedLine(int line, BoilerplateKind kind, String text) {}
