package io.newsstream.sink;

import io.newsstream.testkit.KafkaExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The file sink's integration tests on a Kafka container; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class FileSinkContainersIT extends AbstractFileSinkIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.containers();

    @Override
    protected KafkaExtension kafka() {
        return KAFKA;
    }
}
