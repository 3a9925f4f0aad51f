package io.newsstream.app;

import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class PipelineEndToEndContainersIT extends AbstractPipelineEndToEndIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.containers();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.containers();

    @Override
    KafkaExtension kafka() {
        return KAFKA;
    }

    @Override
    PostgresExtension postgres() {
        return PG;
    }
}
