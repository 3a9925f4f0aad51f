package io.newsstream.sink;

import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The sink's integration tests on Kafka and PostgreSQL containers; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class SinkContainersIT extends AbstractSinkIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.containers();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.containers();

    @Override
    protected KafkaExtension kafka() {
        return KAFKA;
    }

    @Override
    protected PostgresExtension postgres() {
        return PG;
    }
}
