package io.newsstream.sink;

import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sink's integration tests on the in-process KRaft broker and embedded PostgreSQL. */
class SinkEmbeddedIT extends AbstractSinkIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    @Override
    protected KafkaExtension kafka() {
        return KAFKA;
    }

    @Override
    protected PostgresExtension postgres() {
        return PG;
    }
}
