package io.newsstream.sink;

import io.newsstream.testkit.KafkaExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file sink's integration tests on the in-process KRaft broker. */
class FileSinkEmbeddedIT extends AbstractFileSinkIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @Override
    protected KafkaExtension kafka() {
        return KAFKA;
    }
}
