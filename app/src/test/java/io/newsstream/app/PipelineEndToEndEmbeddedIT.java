package io.newsstream.app;

import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineEndToEndEmbeddedIT extends AbstractPipelineEndToEndIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    @Override
    KafkaExtension kafka() {
        return KAFKA;
    }

    @Override
    PostgresExtension postgres() {
        return PG;
    }
}
