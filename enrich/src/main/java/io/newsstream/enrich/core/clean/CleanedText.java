package io.newsstream.enrich.core.clean;

import java.util.List;

/**
 * What the {@link TextCleaner} made of a body: the cleaned text (paragraphs separated by one blank
 * line), the metadata it found in the boilerplate (null when none: section, author, credits, tags,
 * the ISO date of a "Published …" line), and every line it removed.
 */
public record CleanedText(String text, String section, String author, String credits, String tags,
                          String publishedDate, List<RemovedLine> removed, String headline) {
    public CleanedText {
        removed = List.copyOf(removed);
    }
}
