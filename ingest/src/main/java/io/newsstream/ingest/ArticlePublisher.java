package io.newsstream.ingest;

import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.UrlCanonicalizer;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.schemas.validation.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends valid articles to the raw topic, keyed by the host of their canonical URL, and refused input to the dead-letter topic
 * with its original bytes. Fills the contract's defaults before sending: a missing id is derived
 * from the canonical URL, a missing source is the URL's host. Thread-safe, as Kafka producers are.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final Producer<String, RawArticle> producer;
    private final Producer<byte[], byte[]> dlqProducer;
    private final Topics topics;

    public ArticlePublisher(Producer<String, RawArticle> producer, Producer<byte[], byte[]> dlqProducer, Topics topics) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.dlqProducer = Objects.requireNonNull(dlqProducer, "dlqProducer");
        this.topics = Objects.requireNonNull(topics, "topics");
    }

    /**
     * Builds idempotent ({@code acks=all}) Kafka producers from the given settings (bootstrap
     * servers, tuning, security); serializers are set here.
     */
    public static ArticlePublisher create(Properties producerConfig, Topics topics) {
        return create(producerConfig, topics, ArticleSerdes.configured());
    }

    /** As {@link #create(Properties, Topics)}, writing raw articles with these serdes (a schema registry's, say). */
    public static ArticlePublisher create(Properties producerConfig, Topics topics, ArticleSerdes serdes) {
        String clientId = producerConfig.getProperty(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-ingest");
        return new ArticlePublisher(
                new KafkaProducer<>(producerProps(producerConfig, clientId),
                        new StringSerializer(), serdes.raw().serializer()),
                new KafkaProducer<>(producerProps(producerConfig, clientId + "-dlq"),
                        new ByteArraySerializer(), new ByteArraySerializer()),
                topics);
    }

    public static ArticlePublisher create(IngestConfig config) {
        return create(config.producerProperties(), config.topics());
    }

    public static ArticlePublisher create(IngestConfig config, ArticleSerdes serdes) {
        return create(config.producerProperties(), config.topics(), serdes);
    }

    private static Properties producerProps(Properties base, String clientId) {
        Properties p = new Properties();
        p.putAll(base);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        p.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return p;
    }

    public Topics topics() {
        return topics;
    }

    /**
     * Fills in the contract defaults (id from URL, source from host) and drops credentials from the URL
     * ({@code user:password@}); the article must be valid.
     */
    public static RawArticle withDefaults(RawArticle article) {
        RawArticle out = RawArticle.newBuilder(article).build();
        out.setUrl(UrlCanonicalizer.withoutCredentials(out.getUrl()));
        if (out.getId() == null || out.getId().isBlank()) {
            out.setId(ArticleIds.fromUrl(out.getUrl()));
        }
        if (out.getSource() == null || out.getSource().isBlank()) {
            out.setSource(UrlCanonicalizer.host(out.getUrl()));
        }
        return out;
    }

    /** Sends one valid article without waiting; the result's future completes with the broker's ack. */
    public PublishResult publish(RawArticle article) {
        RawArticle record = withDefaults(article);
        return new PublishResult(record.getId(), send(producer, new ProducerRecord<>(topics.raw(), partitionKey(record), record)));
    }

    /**
     * The raw record's key: the host of the article's canonical URL, by which the enrich stage partitions
     * its per-source state, so a record keyed so needs no repartition there.
     */
    static String partitionKey(RawArticle article) {
        return UrlCanonicalizer.host(UrlCanonicalizer.canonicalize(article.getUrl().trim()));
    }

    /**
     * Sends all articles and waits until the broker acknowledged every one. Stops sending at the
     * first article refused on the spot (e.g. no metadata within {@code max.block.ms}), so a dead
     * broker costs one wait, not one per article.
     *
     * @return the ids, in the order of the articles
     * @throws PublishFailedException on the first article the broker did not take in time
     */
    public List<String> publishAll(List<RawArticle> articles, Duration timeout) {
        List<PublishResult> results = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            PublishResult result = publish(article);
            results.add(result);
            if (result.ack().isCompletedExceptionally()) {
                break;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> ids = new ArrayList<>(results.size());
        for (PublishResult result : results) {
            result.await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            ids.add(result.id());
        }
        return ids;
    }

    /**
     * Dead-letters input that could not become an article, keeping its original bytes; the headers
     * say why ({@link DlqHeaders#REASON}), which field ({@link DlqHeaders#FIELD}) and where
     * ({@link DlqHeaders#STAGE}, e.g. {@code ingest-cli}).
     */
    public CompletableFuture<RecordMetadata> sendRejected(byte[] originalLine, List<FieldError> errors, String stage) {
        RecordHeaders headers = new RecordHeaders();
        String reason = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        headers.add(DlqHeaders.REASON, DlqHeaders.boundedReason(reason).getBytes(StandardCharsets.UTF_8));
        if (originalLine != null && originalLine.length > DlqHeaders.MAX_VALUE_BYTES) {
            headers.add(DlqHeaders.ORIGINAL_BYTES, String.valueOf(originalLine.length).getBytes(StandardCharsets.UTF_8));
        }
        errors.stream().map(FieldError::field).filter(Objects::nonNull).findFirst()
                .ifPresent(field -> headers.add(DlqHeaders.FIELD, field.getBytes(StandardCharsets.UTF_8)));
        headers.add(DlqHeaders.STAGE, stage.getBytes(StandardCharsets.UTF_8));
        return send(dlqProducer, new ProducerRecord<byte[], byte[]>(topics.dlq(), null, (byte[]) null,
                DlqHeaders.bounded(originalLine, DlqHeaders.MAX_VALUE_BYTES), headers));
    }

    /** Sends without blocking; the future completes with the broker's ack, or with the refusal. */
    private static <K, V> CompletableFuture<RecordMetadata> send(Producer<K, V> producer, ProducerRecord<K, V> record) {
        CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    public void flush() {
        producer.flush();
        dlqProducer.flush();
    }

    @Override
    public void close() {
        try {
            producer.close(Duration.ofSeconds(10));
        } finally {
            dlqProducer.close(Duration.ofSeconds(10));
        }
    }
}
