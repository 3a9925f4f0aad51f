package io.newsstream.enrich.core.topics;

import io.newsstream.enrich.core.clean.CleanedText;
import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.text.Texts;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A training or evaluation article: id (may be null), title (may be null), body and its gold topic
 * QCodes in their given order (the first is the primary one).
 */
public record LabelledArticle(String id, String title, String body, Set<String> topics) {
    public LabelledArticle {
        topics = Collections.unmodifiableSet(new LinkedHashSet<>(topics));
    }

    /** The title and body as the enrich stage sees them: title on one line, body through the cleaner. */
    public LabelledArticle cleaned(TextCleaner cleaner) {
        String t = Texts.cleanLine(title);
        CleanedText c = cleaner.clean(body, t);
        return new LabelledArticle(id, t != null ? t : c.headline(), c.text(), topics);
    }
}
