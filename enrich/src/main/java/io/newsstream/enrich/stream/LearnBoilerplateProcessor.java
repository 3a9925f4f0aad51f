package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.schemas.avro.PreparedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Per-source boilerplate learning over records partitioned by source (see {@link SourceBoilerplate}). */
final class LearnBoilerplateProcessor implements FixedKeyProcessor<String, PreparedArticle, PreparedArticle> {
    private final String storeName;
    private final SourceBoilerplate learner;
    private FixedKeyProcessorContext<String, PreparedArticle> context;
    private WindowStoreCounts counts;

    LearnBoilerplateProcessor(String storeName, SourceBoilerplate learner) {
        this.storeName = storeName;
        this.learner = learner;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, PreparedArticle> context) {
        this.context = context;
        this.counts = new WindowStoreCounts(context.getStateStore(storeName), learner.settings().window().toMillis());
    }

    @Override
    public void process(FixedKeyRecord<String, PreparedArticle> record) {
        context.forward(record.withValue(learner.apply(record.value(), record.timestamp(), counts)));
    }
}
