package io.newsstream.testkit;

import io.newsstream.embedded.EmbeddedKafkaBroker;
import io.newsstream.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests: {@link #embedded()} runs the project's own in-process
 * KRaft broker, {@link #containers()} the {@code apache/kafka} image on Testcontainers (pair it with
 * {@code @Testcontainers(disabledWithoutDocker = true)}). One broker per test JVM; isolation between
 * tests comes from unique topic prefixes and ids.
 */
public final class KafkaExtension implements BeforeAllCallback {
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final boolean containers;
    private String bootstrapServers;

    private KafkaExtension(boolean containers) {
        this.containers = containers;
    }

    public static KafkaExtension embedded() {
        return new KafkaExtension(false);
    }

    public static KafkaExtension containers() {
        return new KafkaExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (containers) {
            KafkaContainer container = SharedResource.get(context, "kafka-container", () -> {
                KafkaContainer c = new KafkaContainer(KAFKA_IMAGE);
                c.start();
                return c;
            });
            bootstrapServers = container.getBootstrapServers();
        } else {
            EmbeddedKafkaBroker broker = SharedResource.get(context, "kafka-embedded", () -> {
                try {
                    return new EmbeddedKafkaBroker(Files.createTempDirectory("newsstream-kafka-it")).start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            bootstrapServers = broker.bootstrapServers();
        }
    }

    public String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("KafkaExtension not started: register it as a static @RegisterExtension field");
        }
        return bootstrapServers;
    }

    /** A name no other test in this JVM uses, for application ids, group ids and prefixes. */
    public static String uniqueName(String base) {
        return base + "-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    /** A topic registry with a fresh prefix whose four topics exist with the given partition count. */
    public Topics uniqueTopics(int partitions) {
        Topics topics = new Topics(uniqueName("t") + ".");
        createTopics(partitions, topics.all().toArray(String[]::new));
        return topics;
    }

    public Topics uniqueTopics() {
        return uniqueTopics(2);
    }

    /** Creates the topics and waits until every partition has a leader. */
    public void createTopics(int partitions, String... names) {
        try (Admin admin = admin()) {
            admin.createTopics(Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList()).all().get();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!allLed(admin, names) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(names), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean allLed(Admin admin, String... names) throws InterruptedException {
        try {
            return admin.describeTopics(Arrays.asList(names)).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            return false;
        }
    }

    public Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }
}
