package io.newsstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {
    @TempDir
    Path dir;

    @Test
    void roundTripsARecordAndKeepsItsDataAcrossARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir).start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            Properties p = new Properties();
            p.put("bootstrap.servers", broker.bootstrapServers());
            p.put("enable.idempotence", "true");
            p.put("acks", "all");
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "hello")).get();
            }
        }
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir).start()) {
            Properties c = new Properties();
            c.put("bootstrap.servers", broker.bootstrapServers());
            c.put("group.id", "g");
            c.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.currentTimeMillis() + 30_000;
                while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertThat(records.count()).isEqualTo(1);
                assertThat(records.iterator().next().value()).isEqualTo("hello");
            }
        }
    }
}
