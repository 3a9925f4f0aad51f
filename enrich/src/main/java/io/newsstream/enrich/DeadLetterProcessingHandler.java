package io.newsstream.enrich;

import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any exception while processing a record (an invalid article, a bug in a rule) sends the source
 * record's original bytes to the dead-letter topic with the reason in headers, and the stream goes on.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private String dlqTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        dlqTopic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception error) {
        if (error instanceof InvalidArticleException || error instanceof UnprocessableArticleException) {
            LOG.info("Dead-lettered invalid article {}-{}@{}: {}", ctx.topic(), ctx.partition(), ctx.offset(), error.getMessage());
        } else {
            LOG.warn("Dead-lettered record {}-{}@{} after a processing error in {}", ctx.topic(), ctx.partition(),
                    ctx.offset(), ctx.processorNodeId(), error);
        }
        return Response.resume(DeadLetters.record(dlqTopic, ctx, ctx.sourceRawKey(), ctx.sourceRawValue(),
                ctx.processorNodeId(), error));
    }
}
