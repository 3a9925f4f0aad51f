package io.newsstream.enrich.core;

import java.util.List;

/**
 * What the {@link TextCleaner} made of a body: the cleaned text (paragraphs separated by one blank
 * line), the metadata it found in the boilerplate (null when none), and every line it removed.
 */
public record CleanedText(String text, String section, String author, String credits, List<RemovedLine> removed) {
    public CleanedText {
        removed = List.copyOf(removed);
    }
}
