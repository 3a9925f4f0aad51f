package io.newsstream.enrich.core.clean;

/** The kinds of portal boilerplate the {@link TextCleaner} takes out of a body, each with why it goes. */
public enum BoilerplateKind {
    SECTION_LABEL("site section label, breadcrumb or \"Section | Site\" header (moved to section)"),
    DISCLAIMER("platform, wire-feed, market-data or opinion disclaimer"),
    AUTHOR_LINE("byline or author block (moved to author)"),
    REPEATED_HEADLINE("the headline repeated in the body"),
    HEADLINE("the page's own headline, when no title was given (moved to title)"),
    CREDITS("wire credit line (moved to metadata.credits)"),
    SOURCE_LINE("source or agency attribution line (moved to metadata.credits)"),
    PUBLICATION_INFO("publication date / update time / reading time line"),
    TAGS("tag or topic list (moved to metadata.tags)"),
    PHOTO_CREDIT("photo, image or video credit"),
    SHARE("share / follow buttons"),
    ADVERT("advertisement marker"),
    COPYRIGHT("copyright notice"),
    READ_MORE("read-more, related-content or newsletter prompt"),
    SITE_CHROME("site navigation or cookie text (seeded common pattern)"),
    LEARNED("line recurring across many distinct articles of the same source (learned boilerplate)");

    private final String description;

    BoilerplateKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
