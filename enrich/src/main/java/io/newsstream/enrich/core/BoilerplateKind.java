package io.newsstream.enrich.core;

/** The kinds of portal boilerplate the {@link TextCleaner} takes out of a body. */
public enum BoilerplateKind {
    SECTION_LABEL,
    DISCLAIMER,
    AUTHOR_LINE,
    REPEATED_HEADLINE,
    CREDITS,
    SHARE,
    ADVERT,
    COPYRIGHT,
    READ_MORE
}
