package io.newsstream.enrich.core.limits;

/**
 * An article the core will not process: over an {@link ArticleLimits} cap, or so deeply structured
 * that a step ran out of stack. Its message is the reason given to the user (DLQ header, batch
 * rejection); it carries no stack trace.
 */
public final class UnprocessableArticleException extends RuntimeException {
    private final String field;

    public UnprocessableArticleException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The field that made the article unprocessable, or null when none can be named. */
    public String field() {
        return field;
    }

    /**
     * Runs one step of the core for one article; a {@link StackOverflowError} (an input whose structure
     * is deeper than any rule expects) becomes this exception, so the article is answered, not the thread lost.
     */
    public static <T> T guard(String step, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new UnprocessableArticleException(null, step + ": article structure too deep to process");
        }
    }
}
