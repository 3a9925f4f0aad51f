package io.newsstream.enrich.stream;

import io.newsstream.enrich.InvalidArticleException;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.validation.FieldError;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Validates a raw article (invalid ones raise {@link InvalidArticleException}) and cleans it. */
final class PrepareProcessor implements FixedKeyProcessor<String, RawArticle, PreparedArticle> {
    private final EnrichmentCore core;
    private FixedKeyProcessorContext<String, PreparedArticle> context;

    PrepareProcessor(EnrichmentCore core) {
        this.core = core;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, PreparedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        List<FieldError> errors = RawArticleValidator.validate(record.value());
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        context.forward(record.withValue(core.prepare(record.value(), record.timestamp())));
    }
}
