package io.newsstream.app;

import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Articles for fault tests: distinct stories, copies of some of them under other ids, and a paced producer. */
final class FaultArticles {
    private static final String[] WORDS = {"council", "budget", "river", "harvest", "port", "minister", "strike", "vote",
        "market", "storm", "school", "hospital", "court", "festival", "bridge", "railway", "energy", "drought", "summit", "league"};

    private FaultArticles() {}

    /** {@code stories} distinct stories ({@code prefix-i}), then {@code copies} copies of every other one. */
    static List<RawArticle> storiesAndCopies(String prefix, int stories, int copies) {
        Random random = new Random(42);
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            StringBuilder body = new StringBuilder("Story ").append(prefix).append(' ').append(i).append(" from Lisbon, Portugal.");
            for (int w = 0; w < 120; w++) {
                body.append(w % 12 == 0 ? ".\n\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(RawArticle.newBuilder().setId(prefix + "-" + i).setUrl("https://wire.example/" + prefix + "/" + i)
                    .setTitle("Story " + i).setBody(body.toString()).build());
        }
        for (int c = 0; c < copies; c++) {
            RawArticle original = out.get(c * 2);
            boolean sameUrl = c % 4 == 0;
            out.add(RawArticle.newBuilder(original).setId(prefix + "-copy-" + c)
                    .setUrl(sameUrl ? original.getUrl() + "?utm_source=feed" : "https://portal.example/" + prefix + "/" + c)
                    .build());
        }
        return out;
    }

    /** Sends each article and waits for its ack, pausing between them; retries through a broker outage. */
    static void produce(String bootstrap, String topic, List<RawArticle> articles, long pauseMs) {
        produce(bootstrap, topic, articles, pauseMs, new java.util.concurrent.atomic.AtomicInteger());
    }

    /** As above, counting the acknowledged articles in {@code acked}. */
    static void produce(String bootstrap, String topic, List<RawArticle> articles, long pauseMs,
            java.util.concurrent.atomic.AtomicInteger acked) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("max.in.flight.requests.per.connection", "1");
        p.put("delivery.timeout.ms", "180000");
        p.put("max.block.ms", "180000");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), ArticleSerdes.avro().raw().serializer())) {
            for (RawArticle a : articles) {
                producer.send(new ProducerRecord<>(topic, a.getId(), a)).get();
                acked.incrementAndGet();
                if (pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
